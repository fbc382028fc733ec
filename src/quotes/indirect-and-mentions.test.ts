import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './index.js';

function summary(text: string): [string, string, string | null, string | null, string][] {
  return extractQuotes(text).map((quote: Quote) => {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    return [quote.kind, quote.text, quote.speaker?.name ?? null, quote.cue?.text ?? null, quote.rule];
  });
}

describe('indirect speech', () => {
  it('reads an inverted trailing attribution', () => {
    expect(summary('The port will reopen next week, said Andrea Nahles.')).toEqual([
      ['indirect', 'The port will reopen next week', 'Andrea Nahles', 'said', 'trailing-attribution'],
    ]);
  });

  it('skips time words between the cue and its clause', () => {
    expect(summary('Ministers said last week that fuel duty would rise.')).toEqual([
      ['indirect', 'fuel duty would rise', 'Ministers', 'said', 'that-clause'],
    ]);
    expect(summary('Lula said on Monday the summit would go ahead.')).toEqual([
      ['indirect', 'the summit would go ahead', 'Lula', 'said', 'bare-clause'],
    ]);
  });

  it('needs “that” after a verb that takes an addressee', () => {
    expect(summary('Ramaphosa told the BBC he would not resign.')).toEqual([]);
    expect(summary('Ramaphosa told the BBC that he would not resign.')).toEqual([
      ['indirect', 'he would not resign', 'Ramaphosa', 'told', 'that-clause'],
    ]);
  });

  it('does not read weak verbs or short content as reported speech', () => {
    expect(summary('Officials agreed the plan was sound.')).toEqual([]);
    expect(summary('He said so.')).toEqual([]);
    expect(summary('She told him to leave.')).toEqual([]);
  });

  it('reads according to at the end of a sentence', () => {
    expect(summary('Turnout was the lowest since 1945, according to the electoral commission.')).toEqual([
      ['indirect', 'Turnout was the lowest since 1945', 'the electoral commission', 'according to', 'according-to'],
    ]);
  });
});

describe('speaker mentions', () => {
  it('reads titles, particles and initials in names', () => {
    expect(summary('“Enough,” said Dr. Anthony S. Fauci.')[0]?.[2]).toBe('Anthony S. Fauci');
    expect(summary('“Enough,” said Ursula von der Leyen.')[0]?.[2]).toBe('Ursula von der Leyen');
    expect(summary('“Enough,” said UN Secretary-General António Guterres.')[0]?.[2]).toBe('António Guterres');
  });

  it('uses a lower-case role noun as a title', () => {
    const [quote] = extractQuotes('“No comment,” said spokeswoman Karine Jean-Pierre.');
    expect(quote?.speaker).toMatchObject({ name: 'Karine Jean-Pierre', role: 'spokeswoman' });
  });

  it('keeps an unresolved description as its own speaker', () => {
    const [quote] = extractQuotes('“We are investigating,” a police spokesman said.');
    expect(quote?.speaker?.name).toBe('a police spokesman');
    expect(quote?.confidence).toBeLessThan(0.9);
  });

  it('resolves a pronoun to a speaker before a merely mentioned name', () => {
    const text = 'Jacinda Ardern met Chris Hipkins and Grant Robertson. Later she said: “It was a good meeting.”';
    expect(summary(text)).toEqual([['direct', 'It was a good meeting.', 'Jacinda Ardern', 'said', 'speaker-cue-quote']]);
  });
});

describe('more layouts', () => {
  it('ends indirect content with a closing mark when a fragment ends it', () => {
    expect(summary('Marin said the plan was “dead on arrival.”')).toEqual([
      ['indirect', 'the plan was “dead on arrival.”', 'Marin', 'said', 'bare-clause'],
      ['mixed', 'dead on arrival.', 'Marin', 'said', 'reported-fragment'],
    ]);
  });

  it('reads a possessive place before a title and name', () => {
    const [quote] = extractQuotes('“We need shells,” Ukraine’s Foreign Minister Dmytro Kuleba said.');
    expect(quote?.speaker).toMatchObject({ name: 'Dmytro Kuleba', role: 'Foreign Minister' });
  });

  it('takes a title without a name as a description, resolved to the person who holds it', () => {
    const text = 'Prime Minister Mark Carney spoke first.\n\nThe Prime Minister said:\n\n“Canada will respond.”';
    expect(summary(text)).toEqual([['direct', 'Canada will respond.', 'Mark Carney', 'said', 'introduction']]);
  });
});

describe('long and malformed input', () => {
  it('cuts a run-on paragraph without losing its quotes', () => {
    const text = `${'word, '.repeat(500)}“We are here,” Marin said ${'and more '.repeat(300)}`;
    expect(summary(text)).toEqual([['direct', 'We are here', 'Marin', 'said', 'quote-speaker-cue']]);
  });

  it('survives marks and nothing else', () => {
    const text = '“ ” " \' « » „ ‘ ’ `` \'\''.repeat(50);
    for (const quote of extractQuotes(text)) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});

describe('descriptions before names', () => {
  it('keeps time words and clauses out of a speaker’s role', () => {
    const [quote] = extractQuotes('“We are ready,” said on Monday Ole Brun.');
    expect(quote?.speaker?.role).toBeUndefined();
    expect(summary('Marin said Peter Brun was wrong.')).toEqual([['indirect', 'Peter Brun was wrong', 'Marin', 'said', 'bare-clause']]);
  });

  it('reads a month as a first name only before a surname', () => {
    const [named] = extractQuotes('“We had no choice,” said Jan Olsen.');
    expect(named?.speaker?.name).toBe('Jan Olsen');
    const [dated] = extractQuotes('In June Marin said the talks had failed.');
    expect(dated?.speaker?.name).toBe('Marin');
  });

  it('does not read a capitalised foreign pronoun as one', () => {
    const [quote] = extractQuotes('“We are closing,” Il Messaggero said.');
    expect(quote?.speaker?.name).toBe('Il Messaggero');
  });
});
