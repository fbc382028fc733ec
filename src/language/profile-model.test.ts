import { describe, expect, it } from 'vitest';
import { MODELS } from './data/models.js';
import { addWordScores, childOf, frontCodedHas, letterCode, MEMO_WORDS, nodeRow, scriptModel } from './profile-model.js';

/** Walks the trie along a padded n-gram; -1 when it leaves the trie. */
function nodeOf(gram: string, script = 'Latn'): number {
  const model = scriptModel(script);
  if (!model) throw new Error('no model');
  let node = 0;
  for (let i = 0; i < gram.length && node >= 0; i++) {
    const code = gram.charCodeAt(i);
    node = childOf(model, node, code === 0x20 ? code : letterCode(model, code));
  }
  return node;
}

describe('scriptModel', () => {
  it('decodes one model per profiled script and none for others', () => {
    expect(scriptModel('Latn')?.languages).toContain('en');
    expect(scriptModel('Cyrl')?.languages).toEqual(expect.arrayContaining(['ru', 'uk', 'be', 'bg', 'mk', 'sr']));
    expect(scriptModel('Thai')).toBeNull();
    expect(scriptModel('Latn')).toBe(scriptModel('Latn'));
  });

  it('keeps children sorted so binary search finds every listed letter', () => {
    const model = scriptModel('Latn');
    if (!model) throw new Error('no model');
    for (let node = 0; node < 200; node++) {
      const letters = model.children[node] as string;
      for (let k = 0; k < letters.length; k++) {
        if (k > 0) expect(letters.charCodeAt(k)).toBeGreaterThan(letters.charCodeAt(k - 1));
        expect(childOf(model, node, letters.charCodeAt(k))).toBe((model.firstChild[node] as number) + k);
      }
    }
  });

  it('scores a common English trigram higher for English than for Polish', () => {
    const model = scriptModel('Latn');
    if (!model) throw new Error('no model');
    const node = nodeOf(' th');
    expect(node).toBeGreaterThan(0);
    const row = nodeRow(model, node);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(nodeRow(model, node)).toBe(row);
    const en = model.values[row + model.languages.indexOf('en')] as number;
    const pl = model.values[row + model.languages.indexOf('pl')] as number;
    expect(en).toBeLessThan(0);
    expect(en).toBeGreaterThan(pl);
  });

  it('decodes every row, including the last node, the same way', () => {
    const model = scriptModel('Cyrl');
    if (!model) throw new Error('no model');
    const last = model.nodes - 1;
    const row = nodeRow(model, last);
    if (row >= 0) for (let c = 0; c < model.languages.length; c++) expect(model.values[row + c]).toBeLessThan(0);
    // A bare prefix (a node no language lists) has no row.
    let bare = 0;
    for (let node = 1; node < model.nodes && bare === 0; node++) if (nodeRow(model, node) < 0) bare = node;
    expect(bare).toBeGreaterThan(0);
  });

  it('discounts a frequent word that many languages share', () => {
    const model = scriptModel('Latn');
    if (!model) throw new Error('no model');
    const columns = model.languages.length;
    const weight = (word: string, language: string): number =>
      model.wordWeights[(model.words.get(word) as number) * columns + model.languages.indexOf(language)] as number;
    expect(weight('ist', 'de')).toBeCloseTo(1, 5);
    expect(weight('to', 'pl')).toBeGreaterThan(0);
    expect(weight('to', 'pl')).toBeLessThan(weight('jest', 'pl'));
  });

  it('has no path for letters no profile knows', () => {
    expect(nodeOf('中')).toBe(-1);
    expect(nodeOf('ж', 'Arab')).toBe(-1);
    // '!' is how the Latin model writes 'a': the text's own '!' is no letter of it.
    expect(letterCode(scriptModel('Latn') as NonNullable<ReturnType<typeof scriptModel>>, 0x61)).toBe(0x21);
    expect(nodeOf('!')).toBe(-1);
    expect(nodeOf('Q', 'Arab')).toBe(-1);
  });

  it('keeps no n-gram of another script: a Latin word in Cyrillic text scores nothing', () => {
    const model = scriptModel('Cyrl');
    if (!model) throw new Error('no model');
    const columns = model.languages.map((_, c) => c);
    const sums = new Float64Array(columns.length);
    for (const word of ['gnome', 'firefox', 'url', 'x']) addWordScores(model, word, sums, columns, 16);
    expect([...sums].every((x) => x === 0)).toBe(true);
    for (const letter of 'abcxyz') expect(nodeOf(letter, 'Cyrl')).toBe(-1);
  });

  it('writes letters as ASCII codes and reads listed words back in their own letters', () => {
    const model = scriptModel('Cyrl');
    if (!model) throw new Error('no model');
    expect(letterCode(model, 'о'.charCodeAt(0))).toBeLessThan(0x80);
    expect(letterCode(model, '中'.charCodeAt(0))).toBe('中'.charCodeAt(0));
    expect(nodeOf(' пр', 'Cyrl')).toBeGreaterThan(0);
    const row = model.words.get('что');
    expect(row).toBeDefined();
    expect(model.wordWeights[(row as number) * model.languages.length + model.languages.indexOf('ru')]).toBeGreaterThan(0);
    expect(model.words.get('чтоq')).toBeUndefined();
  });

  it('weighs frequent and sibling-telling words per language', () => {
    const model = scriptModel('Latn');
    if (!model) throw new Error('no model');
    const row = model.words.get('tisuća');
    expect(row).toBeDefined();
    const columns = model.languages.length;
    expect(model.wordWeights[(row as number) * columns + model.languages.indexOf('hr')]).toBeGreaterThan(1);
    expect(model.wordWeights[(row as number) * columns + model.languages.indexOf('de')]).toBe(0);
  });

  it('gives a word the same weights before and after the lists are unpacked into one set', () => {
    const model = scriptModel('Arab');
    if (!model) throw new Error('no model');
    const columns = model.languages.length;
    const weights = (word: string): number[] | undefined => {
      const row = model.words.get(word);
      return row === undefined ? undefined : [...model.wordWeights.slice(row * columns, (row + 1) * columns)];
    };
    const early = ['في', 'من', 'است', 'این'].map(weights);
    expect(early.every((row) => row?.some((w) => w > 0))).toBe(true);
    // Enough searches for unlisted words to unpack the lists; later words are looked up in the set.
    for (let i = 0; i < 1100; i++) expect(model.words.get(`ظظظ${i.toString(36)}`.replace(/[0-9a-z]/gu, (d) => 'ابتثجحخدذرزسشصضطظعغفقكلمنه'[Number.parseInt(d, 36) % 26] as string))).toBeUndefined();
    expect(model.memo.listed?.size).toBeGreaterThan(500);
    expect(['في', 'من', 'است', 'این'].map(weights)).toEqual(early);
    const late = weights('لكن');
    expect(late?.some((w) => w > 0)).toBe(true);
  });

  it('knows no word from the prototype of its word tables', () => {
    const model = scriptModel('Latn');
    if (!model) throw new Error('no model');
    for (const word of ['constructor', '__proto__', 'tostring', 'hasownproperty']) expect(model.words.get(word)).toBeUndefined();
    expect(model.words.get('the')).toBeDefined();
  });

  it('adds the same evidence for a word whether it is kept or summed afresh', () => {
    const model = scriptModel('Cyrl');
    if (!model) throw new Error('no model');
    const columns = model.languages.map((_, c) => c);
    const score = (word: string): number[] => {
      const sums = new Float64Array(columns.length);
      addWordScores(model, word, sums, columns, 16);
      return [...sums];
    };
    const kept = score('правительство');
    expect(kept.every((x) => x < 0)).toBe(true);
    expect(score('правительство')).toEqual(kept);
    // Fill the memory with other words; a word first seen after that is summed afresh each time.
    for (let i = 0; i < MEMO_WORDS; i++) score(`ж${i.toString(36)}`.replace(/\d/gu, (d) => 'абвгдеёзий'[Number(d)] as string));
    const fresh = score('правительства');
    expect(score('правительства')).toEqual(fresh);
    expect(score('правительство')).toEqual(kept);
    // Only the languages still scored are added to.
    const sums = new Float64Array(columns.length);
    addWordScores(model, 'правительства', sums, [0], 16);
    expect(sums[0]).toBe(fresh[0]);
    expect(sums.slice(1).every((x) => x === 0)).toBe(true);
  });

  it('adds a listed word its weights times the bonus after its n-grams, kept or not', () => {
    const model = scriptModel('Latn');
    if (!model) throw new Error('no model');
    const columns = model.languages.map((_, c) => c);
    const score = (word: string, bonus: number): Float64Array => {
      const sums = new Float64Array(columns.length);
      addWordScores(model, word, sums, columns, bonus);
      return sums;
    };
    for (const word of ['ist', 'ist', 'blorptastic']) {
      const plain = score(word, 0);
      const row = model.words.get(word);
      const withBonus = score(word, 16);
      columns.forEach((c) => {
        const weight = row === undefined ? 0 : (model.wordWeights[row * columns.length + c] as number);
        expect(withBonus[c]).toBe((plain[c] as number) + 16 * weight);
      });
    }
    expect(model.words.get('ist')).toBeDefined();
    expect(model.words.get('blorptastic')).toBeUndefined();
  });

  it('counts every sight of a word no list holds as a search, kept or not (the lists are unpacked at the same word)', () => {
    const model = scriptModel('Deva');
    if (!model) throw new Error('no model');
    const sums = new Float64Array(model.languages.length);
    const before = model.memo.searches;
    addWordScores(model, 'क़ख़ग़', sums, model.allColumns, 16);
    addWordScores(model, 'क़ख़ग़', sums, model.allColumns, 16);
    expect(model.memo.searches).toBe(before + 2);
    expect(model.memo.unpacked).toBe(false);
  });
});

