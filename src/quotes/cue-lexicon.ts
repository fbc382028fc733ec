import { CLAUSE_VERBS, CUE_VERBS, DOUBLING_VERBS, IRREGULAR_PAST, OBJECT_VERBS, WEAK_VERBS } from './data/cue-verbs.js';
import { CUE_PHRASES } from './data/cue-phrases.js';
import { FOREIGN_CUES } from './data/foreign-cues.js';

/** The grammatical form of a reporting verb as written. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

/** A word of the text recognised as a reporting verb. */
export interface CueVerb {
  /** Base form (`say` for `said`). */
  readonly base: string;
  readonly form: VerbForm;
  /** Takes a person as object (`told reporters`): the name after it is not the speaker. */
  readonly takesObject: boolean;
  /** Reports speech with a bare clause (`said the talks failed`). */
  readonly takesClause: boolean;
  /** Usually means something else: a cue only right next to a quotation. */
  readonly weak: boolean;
}

/** A multi-word cue: the words after the verb, lower-cased. */
export interface CuePhrase {
  readonly base: string;
  readonly rest: readonly string[];
}

let verbTable: Map<string, CueVerb> | undefined;
let phraseTable: Map<string, CuePhrase[]> | undefined;
let foreignTable: Map<string, string[][]> | undefined;

/**
 * Looks a lower-cased word up among the inflected reporting verbs.
 *
 * @param word - A word, lower-cased.
 * @returns The verb, or `undefined`.
 */
export function cueVerb(word: string): CueVerb | undefined {
  verbTable ??= buildVerbs();
  return verbTable.get(word);
}

/**
 * Every word a cue can start with: reporting verbs in all their forms, the heads of multi-word
 * cues, and the first words of non-English cues.
 *
 * @returns The words, lower-cased.
 */
export function cueStartWords(): Iterable<string> {
  verbTable ??= buildVerbs();
  phraseTable ??= buildPhrases();
  foreignTable ??= buildForeign();
  return [...verbTable.keys(), ...phraseTable.keys(), ...foreignTable.keys()];
}

/**
 * The multi-word cues whose (inflected) verb is `word`, longest first.
 *
 * @param word - A word, lower-cased.
 * @returns The phrases, possibly none.
 */
export function cuePhrasesFor(word: string): readonly CuePhrase[] {
  phraseTable ??= buildPhrases();
  return phraseTable.get(word) ?? [];
}

/**
 * The non-English cues (`sagte`, `a déclaré`, `dijo`) that start with `word`, as the words after
 * it, longest first.
 *
 * @param word - A word, lower-cased.
 * @returns The rests of the matching cues (an empty rest for a one-word cue), possibly none.
 */
export function foreignCuesFor(word: string): readonly (readonly string[])[] {
  foreignTable ??= buildForeign();
  return foreignTable.get(word) ?? [];
}

/**
 * The verb of a non-English cue: it reports a quotation next to it, never a bare clause, since
 * clause rules differ by language.
 *
 * @param phrase - The cue as written, lower-cased.
 * @returns The verb.
 */
export function foreignVerb(phrase: string): CueVerb {
  return { base: phrase, form: 'past', takesObject: false, takesClause: false, weak: false };
}

/**
 * The verb of a multi-word cue whose head is not a reporting verb by itself (`made` in
 * `made it clear`): it reports speech with a clause, like `said`.
 *
 * @param base - The phrase's base verb.
 * @param word - The inflected head as written, lower-cased.
 * @returns The verb.
 */
export function phraseVerb(base: string, word: string): CueVerb {
  const form = inflect(base).find(([, inflected]) => inflected === word)?.[0] ?? 'base';
  return { base, form, takesObject: false, takesClause: true, weak: false };
}

function buildVerbs(): Map<string, CueVerb> {
  const table = new Map<string, CueVerb>();
  for (const base of CUE_VERBS) {
    const flags = { takesObject: OBJECT_VERBS.has(base), takesClause: CLAUSE_VERBS.has(base), weak: WEAK_VERBS.has(base) };
    for (const [form, word] of inflect(base)) {
      if (!table.has(word)) table.set(word, { base, form, ...flags });
    }
  }
  return table;
}

function buildForeign(): Map<string, string[][]> {
  const table = new Map<string, string[][]>();
  for (const cue of FOREIGN_CUES) {
    const [first = '', ...rest] = cue.split(' ');
    const list = table.get(first) ?? [];
    list.push(rest);
    list.sort((a, b) => b.length - a.length);
    table.set(first, list);
  }
  return table;
}

function buildPhrases(): Map<string, CuePhrase[]> {
  const table = new Map<string, CuePhrase[]>();
  for (const phrase of CUE_PHRASES) {
    const [base = '', ...rest] = phrase.split(' ');
    for (const [, word] of inflect(base)) {
      const list = table.get(word) ?? [];
      if (!list.some((entry) => entry.rest.join(' ') === rest.join(' '))) list.push({ base, rest });
      list.sort((a, b) => b.rest.length - a.rest.length);
      table.set(word, list);
    }
  }
  return table;
}

/**
 * Every form of an English verb from its base: says, said, saying. Regular spelling rules plus
 * the irregular and consonant-doubling tables.
 *
 * @param base - Base form, lower-cased.
 * @returns Pairs of form and word.
 */
export function inflect(base: string): [VerbForm, string][] {
  const irregular = IRREGULAR_PAST.get(base);
  const doubled = DOUBLING_VERBS.has(base) ? base + base.charAt(base.length - 1) : base;
  const consonantY = /[^aeiou]y$/u.test(base);
  const present = base === 'be' ? 'is' : /(?:[sxzo]|ch|sh)$/u.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${doubled}ed`;
  const gerund = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : /[^aeioy]e$/u.test(base) && base !== 'be'
      ? `${base.slice(0, -1)}ing`
      : `${doubled}ing`;
  return [
    ['base', base],
    ['present', present],
    ['past', irregular?.[0] ?? regularPast],
    ['participle', irregular?.[1] ?? regularPast],
    ['gerund', gerund],
  ];
}
