import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';
import { findCommentSection } from './find-comment-section.js';
import { parseTextComments, readTextCommentPage } from './parse-text.js';
import type { Comment, CommentThread } from './types.js';

const fixture = (name: string): string => loadFixture(`text/${name}`);

function expectOffsets(input: string, thread: CommentThread): void {
  for (const comment of thread.comments) expect(input.slice(comment.start, comment.end)).toBe(comment.text);
  for (const span of thread.boilerplate) expect(input.slice(span.start, span.end)).toBe(span.text);
}

const summary = (comments: readonly Comment[]): Array<[string | null, string | null, number]> =>
  comments.map((comment) => [comment.author, comment.parentId, comment.depth]);

describe('parseTextComments', () => {
  it('reads an English WordPress scrape after the article', () => {
    const input = fixture('en-wordpress.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.format).toBe('text');
    expect(input.slice(thread.sectionStart).startsWith('3 Comments')).toBe(true);
    expect(summary(thread.comments)).toEqual([
      ['Jane Miller', null, 1],
      ['Paul Ostrowski', null, 1],
      ['Bob Hart', 'c1', 2],
    ]);
    expect(thread.comments[0]?.text).toBe('Finally! I have been waiting for this for years.\n\nMy kids can bike to school now.');
    expect(thread.comments[1]?.text).toBe('Free trade, bring it on!');
    expect(thread.comments[0]?.publishedRaw).toBe('March 3, 2024 at 10:14 am');
    const chrome = thread.boilerplate.map((span) => span.text);
    expect(chrome).toContain('Reply to Jane Miller');
    expect(chrome).toContain('Leave a Reply');
    expect(chrome).toContain('Your email address will not be published. Required fields are marked *');
    expect(chrome).toContain('Name *');
    expect(thread.comments.some((comment) => comment.text.includes('The city council'))).toBe(false);
  });

  it('strips wpDiscuz widget text and links @mentions in German', () => {
    const input = fixture('de-wpdiscuz.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(summary(thread.comments)).toEqual([
      ['Klaus Becker', null, 1],
      ['Anna Schmidt', 'c1', 2],
    ]);
    expect(thread.comments[0]?.publishedRaw).toBe('vor 3 Jahren');
    const chrome = thread.boilerplate.map((span) => span.text);
    for (const phrase of ['Abonnieren', 'Benachrichtige mich zu:', 'Inline Feedbacks', 'Alle Kommentare anzeigen', '5', 'Antworten', 'Würde mich über deine Gedanken freuen, bitte kommentiere.x']) {
      expect(chrome).toContain(phrase);
    }
  });

  it('reads Spanish "dijo:" lines and a date under the text', () => {
    const input = fixture('es-dijo.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => comment.author)).toEqual(['Ramiro Fuentes', 'rebelde', 'Lucía']);
    expect(thread.comments[0]?.publishedRaw).toBe('26 abril 2022 a las 14:02');
    expect(thread.comments.every((comment) => comment.parentId === null)).toBe(true);
  });

  it('keeps anonymous comments and French reply cues', () => {
    const input = fixture('fr-anonymous.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(summary(thread.comments)).toEqual([
      ['Marie Dupont', null, 1],
      [null, null, 1],
      [null, 'c1', 2],
    ]);
    expect(thread.comments[1]?.text).toBe('Bravo, enfin une analyse sérieuse !');
  });

  it('reads Russian author lines with "пишет:" and relative dates', () => {
    const input = fixture('ru-comments.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => comment.author)).toEqual(['Иван Петров', 'Ольга Смирнова']);
    expect(thread.comments[1]?.publishedRaw).toBe('3 года назад');
  });

  it('finds an author line one blank line after the previous comment, and avatar leftovers', () => {
    const input = fixture('en-tight.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.text])).toEqual([
      ['Jane', 'I disagree with the premise. Prices were rising before the tariff.'],
      ['Sam Lee', 'Actually the data show the opposite.'],
      [null, 'Hi Sam\n\nHave you read the second report?'],
      [null, 'Thanks, this was helpful.'],
    ]);
    expect(thread.boilerplate.map((span) => span.text)).toEqual(['comment image']);
  });

  it('reads a Disqus-style scrape with button rows and name • time lines', () => {
    const input = fixture('en-disqus.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.parentId, comment.publishedRaw])).toEqual([
      ['Mark Chen', null, '2 years ago'],
      ['Linda Park', 'c1', '2 years ago'],
      ['Guest', null, '2 years ago'],
    ]);
    expect(thread.comments[2]?.text).toBe('Nobody asked the neighbours.');
    expect(thread.boilerplate.map((span) => span.text)).toContain('7 • Reply • Share ›');
  });

  it('tells one-line comments from author lines', () => {
    const input = 'Paul Ostrowski\nFree trade, bring it on!\n\n\nGreat Stuff\n\n\nMaria Lopez\n\nI agree.';
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.text])).toEqual([
      ['Paul Ostrowski', 'Free trade, bring it on!'],
      [null, 'Great Stuff'],
      ['Maria Lopez', 'I agree.'],
    ]);
  });

  it('takes a date line above the author line into the same comment', () => {
    const input = 'Kommentare\n\n12.03.2024\nKlaus Becker\nGute Sache.\n\n\n13.03.2024\nAnna\nFinde ich auch.';
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.publishedRaw, comment.text])).toEqual([
      ['Klaus Becker', '12.03.2024', 'Gute Sache.'],
      ['Anna', '13.03.2024', 'Finde ich auch.'],
    ]);
    expect(thread.warnings).toEqual([]);
  });

  it('reads an author, date and reply link on one line', () => {
    const input = '36 Kommentare\n\nBen 19. Juni 2018 um 15:28 Uhr - Antworten\n\nBei der Privatheit denkt das Gericht anders.\n\nMoritz 20. Juni 2018 um 9:02 Uhr - Antworten\n\nDanke für dein Feedback.';
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.publishedRaw, comment.text])).toEqual([
      ['Ben', '19. Juni 2018 um 15:28 Uhr', 'Bei der Privatheit denkt das Gericht anders.'],
      ['Moritz', '20. Juni 2018 um 9:02 Uhr', 'Danke für dein Feedback.'],
    ]);
  });

  it('attaches @replies to the latest comment by full name, first name or joined handle', () => {
    const input = [
      'Anna Berg says:\nFirst take.',
      'Carl Dunn says:\nSecond take.',
      'Anna Berg says:\nThird take.',
      'Eve Fox says:\n@Anna Berg agreed.',
      'Gil Hart says:\n@Carl you are wrong.',
      'Ida Jones says:\n@EveFox why?',
    ].join('\n\n\n');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ['c1', null],
      ['c2', null],
      ['c3', null],
      ['c4', 'c3'],
      ['c5', 'c2'],
      ['c6', 'c4'],
    ]);
  });

  it('keeps a comment top level when its reply cue names nobody earlier, with a warning', () => {
    const thread = parseTextComments('Reply to Someone Else\nI think so too.');
    expect(thread.comments[0]?.parentId).toBeNull();
    expect(thread.warnings.map((warning) => warning.code)).toEqual(['reply-target-not-found']);
  });

  it('warns about an author line without text instead of dropping it silently', () => {
    const thread = parseTextComments('Jane says:\n\nReply');
    expect(thread.comments).toEqual([]);
    expect(thread.warnings[0]?.code).toBe('empty-comment');
  });

  it('handles CRLF input and nested reply chains without recursion', () => {
    const nameOf = (index: number): string => `Reader ${index.toString(26).replace(/\d/gu, (digit) => 'qrstuvwxyz'.charAt(Number(digit)))}`.replace(/ (\w)/u, (_, first: string) => ` ${first.toUpperCase()}`);
    const lines: string[] = [];
    for (let index = 0; index < 1000; index++) lines.push(`${nameOf(index)} says:`, index === 0 ? 'Start.' : `@${nameOf(index - 1).replace(' ', '')} reply ${index}`, '', '');
    const input = lines.join('\r\n');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments).toHaveLength(1000);
    expect(thread.comments.at(-1)?.depth).toBe(1000);
    expect(JSON.parse(JSON.stringify(thread.comments)).length).toBe(1000);
  });

  it('takes a trailing cookie banner and site footer for page chrome, in five languages', () => {
    for (const [name, authors, chromeTail] of [
      ['en-cookie-banner.txt', ['Priya Natarajan', 'Tom Bright'], ['Accept all cookies', 'Reject all', 'Cookie settings']],
      ['de-footer.txt', ['Klaus Berger', 'Anna Schmidt'], ['Impressum | Datenschutz | Kontakt | Mediadaten', '© 2024 Lokalanzeiger Hafenstadt. Alle Rechte vorbehalten.']],
      ['es-fr-ru-consent.txt', ['María López', 'Jean Dupont', 'Олег'], ['Принять все', 'Политика конфиденциальности · Пользовательское соглашение', 'Все права защищены']],
    ] as const) {
      const input = fixture(name);
      const thread = parseTextComments(input);
      expectOffsets(input, thread);
      expect(thread.comments.map((comment) => comment.author)).toEqual(authors);
      expect(thread.boilerplate.slice(-chromeTail.length).map((span) => span.text)).toEqual(chromeTail);
      expect(thread.comments.some((comment) => /cookie|Cookies/u.test(comment.text))).toBe(false);
    }
  });

  it('keeps comments that talk about cookies or end in a footer word', () => {
    const input = fixture('en-cookie-comment.txt');
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => comment.text)).toEqual([
      'Why does every site ask about cookies now?',
      'We use cookies too, on our shop site, and nobody reads the banner.\nPrivacy policy pages are a joke.',
      'Kim Ortiz\nContact',
    ]);
  });

  it('returns an empty thread for blank input', () => {
    expect(parseTextComments(' \n\n\t')).toMatchObject({ comments: [], roots: [], boilerplate: [], warnings: [], sectionStart: 0 });
  });

  it('rejects non-strings', () => {
    expect(() => parseTextComments(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('parseTextComments: lines that only look like author lines', () => {
  it('needs a date under a bare handle, and a date or nothing after “says:”', () => {
    const input =
      'harbour_fan_82\n2 hours ago\nThe late ferry was the only way home for night-shift nurses.\n\n' +
      'ferrywatch\nWho decided this?\n\n' +
      'Jane Miller says: the timetable is online\nIt was announced last week.';
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.publishedRaw])).toEqual([['harbour_fan_82', '2 hours ago']]);
    expect(thread.comments[0]?.text.endsWith('It was announced last week.')).toBe(true);
  });

  it('reads a name inside an open comment, with no blank line around it, as comment text', () => {
    const input = 'Tom Berg\nI take the 6:15 every day.\nLisa Holm\nSame here, it is always full.';
    const thread = parseTextComments(input);
    expectOffsets(input, thread);
    expect(thread.comments.map((comment) => [comment.author, comment.text])).toEqual([
      ['Tom Berg', 'I take the 6:15 every day.\nLisa Holm\nSame here, it is always full.'],
    ]);
  });
});

describe('readTextCommentPage', () => {
  it('finds the section as findCommentSection does and reads the comments as parseTextComments does', () => {
    const names = ['de-footer.txt', 'de-wpdiscuz.txt', 'en-cookie-banner.txt', 'en-disqus.txt', 'en-tight.txt', 'en-wordpress.txt', 'es-dijo.txt', 'es-fr-ru-consent.txt', 'fr-anonymous.txt', 'ru-comments.txt'];
    for (const name of names) {
      const input = fixture(name);
      const page = readTextCommentPage(input);
      expect(page.section, name).toEqual(findCommentSection(input));
      const expected = JSON.stringify(parseTextComments(input));
      expect(JSON.stringify(page.thread()), name).toBe(expected);
      // The lines are shared: reading the comments twice gives them twice.
      expect(JSON.stringify(page.thread()), name).toBe(expected);
    }
  });

  it('finds no section on a page without comments', () => {
    const page = readTextCommentPage('Storm hits coast.\n\nThe sea wall held.');
    expect(page.section).toBeNull();
    expect(page.thread().comments).toHaveLength(1);
  });
});
