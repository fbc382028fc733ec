/** The fast-check generator of each registry input kind. */
import fc from 'fast-check';
import { FORMAT_GENERATORS } from '../../scripts/bench/formats.js';
import type { ApiEntry } from './public-api.js';
import { exportInput, hostileText, htmlInput, textInput } from './arbitraries.js';

const names = fc.oneof(
  fc.constantFrom('Volodymyr Zelensky', 'Zelenskyy', 'President of Ukraine Volodymyr Zelensky', 'Mr. Zelensky', 'Sanna Marin', 'Łukasz Żak', 'Иван Петров', 'O’Brien', ''),
  hostileText,
);

/** The generated inputs for one registry entry. */
export function inputFor(entry: ApiEntry): fc.Arbitrary<string> {
  switch (entry.input) {
    case 'text':
      return textInput;
    case 'name':
      return names;
    case 'html':
      return htmlInput;
    case 'comments-json':
    case 'comments-xml':
      if (entry.format === undefined) throw new Error('a comment-format entry needs its format');
      return exportInput(entry.format);
    case 'comments-any':
      return fc.oneof(...Object.keys(FORMAT_GENERATORS).map((format) => (format === 'text' ? textInput : format.endsWith('html') ? htmlInput : exportInput(format))));
    default:
      throw new Error(`No generator yet for input kind ${entry.input} (${entry.format ?? 'no format'})`);
  }
}

/** The second string some functions take (the other name to compare, …). */
export function otherFor(entry: ApiEntry): fc.Arbitrary<string> {
  return entry.input === 'name' ? names : textInput;
}
