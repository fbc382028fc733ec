import { describe, expect, it } from 'vitest';
import { francDistance, francDistances, rankedTrigrams } from './franc-distance.js';

describe('rankedTrigrams', () => {
  it('ranks by count, keeping first appearance among equals', () => {
    expect(rankedTrigrams(['ab', 'ab', 'cd'])).toEqual([' ab', 'ab ', ' cd', 'cd ']);
    expect(rankedTrigrams(['xy', 'ab', 'ab'])).toEqual([' ab', 'ab ', ' xy', 'xy ']);
  });

  it('returns trigrams in order of appearance when none repeats', () => {
    expect(rankedTrigrams(['abc'])).toEqual([' ab', 'abc', 'bc ']);
  });

  it('is empty without words', () => {
    expect(rankedTrigrams([])).toEqual([]);
  });
});

describe('francDistance', () => {
  it('is closer for the language the text is in', () => {
    const trigrams = rankedTrigrams(['het', 'is', 'een', 'mooie', 'dag', 'in', 'de', 'stad']);
    const nl = francDistance(trigrams, 'Latn', 'nld') as number;
    const pl = francDistance(trigrams, 'Latn', 'pol') as number;
    expect(nl).toBeLessThan(pl);
    expect(francDistances(trigrams, 'Latn', ['nld', 'pol', 'xxx'])).toEqual([nl, pl, null]);
  });
});
