import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguages } from './index.js';

const segments = (text: string): Array<[string, string]> =>
  detectLanguages(text).map((segment) => {
    expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    return [segment.language, segment.text];
  });

describe('detectLanguages across scripts and letterless stretches', () => {
  it('keeps a two-letter Cyrillic word inside an English sentence', () => {
    const text = 'The villagers answered «да» twice, and then the meeting in the town hall ended quickly.';
    expect(segments(text)).toEqual([['en', text]]);
  });

  it('puts a sentence without letters into the stretch it sits in', () => {
    const text = 'The council met at noon to discuss the flood defences along the river. 14:30. The vote was postponed until next week.';
    expect(segments(text)).toEqual([['en', text]]);
  });

  it('gives a text without letters one undetermined segment with no confidence', () => {
    expect(detectLanguages('2026 — 14:30 — 3,5 %')).toEqual([{ text: '2026 — 14:30 — 3,5 %', start: 0, end: 20, language: 'und', confidence: 0 }]);
  });

  it('counts letters outside the Basic Multilingual Plane by code point, keeping UTF-16 offsets', () => {
    const text = 'The poet wrote 𝔗𝔥𝔢 𝔫𝔦𝔤𝔥𝔱 in the blackletter style. 𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇 是中文的字。';
    expect(segments(text)).toEqual([
      ['en', 'The poet wrote 𝔗𝔥𝔢 𝔫𝔦𝔤𝔥𝔱 in the blackletter style.'],
      ['zh', '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇 是中文的字。'],
    ]);
  });
});

describe('detectLanguage on scripts it has no languages for', () => {
  it('answers und in script Zzzz for runes and Gothic', () => {
    for (const text of ['ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ ᛇᛈᛉᛊᛏᛒ', '𐌰𐌱𐌲𐌳 𐌴𐌵𐌶𐌷 𐌸𐌹𐌺']) {
      expect(detectLanguage(text)).toMatchObject({ language: 'und', script: 'Zzzz', confidence: 0 });
    }
  });

  it('reads CJK extension B characters as Han', () => {
    expect(detectLanguage('𠀀𠀁𠀂𠀃𠀄𠀅 中文是中国的语言')).toMatchObject({ language: 'zh', script: 'Hani' });
  });
});
