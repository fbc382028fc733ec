/**
 * A development set that is not the evaluation data: the translated messages of the gettext
 * catalogues installed on this machine (/usr/share/locale/<lang>/LC_MESSAGES/*.mo), which mix
 * single words, short phrases and full sentences. English, the language the catalogues translate
 * from, is read from their source strings (those of the German catalogues). Used to fit the
 * probability temperature and to compare scoring weights; never shipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The messages of a compiled catalogue: its translations, or with `originals` its source strings. */
function readMo(path: string, originals = false): string[] {
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

function clean(message: string): string {
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
        const text = clean(message);
        if (/\p{L}{2}/u.test(text) && text.length <= 300 && !text.includes('Content-Type')) seen.add(text);
      }
    }
    // Deterministic shuffle (a multiplicative hash of the index) so every length is represented.
    const all = [...seen];
    const picked = all.map((t, i) => [((i + 1) * 2654435761) % 4294967296, t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    out.set(lang, picked.slice(0, perLanguage));
  }
  return out;
}
