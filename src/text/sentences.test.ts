import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles, country abbreviations and dateline months inside the sentence', () => {
    expect(texts('Mr. Smith flew to the U.S. on Jan. 5 with Gov. Newsom. Then he left.')).toEqual([
      'Mr. Smith flew to the U.S. on Jan. 5 with Gov. Newsom.',
      'Then he left.',
    ]);
  });

  it('keeps initials with the name and splits before them after a full stop', () => {
    expect(texts('It was Jan. 5. J. K. Rowling spoke. Then she left.')).toEqual([
      'It was Jan. 5.',
      'J. K. Rowling spoke.',
      'Then she left.',
    ]);
  });

  it('does not break at an ellipsis followed by a lower-case word', () => {
    expect(texts('She paused... then she went on. Done.')).toEqual(['She paused... then she went on.', 'Done.']);
  });

  it('ends sentences inside closing quote marks and keeps the attribution after them', () => {
    expect(texts('The talks failed. “We will not give up,” said Ms. Ruiz. “Never.” He left. “Really?” she asked.')).toEqual([
      'The talks failed.',
      '“We will not give up,” said Ms. Ruiz.',
      '“Never.”',
      'He left.',
      '“Really?” she asked.',
    ]);
    expect(texts('He said "It is done." Then he went home.')).toEqual(['He said "It is done."', 'Then he went home.']);
  });

  it('handles German and French marks', () => {
    expect(texts('„Wir schaffen das.“ Merkel sagte es oft. «C’est fini», a-t-il dit.')).toEqual([
      '„Wir schaffen das.“',
      'Merkel sagte es oft.',
      '«C’est fini», a-t-il dit.',
    ]);
  });

  it('starts a sentence at an opening mark after a closed quotation or a spaced opening mark', () => {
    expect(texts('The vote was close.” “We won,” he said.')).toEqual(['The vote was close.”', '“We won,” he said.']);
    expect(texts('The vote was close." "We won," he said.')).toEqual(['The vote was close."', '"We won," he said.']);
    expect(texts('He left. " We won," she said.')).toEqual(['He left.', '" We won," she said.']);
    expect(texts('“Stop. ” he said.')).toEqual(['“Stop. ” he said.']);
  });

  it('never crosses a paragraph break', () => {
    expect(texts('No full stop here\n\nNext paragraph')).toEqual(['No full stop here', 'Next paragraph']);
  });
});
