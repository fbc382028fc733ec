import { describe, expect, it } from 'vitest';
import { classifyLine } from './classify-line.js';

describe('classifyLine', () => {
  it.each([
    ['Reply', 'reply-link'],
    ['Antworten', 'reply-link'],
    ['Ответить', 'reply-link'],
    ['Reply ↓', 'reply-link'],
    ['comment image', 'avatar'],
    ['Subscribe', 'widget'],
    ['Notify of', 'widget'],
    ['Inline Feedbacks', 'widget'],
    ['View all comments', 'widget'],
    ['Would love your thoughts, please comment.x', 'widget'],
    ['Your email address will not be published. Required fields are marked *', 'widget'],
    ['Tu dirección de correo electrónico no será publicada.', 'widget'],
    ['3 Comments', 'header'],
    ['Ein Kommentar', 'header'],
    ['Commentaires', 'header'],
    ['12', 'vote'],
    ['7 • Reply • Share ›', 'reply-link'],
    ['Like · 3 years ago', 'widget'],
    ['Yes • no • maybe', 'text'],
    ['+3', 'vote'],
    ['21 likes', 'vote'],
    ['3 years ago', 'relative-time'],
    ['vor 2 Stunden', 'relative-time'],
    ['hace 3 años', 'relative-time'],
    ['il y a 3 ans', 'relative-time'],
    ['3 года назад', 'relative-time'],
    ['March 3, 2024 at 10:14 am', 'date'],
    ['5. März 2024 um 9:41 Uhr', 'date'],
    ['12/03/2024', 'date'],
    ['Free trade, bring it on!', 'text'],
    ['I replied in March 2024 to the council about it', 'text'],
    ['Paul Ostrowski', 'text'],
    ['We use cookies to improve your experience on our website and to analyse our traffic.', 'page-chrome'],
    ['Diese Website verwendet Cookies, um Ihnen das bestmögliche Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie zu, dass wir Cookies setzen.', 'page-chrome'],
    ['Accept all', 'page-chrome'],
    ['Tout refuser', 'page-chrome'],
    ['Impressum | Datenschutz | Kontakt', 'page-chrome'],
    ['© 2024 Harbour Town Gazette', 'page-chrome'],
    ['OK', 'text'],
    ['I agree', 'text'],
    // Long lines are judged by their start: a form notice, a banner, or an empty-looking start.
    [`Your email address will not be published. ${'More words here. '.repeat(8)}`, 'widget'],
    [`We use cookies ${'and more words here '.repeat(8)}`, 'page-chrome'],
    [`${'— '.repeat(45)}and then a comment`, 'text'],
    ['March 3 council meeting recap', 'text'],
    ['Tuesday, 3 March', 'date'],
  ])('%s is %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  it('reads reply targets', () => {
    expect(classifyLine('Reply to Jane Miller')).toEqual({ kind: 'reply-to', target: 'Jane Miller' });
    expect(classifyLine('In reply to Jane.')).toEqual({ kind: 'reply-to', target: 'Jane' });
    expect(classifyLine('@Jane')).toEqual({ kind: 'reply-to', target: 'Jane' });
    expect(classifyLine('Antwort an Klaus')).toEqual({ kind: 'reply-to', target: 'Klaus' });
  });
});
