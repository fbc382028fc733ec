import { describe, expect, it } from 'vitest';
import { cleanAuthorName } from './author-name.js';

describe('cleanAuthorName', () => {
  it.each([
    ['Bob Hart ®', 'Bob Hart'],
    ['Josef Franz Lindner, ', 'Josef Franz Lindner'],
    ['  Jane   says: ', 'Jane'],
    ['Ramón dijo:', 'Ramón'],
    ['Candice', 'Candice'],
    ['Anna (Autorin)', 'Anna (Autorin)'],
    ['Anna (Autor)', 'Anna'],
  ])('%s → %s', (label, name) => {
    expect(cleanAuthorName(label)).toBe(name);
  });
});
