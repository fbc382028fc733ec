import { describe, expect, it } from 'vitest';
import { findCommentSection } from './find-comment-section.js';

describe('findCommentSection', () => {
  it('starts at a count header after the article', () => {
    const input = 'Storm hits coast.\n\nThe storm arrived at noon.\n\n2 Comments\n\nJane\nStay safe!';
    const section = findCommentSection(input);
    expect(section?.header?.text).toBe('2 Comments');
    expect(input.slice(section?.start)).toMatch(/^2 Comments/u);
  });

  it('prefers the last header with comment text after it over a navigation label', () => {
    const input = 'Home\nComments\nAbout\n\nArticle text goes here.\n\nKommentare (2)\n\nJane\nGut so.';
    expect(findCommentSection(input)?.header?.text).toBe('Kommentare (2)');
  });

  it('reads "thoughts on" and Spanish and Russian headers', () => {
    expect(findCommentSection('Text.\n\n5 thoughts on “Storm”\n\nNice.')?.header?.text).toBe('5 thoughts on “Storm”');
    expect(findCommentSection('Texto.\n\n12 comentarios\n\nBien.')?.header?.text).toBe('12 comentarios');
    expect(findCommentSection('Текст.\n\n3 комментария\n\nХорошо.')?.header?.text).toBe('3 комментария');
  });

  it('includes the widget lines right above the header', () => {
    const input = 'Article text.\n\nSubscribe\nNotify of\n\n1 Comment\n\nGood.';
    expect(input.slice(findCommentSection(input)?.start)).toMatch(/^Subscribe/u);
  });

  it('falls back to a form opener, and to null when nothing marks a section', () => {
    const input = 'Article.\n\nLeave a Reply\n\nGreat read!';
    expect(findCommentSection(input)).toEqual({ start: input.indexOf('Leave'), header: null });
    expect(findCommentSection('Just an article.\n\nWith two paragraphs.')).toBeNull();
  });

  it('finds the section after an article of more lines than one chunk of the line table', () => {
    const article = Array.from({ length: 12_000 }, (_, i) => `Paragraph ${i} of the long report on the storm.`).join('\n\n');
    const input = `${article}\n\n2 Comments\n\nJane\nStay safe!`;
    expect(findCommentSection(input)).toEqual({ start: input.indexOf('2 Comments'), header: { text: '2 Comments', start: input.indexOf('2 Comments'), end: input.indexOf('2 Comments') + 10 } });
  });
});