/** Unpacks a front-coded list (the format of encode-models.ts) the slow, obvious way. */
function unpack(list: string): string[] {
  const words: string[] = [];
  for (const bucket of list === '' ? [] : list.split(' ')) {
    const parts = bucket.split(/(?=\d)/u);
    let word = parts[0] as string;
    words.push(word);
    for (const part of parts.slice(1)) {
      const shared = Number(part.charAt(0));
      word = word.slice(0, shared) + part.slice(1);
      words.push(word);
    }
  }
  return words;
}

describe('frontCodedHas', () => {
  // a ab abc | b ba zz | ä ő : three buckets, each next word marked with the letters it shares.
  const buckets = ['a1b2c', 'b1a0zz', 'ä0ő'];

  it('finds every word of a front-coded list and nothing else', () => {
    for (const word of ['a', 'ab', 'abc', 'b', 'ba', 'zz', 'ä', 'ő']) expect(frontCodedHas(buckets, word)).toBe(true);
    for (const word of ['', 'aa', 'abcd', 'bb', 'c', 'z', 'zzz', 'é', ' ', 'a b', '0', 'b1a']) expect(frontCodedHas(buckets, word)).toBe(false);
    expect(frontCodedHas([], 'a')).toBe(false);
    expect(frontCodedHas(['one'], 'one')).toBe(true);
  });

  it('reads shared prefixes of up to nine letters', () => {
    const long = ['abcdefghijklmnop', 'abcdefghijklmnopq', 'abcdefghijklx'];
    // The second word shares 16 letters with the first, written as 9; the third 12, also 9.
    const list = ['abcdefghijklmnop9jklmnopq9jklx'];
    for (const word of long) expect(frontCodedHas(list, word)).toBe(true);
    expect(frontCodedHas(list, 'abcdefghijkl')).toBe(false);
  });

  it('can search every generated word list, which is sorted and without repeats', () => {
    for (const model of Object.values(MODELS)) {
      for (const list of model.words) {
        const words = unpack(list);
        const buckets = list === '' ? [] : list.split(' ');
        for (let k = 1; k < words.length; k++) expect((words[k - 1] as string) < (words[k] as string)).toBe(true);
        for (let k = 0; k < words.length; k += 7) {
          const word = words[k] as string;
          expect(frontCodedHas(buckets, word)).toBe(true);
          // A word between two listed ones is not found.
          expect(frontCodedHas(buckets, `${word}\u0001`)).toBe(false);
        }
      }
    }
  });
});
