import { FIRST_NAME_MONTHS, NON_NAME_WORDS, NOT_DESCRIPTORS } from './data/non-names.js';
import { FOREIGN_PRONOUNS, FOREIGN_SOURCE_PREPOSITIONS } from './data/foreign-cues.js';
import { COURTESY_TITLES, GROUP_NOUNS, HONORIFICS, ORGANISATION_NOUNS, ROLE_NOUNS, SPEAKER_PRONOUNS, TITLE_MODIFIERS } from './data/people.js';
import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.js';
import { PLACE_WORDS } from './data/places.js';
import type { FrameItem, Word } from './frame.js';

/** Gender a word or title implies, if any. */
export type Gender = 'female' | 'male' | null;

/** A reference to a possible speaker, over the items `[from, to)` of a frame. */
export interface Mention {
  readonly kind: 'name' | 'pronoun' | 'nominal' | 'group';
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** For names: the name without its title (`Volodymyr Zelensky`). */
  readonly name: string;
  /** Title or role words written with it (`President of Ukraine`, `the Ukrainian leader`). */
  readonly role: string | null;
  /** Role classes (`leader`, `spokesperson`) from the title or the role noun. */
  readonly classes: readonly string[];
  /** Place key from the title (`ukraine`). */
  readonly place: string | null;
  readonly gender: Gender;
  readonly plural: boolean;
}

const CONNECTORS = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'di', 'ter', 'ten', 'mac', 'st']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another']);
const NOT_NAME_TITLE = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'madam', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'señor', 'señora', 'sir', 'dame']);
const CAPITALISED = /^\p{Lu}/u;
const GROUP_MODIFIERS = new Set(['local', 'senior', 'western', 'foreign', 'federal', 'state', 'military', 'government', 'health', 'police', 'security', 'company', 'party', 'union']);
const MAX_NAME_WORDS = 9;
const MAX_MODIFIERS = 4;
const MAX_DESCRIPTORS = 3;
const DESCRIPTOR = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITALISED_DESCRIPTOR = /^\p{Lu}[\p{Ll}-]*$/u;
/** Person nouns end like `master`, `director`, `economist`, `resident`, `chairman`. */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|man|woman|person|chief|head)$/u;
const ORGANISATION = { classes: ['organisation'], gender: null } as const;

/**
 * Finds the references to possible speakers among the words of `items[from, to)`: names with
 * their titles (`Prime Minister Sanna Marin`, `Mr. Zelensky`), pronouns, role nouns
 * (`the Ukrainian leader`, `a spokeswoman for the ministry`) and groups (`officials`).
 *
 * @param items - A frame's items.
 * @param from - First item of the sentence.
 * @param to - End of the sentence.
 * @returns Mentions in order, not overlapping.
 */
export function findMentions(items: readonly FrameItem[], from: number, to: number): Mention[] {
  const mentions: Mention[] = [];
  let i = from;
  while (i < to) {
    let mention = mentionAt(items, i, to);
    // `Harbour master Ole Brun said`: a sentence's first word is capitalised whatever it is.
    if (i === from && mention?.kind === 'name' && mention.to === i + 1) mention = describedNameAt(items, i, to, true) ?? mention;
    if (mention === null) {
      i++;
      continue;
    }
    mentions.push(mention);
    i = mention.to;
  }
  return mentions;
}

/**
 * Reads one mention starting exactly at item `i`.
 *
 * @param items - A frame's items.
 * @param i - Where the mention must start.
 * @param to - Where the sentence ends.
 * @returns The mention, or `null`.
 */
