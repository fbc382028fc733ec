import { describe, expect, it } from 'vitest';
import * as language from './index.js';
import { languageInfo, languageName, supportedLanguages, toIso6391, toIso6393 } from './languages.js';

describe('language codes', () => {
  it('converts between ISO 639-1, ISO 639-3 and English names', () => {
    expect(toIso6391('deu')).toBe('de');
    expect(toIso6393('nb')).toBe('nob');
    expect(languageName('ukr')).toBe('Ukrainian');
    expect(languageInfo('Serbian')?.scripts).toEqual(['Cyrl', 'Latn']);
    expect(toIso6391('xyz')).toBeUndefined();
  });

  it("answers to franc's macrolanguage member codes", () => {
    expect(languageInfo('arb')?.code).toBe('ar');
    expect(languageInfo('pes')?.code).toBe('fa');
  });

  it('lists every supported language once, with unique codes', () => {
    const codes = supportedLanguages().map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('nb');
    expect(supportedLanguages().every((l) => l.iso6393.length === 3)).toBe(true);
  });

  it('exports exactly the documented names', () => {
    expect(Object.keys(language).sort()).toEqual([
      'detectLanguage',
      'detectLanguages',
      'languageInfo',
      'languageName',
      'supportedLanguages',
      'toIso6391',
      'toIso6393',
    ]);
  });
});
