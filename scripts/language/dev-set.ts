/**
 * A development set that is not the evaluation data: the translated messages of the gettext
 * catalogues installed on this machine (/usr/share/locale/<lang>/LC_MESSAGES/*.mo), which mix
 * single words, short phrases and full sentences. English, the language the catalogues translate
 * from, is read from their source strings (those of the German catalogues). Used to fit the
 * probability temperature and to compare scoring weights; never shipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { letterWords } from '../../src/language/words.js';

/** The messages of a compiled catalogue: its translations, or with `originals` its source strings. */
export function readMo(path: string, originals = false): string[] {
  const buf = readFileSync(path);
  if (buf.length < 28) return [];
  const magic = buf.readUInt32LE(0);
  const read = magic === 0x950412de ? (o: number) => buf.readUInt32LE(o) : (o: number) => buf.readUInt32BE(o);
  const count = read(8);
  const table = read(originals ? 12 : 16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = read(table + i * 8);
    const offset = read(table + i * 8 + 4);
    if (offset + length > buf.length) break;
    for (const part of buf.subarray(offset, offset + length).toString('utf8').split('\0')) out.push(part);
  }
  return out;
}

/** A message with its format placeholders, markup, entities and option names blanked out. */
export function cleanMessage(message: string): string {
  return message
    .replace(/%[-+ #0-9.*]*[a-z]|\$\{?\w+\}?|\{\w*\}|<[^<>]*>|&\w+;|_\B|-[\w-]+|\\n/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Translated messages per language, deduplicated and shuffled deterministically.
 *
 * @param languages - Locale folder names (ISO 639-1).
 * @param perLanguage - How many messages to keep per language.
 * @returns language → messages with at least one letter.
 */
export function devSet(languages: readonly string[], perLanguage: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const lang of languages) {
    const english = lang === 'en';
    const folder = `/usr/share/locale/${english ? 'de' : lang}/LC_MESSAGES`;
    if (!existsSync(folder)) continue;
    const seen = new Set<string>();
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.mo')) continue;
      for (const message of readMo(`${folder}/${file}`, english)) {
        const text = cleanMessage(message);
        if (isUsable(text)) seen.add(text);
      }
    }
    out.set(lang, pick([...seen], perLanguage));
  }
  return out;
}

/** Whether a cleaned message has letters, is not overlong and is not a catalogue header. */
export function isUsable(text: string): boolean {
  return /\p{L}{2}/u.test(text) && text.length <= 300 && !text.includes('Content-Type');
}

/**
 * Deterministic pick of `n` items spread over the list: a multiplicative hash of the index orders
 * them, so every length and source is represented.
 *
 * @param items - The items to pick from.
 * @param n - How many to keep.
 * @returns Up to `n` items.
 */
export function pick<T>(items: readonly T[], n: number): T[] {
  return items
    .map((item, i) => [((i + 1) * 2654435761) % 4294967296, item] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, item]) => item);
}

/** The three kinds of text lingua's test data holds. */
export type Kind = 'sentences' | 'word-pairs' | 'single-words';

/**
 * Messages cut the way lingua's test data is: messages of at least 6 words, word pairs of at
 * least 10 characters and single words of at least 5 letters.
 *
 * @param messages - One language's messages.
 * @returns The texts of each kind, in first-seen order.
 */
export function cutByKind(messages: readonly string[]): [Kind, string[]][] {
  const singles = new Set<string>();
  const pairs = new Set<string>();
  const sentences: string[] = [];
  for (const message of messages) {
    const words = message.split(/\s+/).filter((w) => letterWords(w).length > 0);
    if (words.length >= 6) sentences.push(message);
    for (const w of words) if (/^[\p{L}\p{M}]{5,}$/u.test(w)) singles.add(w);
    for (let i = 0; i + 1 < words.length; i++) {
      const pair = `${words[i]} ${words[i + 1]}`;
      if (pair.length >= 10 && /^[\p{L}\p{M}]+ [\p{L}\p{M}]+$/u.test(pair)) pairs.add(pair);
    }
  }
  return [['sentences', sentences], ['word-pairs', [...pairs]], ['single-words', [...singles]]];
}