export function mentionAt(items: readonly FrameItem[], i: number, to: number): Mention | null {
  const word = wordAt(items, i);
  if (word === null || word.kind !== 'word') return null;
  // Most words of a text are lower-case words that start no mention: one lookup settles them.
  if (!isCapitalised(word.text) && !lowerStarts().has(word.lower)) return null;
  // Lower-case only for other languages' pronouns: `Elle` is a magazine, `elle` a pronoun.
  const pronoun = SPEAKER_PRONOUNS.get(word.lower) ?? (word.text === word.lower ? FOREIGN_PRONOUNS.get(word.lower) : undefined);
  if (pronoun !== undefined && (word.lower !== 'i' || word.text === 'I')) {
    return { kind: 'pronoun', from: i, to: i + 1, start: word.start, end: word.end, name: word.text, role: null, classes: [], place: null, gender: pronoun.gender, plural: pronoun.plural };
  }
  if (DETERMINERS.has(word.lower) || (isCapitalised(word.text) && possessiveLength(word.text) > 0)) {
    const nominal = nominalAt(items, i, to);
    if (nominal !== null) return nominal;
  }
  const group = groupAt(items, i, to);
  if (group !== null) return group;
  if (isCapitalised(word.text)) return nameAt(items, i, to);
  if (word.lower === 'the' && isCapitalised(wordAt(items, i + 1)?.text ?? '')) {
    // `the Kremlin`, `the White House`: an organisation named with its article.
    const named = nameAt(items, i + 1, to);
    return named === null ? null : { ...named, from: i, start: word.start };
  }
  if (ROLE_NOUNS.has(word.lower) || TITLE_MODIFIERS.has(word.lower)) {
    // `spokeswoman Maria Zakharova`: a lower-case role noun used as a title.
    return nameAt(items, i, to);
  }
  return null;
}

/**
 * Reads a name after lower-case words that describe the person (`harbour master Ole Brun`,
 * `transport director Anna Berg`); the words become the role. Only used where a speaker is
 * expected (right after `said`), since elsewhere lower-case words before a name are mostly the
 * rest of the sentence.
 *
 * @param items - A frame's items.
 * @param i - Where the description must start.
 * @param to - Where the sentence ends.
 * @param sentenceStart - Whether `i` starts a sentence, where the first word is capitalised.
 * @returns A name mention with the description as its role, or `null`.
 */
export function describedNameAt(items: readonly FrameItem[], i: number, to: number, sentenceStart = false): Mention | null {
  let k = i;
  while (k < to && k < i + MAX_DESCRIPTORS) {
    const word = wordAt(items, k);
    const capital = k === i && sentenceStart;
    if (word === null || !(capital ? CAPITALISED_DESCRIPTOR : DESCRIPTOR).test(word.text) || NOT_DESCRIPTORS.has(word.lower) || word.lower.endsWith('ly')) break;
    if (capital && NON_NAME_WORDS.has(word.lower)) break;
    k++;
  }
  if (k === i) return null;
  // At a sentence start the description must end with a noun for a person (`Harbour master`);
  // `Marin said Peter Brun …` has none. After `said` the position itself says it describes.
  const head = wordAt(items, k - 1) as Word;
  if (sentenceStart && !(AGENT_NOUN.test(head.lower) || ROLE_NOUNS.has(head.lower))) return null;
  const named = nameAt(items, k, to);
  if (named === null || named.kind !== 'name') return null;
  const description = spanText(items, i, k);
  const first = wordAt(items, i) as Word;
  return { ...named, from: i, start: first.start, role: named.role === null || isHonorific(named.role) ? description : `${description} ${named.role}` };
}

/**
 * The author named after a sign-off dash: a name or a description of a person (`— Sanna Marin`,
 * `— the mayor`), or a name after the words that describe its bearer, which start with a capital
 * there (`— Harbour master Erik Lund`).
 *
 * @param items - A frame's items.
 * @param i - Where the signature starts, after the dash.
 * @param to - Where the sentence ends.
 * @returns The longest such mention, or `null`.
 */
export function signatureAt(items: readonly FrameItem[], i: number, to: number): Mention | null {
  const mention = mentionAt(items, i, to);
  const described = describedNameAt(items, i, to, true);
  if (described !== null && (mention === null || described.to > mention.to)) return described;
  return mention !== null && (mention.kind === 'name' || mention.kind === 'nominal') ? mention : null;
}

let lowerStartWords: ReadonlySet<string> | undefined;

/**
 * The lower-case words {@link mentionAt} reads a mention from: pronouns, determiners before a
 * role noun, group nouns and the words allowed before them, and role nouns and title words.
 */
