import { describe, expect, it } from 'vitest';
import { partLanguages } from './part-languages.js';
import { detectLanguage } from '../language/index.js';

const GERMAN = 'Die Regierung will die Steuern im nächsten Jahr senken, sagte der Minister am Dienstag in Berlin. ';
const ENGLISH = 'The council approved the new tram line on Tuesday after a long debate about its cost. ';

describe('partLanguages', () => {
  it('detects a short part as detectLanguage does', () => {
    const language = partLanguages();
    expect(language(GERMAN)).toEqual(detectLanguage(GERMAN));
  });

  it('reads a long part on a bounded sample spread from its start to its end', () => {
    const language = partLanguages();
    // Figures and tables fill most of these parts: the sample still reaches the prose at either end.
    const table = '2024 1.250 3.400 | 2025 1.380 3.650 | '.repeat(300);
    expect(language(`${table}${GERMAN}`).language).toBe('de');
    expect(language(`${ENGLISH}${table}`).language).toBe('en');
  });

  it('answers a text seen before on the page from memory', () => {
    const language = partLanguages();
    const first = language('Thanks for the report!');
    expect(language('Thanks for the report!')).toBe(first);
    expect(partLanguages()('Thanks for the report!')).not.toBe(first);
  });
});
