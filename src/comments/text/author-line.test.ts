import { describe, expect, it } from 'vitest';
import { readAuthorLine } from './author-line.js';

describe('readAuthorLine', () => {
  it.each([
    ['Jane Miller', 'Jane Miller', 'name'],
    ['Bob Hart ®', 'Bob Hart', 'cue'],
    ['Jane says:', 'Jane', 'cue'],
    ['Jane sagt:', 'Jane', 'cue'],
    ['Jane dijo:', 'Jane', 'cue'],
    ['Marie a dit :', 'Marie', 'cue'],
    ['Иван Петров пишет:', 'Иван Петров', 'cue'],
    ['Posted by Jean-Luc de la Tour', 'Jean-Luc de la Tour', 'cue'],
    ['rebelde', 'rebelde', 'handle'],
    ['JanBeek', 'JanBeek', 'name'],
    ['Posted by Élodie Martin', 'Élodie Martin', 'cue'],
  ])('%s → %s (%s)', (line, name, strength) => {
    expect(readAuthorLine(line)).toMatchObject({ name, strength });
  });

  it('splits a date written on the same line, and drops a reply link there', () => {
    expect(readAuthorLine('Ben 19. Juni 2018 um 15:28 - Antworten')).toEqual({ name: 'Ben', strength: 'cue', date: '19. Juni 2018 um 15:28' });
    expect(readAuthorLine('Ольга Смирнова 3 года назад')).toEqual({ name: 'Ольга Смирнова', strength: 'cue', date: '3 года назад' });
    expect(readAuthorLine('Jane Miller on March 3, 2024 at 10:14 am')).toEqual({ name: 'Jane Miller', strength: 'cue', date: 'March 3, 2024 at 10:14 am' });
    expect(readAuthorLine('Ramón dijo: 26 abril 2022 a las 14:02')).toEqual({ name: 'Ramón', strength: 'cue', date: '26 abril 2022 a las 14:02' });
  });

  it('reads names with runs of white space or other spaces between their words', () => {
    expect(readAuthorLine('Jane  Miller')).toEqual({ name: 'Jane Miller', strength: 'name' });
    expect(readAuthorLine('Jane\tMiller')).toEqual({ name: 'Jane Miller', strength: 'name' });
    expect(readAuthorLine('Jane\u00a0Miller says:')).toEqual({ name: 'Jane Miller', strength: 'cue' });
  });

  it('finds the verb before a colon with white space between, and only a verb closing the name', () => {
    expect(readAuthorLine('Jane says\u00a0: 3 years ago')).toEqual({ name: 'Jane', strength: 'cue', date: '3 years ago' });
    expect(readAuthorLine('Jane says : March 3, 2024 at 9:14 am')).toEqual({ name: 'Jane', strength: 'cue', date: 'March 3, 2024 at 9:14 am' });
    for (const line of ['Re: Jane Miller says:', 'Jane Miller says: note: 2 hours ago', 'Tom said: yes', 'Note: the numbers İ checked']) expect(readAuthorLine(line)).toBeNull();
  });

  it('finds the verb after a character whose lower case is longer than itself', () => {
    // `İ` lower-cases to two code units (`i̇`), shifting the verb's offset in the lower-cased line.
    expect(readAuthorLine('İlker Demir sagt:')).toEqual({ name: 'İlker Demir', strength: 'cue' });
    expect(readAuthorLine('Zeynep İnce İnal says: 3 hours ago')).toEqual({ name: 'Zeynep İnce İnal', strength: 'cue', date: '3 hours ago' });
    // Same-length case mappings (`ẞ` → `ß`, astral letters) keep the offsets as they are.
    expect(readAuthorLine('ẞen Ünal sagt:')).toEqual({ name: 'ẞen Ünal', strength: 'cue' });
    expect(readAuthorLine('𐐔𐐯𐑅 Ann says:')).toEqual({ name: '𐐔𐐯𐑅 Ann', strength: 'cue' });
    expect(readAuthorLine('İlker Demir sagt: İstanbul')).toBeNull();
  });

  it.each(['@Jane Miller says:', '@Bob Hart ® Thanks, 3% is a lot', '3 years ago', '12 thoughts on this story', '« Jane Miller »', '2024-03-03 Jane Miller', 'Free trade, bring it on!', 'Thank you.', 'Hi Sam', 'Great article', 'I agree with Jane', 'Danke für den Artikel', 'This is what the council should have done years ago'])(
    '%s is not an author line',
    (line) => {
      expect(readAuthorLine(line)).toBeNull();
    },
  );
});
