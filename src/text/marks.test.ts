import { describe, expect, it } from 'vitest';
import { dashKind, isPrime, quoteMarkAt, singleQuoteRole } from './marks.js';

describe('quoteMarkAt', () => {
  it('reads two-character Lexis marks before one-character ones', () => {
    expect(quoteMarkAt("``Yes,'' he said", 0)).toMatchObject({ text: '``', style: 'grave', weight: 'double', opens: true, closes: false });
    expect(quoteMarkAt("``Yes,'' he said", 6)).toMatchObject({ text: "''", end: 8 });
  });

  it('returns the whole mark as a plain object', () => {
    const mark = quoteMarkAt('He said “no”', 8);
    expect(mark).toEqual({ text: '“', start: 8, end: 9, style: 'curly', weight: 'double', opens: true, closes: true, closers: ['”', '“', '"'] });
    expect(Object.keys(mark ?? {})).toEqual(['text', 'start', 'end', 'style', 'weight', 'opens', 'closes', 'closers']);
  });

  it('knows which marks close a quote each opens', () => {
    expect(quoteMarkAt('„Ja“', 0)?.closers[0]).toBe('“');
    expect(quoteMarkAt('«Oui»', 0)?.closers[0]).toBe('»');
    expect(quoteMarkAt('‚ja‘', 0)).toMatchObject({ style: 'low9', weight: 'single' });
    expect(quoteMarkAt('abc', 1)).toBeNull();
  });
});

describe('singleQuoteRole', () => {
  const role = (text: string, mark = text.search(/['‘’]/u)): string => singleQuoteRole(text, mark);
  it('finds apostrophes inside words, decades and elisions', () => {
    expect(role('don’t')).toBe('apostrophe');
    expect(role('O’Brien')).toBe('apostrophe');
    expect(role('in the ’90s')).toBe('apostrophe');
    expect(role("back in '22 it")).toBe('apostrophe');
    expect(role("rock 'n' roll")).toBe('apostrophe');
    expect(singleQuoteRole("rock 'n' roll", 7)).toBe('apostrophe');
    expect(role('give ’em hell')).toBe('apostrophe');
  });

  it('finds opening and closing single quotes', () => {
    expect(role('the so-called ‘red line’')).toBe('open');
    expect(singleQuoteRole('the so-called ‘red line’', 23)).toBe('close');
    expect(singleQuoteRole("'Stop,' she said", 6)).toBe('close');
  });

  it('says when a mark after a plural is ambiguous', () => {
    expect(singleQuoteRole('the players’ union', 11)).toBe('ambiguous');
  });
});

describe('dashKind and isPrime', () => {
  it('classifies dashes and primes', () => {
    expect(['-', '‐', '–', '—', '―', '−', 'a'].map(dashKind)).toEqual(['hyphen', 'hyphen', 'en', 'em', 'bar', 'minus', null]);
    expect(isPrime('″')).toBe(true);
    expect(isPrime('"')).toBe(false);
  });
});
