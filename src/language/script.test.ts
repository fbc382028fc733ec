import { describe, expect, it } from 'vitest';
import { scriptOf, textScript } from './script.js';

/** The dominant script worked out the plain way: counts per script by code point, then the rules. */
function plainScript(text: string): { script: string; letters: number } {
  const counts = new Map<string, number>();
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0) as number);
    if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const kana = (counts.get('Hira') ?? 0) + (counts.get('Kana') ?? 0);
  let best = 'Zyyy';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (script !== 'Hira' && script !== 'Kana' && count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  const letters = [...counts.values()].reduce((a, b) => a + b, 0);
  if (kana > 0 && (best === 'Hani' || kana >= bestCount)) return { script: 'Jpan', letters };
  if (best === 'Hang' || (best === 'Hani' && (counts.get('Hang') ?? 0) > 0)) return { script: 'Kore', letters };
  return { script: best === 'Other' ? 'Zzzz' : best, letters };
}

describe('textScript', () => {
  it('counts the letter after a lone high surrogate', () => {
    expect(textScript('\ud800abc')).toEqual({ script: 'Latn', letters: 3 });
    expect(textScript('ab\ud800')).toEqual({ script: 'Latn', letters: 2 });
    expect(textScript('\ud835\udc00x').letters).toBe(2); // a pair is still one letter
  });

  it('names the script with the most letters and counts every letter', () => {
    expect(textScript('Hello, мир!')).toEqual({ script: 'Latn', letters: 8 });
    expect(textScript('Привет, world')).toEqual({ script: 'Cyrl', letters: 11 });
    expect(textScript('12:45 — 3,400.50 !!!')).toEqual({ script: 'Zyyy', letters: 0 });
    expect(textScript('')).toEqual({ script: 'Zyyy', letters: 0 });
  });

  it('lets the script met first win a tie', () => {
    expect(textScript('abc где').script).toBe('Latn');
    expect(textScript('где abc').script).toBe('Cyrl');
  });

  it('tells Japanese and Korean from Chinese, and reports unlisted scripts as Zzzz', () => {
    expect(textScript('政府は火曜日に発表した').script).toBe('Jpan');
    expect(textScript('カタカナ abc').script).toBe('Jpan');
    expect(textScript('정부는 발표했다').script).toBe('Kore');
    expect(textScript('大韓民國 정부').script).toBe('Kore');
    expect(textScript('政府发表了声明').script).toBe('Hani');
    expect(textScript('ᚠᚢᚦᚨᚱᚲ').script).toBe('Zzzz');
    // An astral Han character counts once, a lone surrogate not at all.
    expect(textScript('𠀀\ud800')).toEqual({ script: 'Hani', letters: 1 });
  });

  it('agrees with counting code point by code point, and keeps nothing between calls', () => {
    const texts = ['Ελληνικά και English', 'עברית ו-العربية معًا', 'ひらがな漢字한국어', 'ǅemal Ⱥ ꜳ', 'x'.repeat(50), '𝐀𝐁𝐂 abc', ''];
    for (const text of texts) expect(textScript(text)).toEqual(plainScript(text));
    for (const text of texts) expect(textScript(text)).toEqual(plainScript(text));
  });
});
