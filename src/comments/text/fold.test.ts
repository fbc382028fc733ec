import { describe, expect, it } from 'vitest';
import { foldSpaces, lineKey, trimEndOf } from './fold.js';

describe('foldSpaces', () => {
  it.each([
    ['Share this', 'share this'],
    ['  Share\u00a0 THIS \t', 'share this'],
    ['Line\r\nbreak', 'line break'],
    ['one  two', 'one two'],
    ['', ''],
    [' \t ', ''],
  ])('%j → %j', (line, folded) => {
    expect(foldSpaces(line)).toBe(folded);
    // The same as collapsing every white-space run, whichever path it takes.
    expect(foldSpaces(line)).toBe(line.toLowerCase().replace(/\s+/gu, ' ').trim());
  });
});

describe('lineKey', () => {
  it('drops decoration at both ends after folding', () => {
    expect(lineKey('  Reply ↓ ')).toBe('reply');
    expect(lineKey('» Antworten:')).toBe('antworten');
    expect(lineKey('(3)  Comments\u00a0')).toBe('3) comments');
  });
});

describe('trimEndOf', () => {
  it('removes only the listed characters at the end', () => {
    expect(trimEndOf('Jane.:!', '.:!')).toBe('Jane');
    expect(trimEndOf('.Jane', '.')).toBe('.Jane');
  });
});
