import { describe, expect, it } from 'vitest';
import { collapseSpaces, foldSpaces, hasUnusualSpace, lineKey, trimEndOf } from './fold.js';

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

describe('hasUnusualSpace and collapseSpaces', () => {
  // Every character \s matches, some that look like space but are not (zero-width space,
  // Mongolian vowel separator), and letters around them.
  const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const OTHERS = 'a\u200b\u180e\u0085é';

  it('agrees with /[^\\S ]| {2}/u on every pair and triple of these characters', () => {
    const alphabet = [...SPACES, ...OTHERS];
    for (const a of alphabet) {
      for (const b of alphabet) {
        for (const text of [a, `${a}${b}`, `x${a}${b}y`, `${a} ${b}`]) {
          expect(hasUnusualSpace(text), JSON.stringify(text)).toBe(/[^\S ]| {2}/u.test(text));
          expect(collapseSpaces(text)).toBe(text.replace(/\s+/gu, ' ').trim());
        }
      }
    }
  });

  it('leaves single-spaced text as it is, trimmed', () => {
    expect(hasUnusualSpace('Jane Doe says')).toBe(false);
    expect(collapseSpaces(' Jane Doe ')).toBe('Jane Doe');
    expect(collapseSpaces('Jane\u00a0 Doe')).toBe('Jane Doe');
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