function lowerStarts(): ReadonlySet<string> {
  lowerStartWords ??= new Set([
    ...SPEAKER_PRONOUNS.keys(), ...FOREIGN_PRONOUNS.keys(), ...DETERMINERS, ...GROUP_NOUNS, ...PLACE_WORDS.keys(), ...GROUP_MODIFIERS, ...ROLE_NOUNS.keys(), ...TITLE_MODIFIERS,
  ]);
  return lowerStartWords;
}

/** Whether a word starts with a capital; ASCII, most of any news text, is told without a regex. */
function isCapitalised(text: string): boolean {
  // The empty text of a missing word is answered first: reading past a string's end keeps V8 from
  // inlining `charCodeAt` for every later call.
  if (text === '') return false;
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED.test(text);
}

function wordAt(items: readonly FrameItem[], i: number): Word | null {
  const item = items[i];
  return item?.type === 'word' ? item : null;
}

/** `the Ukrainian leader`, `Finland's prime minister`, `a spokesman for the Kremlin`. */
function nominalAt(items: readonly FrameItem[], i: number, to: number): Mention | null {
  let place: string | null = null;
  let headAt = -1;
  for (let j = i; j < Math.min(to, i + 2 + MAX_MODIFIERS); j++) {
    const word = wordAt(items, j);
    if (word === null || word.kind !== 'word') break;
    if (j > i && DETERMINERS.has(word.lower)) break;
    const bare = withoutPossessive(word.lower);
    place ??= PLACE_WORDS.get(bare) ?? null;
    // `the World Health Organization` is a name; `the central bank` a description.
    if (ROLE_NOUNS.has(word.lower) || (ORGANISATION_NOUNS.has(word.lower) && !isCapitalised(word.text))) headAt = j;
    else if (headAt >= 0) break;
  }
  if (headAt < 0) return null;
  let to2 = headAt + 1;
  // `a spokesman for the Foreign Ministry`: the organisation stays part of the description.
  const joiner = wordAt(items, to2);
  if (joiner !== null && (joiner.lower === 'for' || joiner.lower === 'of' || joiner.lower === 'at')) {
    let k = to2 + 1;
    if (wordAt(items, k)?.lower === 'the') k++;
    const start = k;
    while (k < to && k < start + 4 && isCapitalised(wordAt(items, k)?.text ?? '')) k++;
    if (k > start) {
      to2 = k;
      place ??= PLACE_WORDS.get(withoutPossessive(wordAt(items, start)?.lower ?? '')) ?? null;
    }
  }
  const head = wordAt(items, headAt) as Word;
  const noun = ROLE_NOUNS.get(head.lower) ?? (ORGANISATION_NOUNS.has(head.lower) ? ORGANISATION : undefined);
  const first = wordAt(items, i) as Word;
  const last = wordAt(items, to2 - 1) as Word;
  const text = spanText(items, i, to2);
  // `the spokeswoman Maria Zakharova`: the role noun is a title before a name.
  const after = wordAt(items, to2);
  if (after !== null && isCapitalised(after.text) && to2 === headAt + 1 && !NON_NAME_WORDS.has(after.lower)) {
    const named = nameAt(items, i + 1, to);
    if (named !== null && named.kind === 'name') return { ...named, from: i, start: first.start, place: named.place ?? place };
  }
  return { kind: 'nominal', from: i, to: to2, start: first.start, end: last.end, name: text, role: text, classes: noun?.classes ?? [], place, gender: noun?.gender ?? null, plural: false };
}

/** `officials`, `Ukrainian officials`, `police`. */
function groupAt(items: readonly FrameItem[], i: number, to: number): Mention | null {
  let j = i;
  while (j < to && j < i + 3) {
    const word = wordAt(items, j);
    if (word === null || word.kind !== 'word') return null;
    if (GROUP_NOUNS.has(word.lower)) {
      const first = wordAt(items, i) as Word;
      return { kind: 'group', from: i, to: j + 1, start: first.start, end: word.end, name: spanText(items, i, j + 1), role: null, classes: [], place: null, gender: null, plural: true };
    }
    if (j === i && !PLACE_WORDS.has(word.lower) && !isCapitalised(word.text) && !GROUP_MODIFIERS.has(word.lower)) return null;
    j++;
  }
  return null;
}

