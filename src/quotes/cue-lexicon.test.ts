import { describe, expect, it } from 'vitest';
import { CUE_PHRASES } from './data/cue-phrases.js';
import { CUE_VERBS } from './data/cue-verbs.js';
import { FOREIGN_CUES } from './data/foreign-cues.js';
import { cuePhrasesFor, cueStartWords, cueVerb, foreignCuesFor, inflect } from './cue-lexicon.js';

describe('cue lexicon', () => {
  it('has at least 250 distinct reporting verbs', () => {
    expect(new Set(CUE_VERBS).size).toBeGreaterThanOrEqual(250);
  });

  it('inflects regular, doubling, -y and irregular verbs', () => {
    expect(inflect('say').map(([, word]) => word)).toEqual(['say', 'says', 'said', 'said', 'saying']);
    expect(inflect('admit').map(([, word]) => word)).toEqual(['admit', 'admits', 'admitted', 'admitted', 'admitting']);
    expect(inflect('testify').map(([, word]) => word)).toEqual(['testify', 'testifies', 'testified', 'testified', 'testifying']);
    expect(inflect('argue').map(([, word]) => word)).toEqual(['argue', 'argues', 'argued', 'argued', 'arguing']);
    expect(inflect('write').map(([, word]) => word)).toEqual(['write', 'writes', 'wrote', 'written', 'writing']);
    expect(inflect('stress')[1]?.[1]).toBe('stresses');
  });

  it('looks up inflected forms with their flags', () => {
    expect(cueVerb('told')).toMatchObject({ base: 'tell', form: 'past', takesObject: true });
    expect(cueVerb('insisted')).toMatchObject({ base: 'insist', takesObject: false, weak: false });
    expect(cueVerb('smiled')?.weak).toBe(true);
    expect(cueVerb('table')).toBeUndefined();
  });

  it('finds multi-word cues by their inflected head', () => {
    expect(cuePhrasesFor('made').map((phrase) => phrase.rest.join(' '))).toContain('it clear');
    expect(cuePhrasesFor('told').map((phrase) => phrase.rest.join(' '))).toContain('reporters');
  });

  it('lists every word a cue can start with, and no other', () => {
    const starts = new Set(cueStartWords());
    for (const base of CUE_VERBS) for (const [, word] of inflect(base)) expect(starts.has(word)).toBe(true);
    for (const phrase of CUE_PHRASES) for (const [, word] of inflect(phrase.split(' ')[0] ?? '')) expect(starts.has(word)).toBe(true);
    for (const cue of FOREIGN_CUES) expect(starts.has(cue.split(' ')[0] ?? '')).toBe(true);
    for (const word of starts) expect(cueVerb(word) !== undefined || cuePhrasesFor(word).length > 0 || foreignCuesFor(word).length > 0).toBe(true);
    expect(starts.has('table')).toBe(false);
  });
});