/** `Prime Minister Sanna Marin`, `Mr. Zelensky`, `President of Ukraine Volodymyr Zelensky`. */
function nameAt(items: readonly FrameItem[], i: number, to: number): Mention | null {
  const parts: Word[] = [];
  let j = i;
  while (j < to && parts.length < MAX_NAME_WORDS) {
    const word = wordAt(items, j);
    if (word === null) break;
    const lastPart = parts.at(-1);
    if (word.text === '.' && lastPart !== undefined && lastPart.end === word.start && (COURTESY_TITLES.has(lastPart.lower) || /^\p{Lu}$/u.test(lastPart.text))) {
      parts.push(word);
      j++;
      continue;
    }
    if (word.kind !== 'word') break;
    const capital = isCapitalised(word.text);
    const next = wordAt(items, j + 1);
    const nextCapital = next !== null && isCapitalised(next.text);
    if (capital) {
      if (NON_NAME_WORDS.has(word.lower) && !COURTESY_TITLES.has(word.lower) && !monthAsFirstName(items, j, word, next)) break;
      if (FOREIGN_SOURCE_PREPOSITIONS.includes(word.lower)) break;
      parts.push(word);
      j++;
      if (possessiveLength(word.text) > 0 && !/^\p{Lu}['’]/u.test(word.text)) break;
      continue;
    }
    const titleWord = ROLE_NOUNS.has(word.lower) || TITLE_MODIFIERS.has(word.lower);
    if (parts.length > 0 && CONNECTORS.has(word.lower) && (nextCapital || (next !== null && CONNECTORS.has(next.lower) && isCapitalised(wordAt(items, j + 2)?.text ?? '')))) {
      parts.push(word);
      j++;
      continue;
    }
    if (titleWord && nextCapital && word.lower !== 'the') {
      parts.push(word);
      j++;
      continue;
    }
    break;
  }
  // A lower-case title word kept for the name after it, when that name did not follow.
  while (parts.length > 0 && ((parts.at(-1) as Word).kind !== 'word' || !isCapitalised((parts.at(-1) as Word).text))) parts.pop();
  if (parts.length === 0) return null;
  const lastIndex = indexOfWord(items, i, parts.at(-1) as Word);
  // The name is the trailing run of words that are not title words or places.
  let nameStart = parts.length;
  while (nameStart > 0) {
    const word = parts[nameStart - 1] as Word;
    if (word.text === '.') {
      const before = parts[nameStart - 2];
      if (before !== undefined && /^\p{Lu}$/u.test(before.text)) {
        nameStart -= 2;
        continue;
      }
      break;
    }
    if (isTitleWord(word) && nameStart < parts.length) break;
    if (PLACE_WORDS.has(withoutPossessive(word.lower)) && nameStart < parts.length) break;
    if (word.lower === 'of' || word.lower === 'the') break;
    nameStart--;
  }
  while (nameStart < parts.length && CONNECTORS.has((parts[nameStart] as Word).lower)) nameStart++;
  // `World Health Organization`: modifiers without a title noun are part of a name.
  if (!parts.slice(0, nameStart).some(isTitleHead)) nameStart = 0;
  const first = parts[0] as Word;
  const last = parts.at(-1) as Word;
  const nameWords = parts.slice(nameStart);
  const titleWords = parts.slice(0, nameStart);
  let gender: Gender = null;
  const classes: string[] = [];
  let place: string | null = null;
  for (const word of titleWords) {
    gender ??= COURTESY_TITLES.get(word.lower) ?? null;
    for (const part of word.lower.split('-')) {
      const noun = ROLE_NOUNS.get(part);
      if (noun === undefined) continue;
      classes.push(...noun.classes);
      gender ??= noun.gender;
    }
    place ??= PLACE_WORDS.get(withoutPossessive(word.lower)) ?? null;
  }
  if (nameWords.length === 0) {
    if (classes.length === 0) return null;
    const text = spanText(items, i, lastIndex + 1);
    return { kind: 'nominal', from: i, to: lastIndex + 1, start: first.start, end: last.end, name: text, role: text, classes, place, gender, plural: false };
  }
  const nameFirst = nameWords[0] as Word;
  const nameLast = nameWords.at(-1) as Word;
  if (nameWords.length > 1) gender ??= FEMALE_NAMES.has(nameFirst.lower) ? 'female' : MALE_NAMES.has(nameFirst.lower) ? 'male' : null;
  const name = withoutPossessive(itemsText(nameWords));
  const role = titleWords.length === 0 || titleWords.every((word) => NOT_NAME_TITLE.has(word.lower) || word.text === '.')
    ? null
    : roleText(titleWords);
  if (name.length === 0 || nameFirst.start > nameLast.end) return null;
  return { kind: 'name', from: i, to: lastIndex + 1, start: first.start, end: last.end, name, role, classes, place, gender, plural: false };
}

/** `Prime`, `Minister`, `Dr`, and hyphenated titles such as `Secretary-General`. */
function isTitleWord(word: Word): boolean {
  return someHyphenPart(word.lower, (part) => COURTESY_TITLES.has(part) || TITLE_MODIFIERS.has(part) || ROLE_NOUNS.has(part));
}

function isTitleHead(word: Word): boolean {
  return someHyphenPart(word.lower, (part) => COURTESY_TITLES.has(part) || ROLE_NOUNS.has(part));
}

/** Whether a word or one of its hyphenated parts passes; most words have no hyphen and are not cut. */
function someHyphenPart(lower: string, test: (part: string) => boolean): boolean {
  return lower.includes('-') ? lower.split('-').some(test) : test(lower);
}

function indexOfWord(items: readonly FrameItem[], from: number, word: Word): number {
  let k = from;
  while (k < items.length && wordAt(items, k) !== word) k++;
  return k;
}

function itemsText(words: readonly Word[]): string {
  let text = '';
  let previous: Word | undefined;
  for (const word of words) {
    text += previous === undefined || previous.end === word.start ? word.text : ` ${word.text}`;
    previous = word;
  }
  return text;
}

/** `Transport director Dr.` is a transport director: honorifics only when nothing else is said. */
function roleText(words: readonly Word[]): string {
  const descriptive = words.filter((word, k) => !HONORIFICS.has(word.lower) && !(word.text === '.' && HONORIFICS.has(words[k - 1]?.lower ?? '')));
  return itemsText(descriptive.length > 0 ? descriptive : words);
}

/**
 * Whether a role is only an honorific (`Dr.`, `Mrs`), which says nothing about what a person does.
 *
 * @param role - A role as written.
 * @returns `true` for honorifics alone.
 */
export function isHonorific(role: string): boolean {
  return role.split(/[\s.]+/u).every((part) => part === '' || HONORIFICS.has(part.toLowerCase()));
}

/** `Jan Olsen`, `June Carter`: a month that starts a name, not a date (`in June`, `Jan. 13`). */
function monthAsFirstName(items: readonly FrameItem[], j: number, word: Word, next: Word | null): boolean {
  if (!FIRST_NAME_MONTHS.has(word.lower) || next === null || !isCapitalised(next.text) || NON_NAME_WORDS.has(next.lower)) return false;
  const before = wordAt(items, j - 1);
  return before === null || !NOT_DESCRIPTORS.has(before.lower);
}

/**
 * How long the possessive ending of a word or name is (`’s` 2, a bare `’` 1, none 0): a name is
 * looked up without it. Read from the last characters, as every name mention asks.
 */
function possessiveLength(text: string): number {
  if (text.length < 2) return text === "'" || text === '’' ? 1 : 0;
  const last = text.charCodeAt(text.length - 1);
  if (isApostrophe(last)) return 1;
  return last === 0x73 && isApostrophe(text.charCodeAt(text.length - 2)) ? 2 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function withoutPossessive(text: string): string {
  const length = possessiveLength(text);
  return length === 0 ? text : text.slice(0, text.length - length);
}

function spanText(items: readonly FrameItem[], from: number, to: number): string {
  const words: Word[] = [];
  for (let k = from; k < to; k++) {
    const word = wordAt(items, k);
    if (word !== null) words.push(word);
  }
  return itemsText(words);
}
