/**
 * The registry of every public function: how to call it with generated input, which of its
 * arguments are strings (for the TypeError contract), and what its offsets promise.
 *
 * `public-api.test.ts` fails when a function exported by `src/index.ts` or any `src/<cap>/index.ts`
 * is missing here (or listed here but no longer exported), so a new export cannot skip the property
 * tests, the adversarial suite or the linear-time benchmark, which all read this table.
 *
 * The registry names functions instead of importing them, so it never has to change when a
 * capability moves files; the tests look each name up in the entry points.
 */

import { htmlPageAround } from './html-page.js';

/** Which generated input a function reads. */
export type InputKind =
  | 'text' // any text: news pages, hostile Unicode, very long lines
  | 'name' // a person's name (short text; any string still allowed)
  | 'html' // an HTML page with a comment section
  | 'comments-json' // a platform's JSON comment export (see `format`)
  | 'comments-xml' // an XML comment export (see `format`)
  | 'comments-any'; // any comment input: every export format, HTML pages, text scrapes

/** How a result's offsets relate to the input. */
export type SpanContract =
  | 'exact' // every object with numeric start/end lies in the input, and `input.slice(start, end) === text`
  | 'bounds'; // offsets lie in the input and are ordered, but `text` is derived (HTML comment spans)

/** Looks up another public function by name (to build inputs such as a list of quotes). */
export type Api = (name: string) => (...args: unknown[]) => unknown;

/**
 * One way of calling a function; `input` is the generated string, `other` a second one, `n` a
 * natural number. Labels starting with `strict` may throw the documented `PresslensError`.
 */
export interface Variant {
  readonly label: string;
  readonly args: (input: string, other: string, n: number, api: Api) => readonly unknown[];
}

/** A part of a result and the text its offsets point into. */
export interface SpanCheck {
  readonly subject: string;
  readonly value: unknown;
  readonly spans: SpanContract;
}

export interface ApiEntry {
  readonly input: InputKind;
  /**
   * For JSON/XML inputs: which platform format the generator writes. For inputs of any format
   * (`comments-any`): the one the benchmarks feed it; property tests draw every format.
   */
  readonly format?: string;
  /** Calls to make with every generated input (options variants included). */
  readonly variants: readonly Variant[];
  /**
   * Positions and documented names of string parameters, checked with non-string values
   * (`objects`: a parsed JSON value is accepted too, so only other primitives must throw).
   */
  readonly stringParams: readonly { readonly index: number; readonly name: string; readonly objects?: boolean }[];
  readonly spans: SpanContract;
  /** Where a result's offsets point when not all into the first argument (HTML pages, …). */
  readonly spanChecks?: (input: string, result: unknown) => readonly SpanCheck[];
  /**
   * How `npm run bench:linear` scales it: `input` calls it once on the whole text; `per-offset`
   * calls it at every offset (functions that look at one place of a text, which must stay O(1)
   * each); `short` functions read short strings only (characters, names) and are timed on many
   * short inputs adding up to the size.
   */
  readonly linear: 'input' | 'per-offset' | 'short';
  /**
   * Known bugs the property tests expose, by test: the test is kept and marked `fails` until the
   * owner fixes the bug (then `it.fails` itself fails, and the entry here must go).
   */
  readonly knownBugs?: { readonly contract?: string; readonly typeError?: string };
}

/**
 * Documented offsets of `analyzeArticle`: for HTML input the article's spans point into the
 * result's `text`, comments cover their elements in the source, and a comment's own quotes and
 * numbers point into that comment's `text`.
 */
function articleSpanChecks(input: string, result: unknown): SpanCheck[] {
  const article = result as { format: string; text?: string; comments: { comments: readonly Record<string, unknown>[] } | null } & Record<string, unknown>;
  if (article.format !== 'html') return [{ subject: input, value: result, spans: 'exact' }];
  const { comments, text = '', ...rest } = article;
  const checks: SpanCheck[] = [{ subject: text, value: rest, spans: 'exact' }];
  for (const comment of comments?.comments ?? []) {
    const { quotes, numbers, ...element } = comment;
    checks.push({ subject: input, value: element, spans: 'bounds' });
    checks.push({ subject: String(comment.text), value: { quotes, numbers }, spans: 'exact' });
  }
  return checks;
}

/** A language code, name or anything else (codes picked by `n`, so both hit and miss are tried). */
const LANGUAGE_CODES = ['en', 'eng', 'de', 'deu', 'sr', 'srp', 'Serbian', 'pt', 'por', 'nb', 'nob', 'zh', 'und', 'xx', 'EN', ''];
const languageCodeVariants: readonly Variant[] = [
  { label: 'any string', args: (input) => [input] },
  { label: 'a code', args: (_input, _other, n) => [LANGUAGE_CODES[n % LANGUAGE_CODES.length]] },
];

/** The parsed JSON value of an input when it parses, else the input itself. */
/** The parsed JSON when it is an object or array (what the API accepts besides text), else the text. */
function parsedOrText(input: string): unknown {
  try {
    const parsed = JSON.parse(input) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : input;
  } catch {
    return input;
  }
}

const exportVariants: readonly Variant[] = [
  { label: 'string', args: (input) => [input] },
  { label: 'strict', args: (input) => [input, { strict: true }] },
  { label: 'parsed value', args: (input) => [parsedOrText(input)] },
];

/** A parser of one export format; JSON parsers also take the parsed value. */
function structuredParser(format: string, json: boolean): ApiEntry {
  return {
    input: json ? 'comments-json' : 'comments-xml',
    format,
    variants: json ? exportVariants : exportVariants.filter((variant) => variant.label !== 'parsed value'),
    stringParams: [{ index: 0, name: 'input', objects: json }],
    spans: 'exact',
    linear: 'input',
  };
}

const onText: readonly Variant[] = [{ label: 'text', args: (input) => [input] }];
const inputParam = [{ index: 0, name: 'input' }] as const;
/** Readers of one place in a text (`(input, index)`). */
const atOffset: ApiEntry = {
  input: 'text',
  // Offsets a little outside the text too: callers scan with i + 1 lookahead.
  variants: [{ label: 'offset', args: (input, _other, n) => [input, (n % (input.length + 4)) - 2] }],
  stringParams: inputParam,
  spans: 'exact',
  linear: 'per-offset',
};
/** Classifiers of one character (`(char)`), also given a whole string. */
const onChar: ApiEntry = {
  input: 'text',
  variants: [
    { label: 'first char', args: (input) => [input.charAt(0)] },
    { label: 'whole string', args: (input) => [input] },
  ],
  stringParams: [{ index: 0, name: 'char' }],
  spans: 'exact',
  linear: 'short',
};

/** Every exported function of every entry point, by exported name. */
export const PUBLIC_API: Readonly<Record<string, ApiEntry>> = {
  // Shared text layer, exported from the root.
  splitParagraphs: { input: 'text', variants: onText, stringParams: inputParam, spans: 'exact', linear: 'input' },
  splitSentences: { input: 'text', variants: onText, stringParams: inputParam, spans: 'exact', linear: 'input' },
  tokenize: { input: 'text', variants: onText, stringParams: inputParam, spans: 'exact', linear: 'input' },
  words: { input: 'text', variants: onText, stringParams: inputParam, spans: 'exact', linear: 'input' },
  quoteMarkAt: atOffset,
  singleQuoteRole: atOffset,
  dashKind: onChar,
  isPrime: onChar,
  foldName: { input: 'name', variants: [{ label: 'name', args: (input) => [input] }], stringParams: [{ index: 0, name: 'name' }], spans: 'exact', linear: 'input' },
  nameSimilarity: {
    input: 'name',
    variants: [
      { label: 'two names', args: (input, other) => [input, other] },
      { label: 'same name', args: (input) => [input, input] },
    ],
    stringParams: [
      { index: 0, name: 'a' },
      { index: 1, name: 'b' },
    ],
    spans: 'exact',
    linear: 'short',
  },

  // presslens/quotes
  extractQuotes: {
    input: 'text',
    variants: [
      { label: 'text', args: (input) => [input] },
      { label: 'direct and mixed only', args: (input) => [input, { kinds: ['direct', 'mixed'] }] },
      { label: 'confident, short scare quotes', args: (input) => [input, { minConfidence: 0.6, maxScareWords: 1 }] },
    ],
    stringParams: [{ index: 0, name: 'text' }],
    spans: 'exact',
    linear: 'input',
  },
  analyzeQuotes: { input: 'text', variants: onText, stringParams: [{ index: 0, name: 'text' }], spans: 'exact', linear: 'input' },
  clusterSpeakers: {
    input: 'text',
    variants: [{ label: 'quotes of the text', args: (input, _other, _n, api) => [api('extractQuotes')(input)] }],
    stringParams: [],
    spans: 'exact',
    linear: 'input',
  },

  // presslens/numbers
  extractNumbers: {
    input: 'text',
    variants: (['en', 'de', 'fr', 'es'] as const).map((locale) => ({ label: locale, args: (input: string) => [input, { locale }] })),
    stringParams: [{ index: 0, name: 'text' }],
    spans: 'exact',
    linear: 'input',
  },
  parseNumber: {
    input: 'text',
    variants: (['en', 'de', 'fr', 'es'] as const).map((locale) => ({ label: locale, args: (input: string) => [input, locale] })),
    stringParams: [{ index: 0, name: 'words' }],
    spans: 'exact',
    linear: 'input',
  },

  // presslens/comments
  parseTextComments: {
    input: 'text',
    variants: [
      { label: 'text', args: (input) => [input] },
      { label: 'strict', args: (input) => [input, { strict: true }] },
    ],
    stringParams: [{ index: 0, name: 'text' }],
    spans: 'exact',
    linear: 'input',
  },
  findCommentSection: { input: 'text', variants: onText, stringParams: [{ index: 0, name: 'text' }], spans: 'exact', linear: 'input' },
  parseHtmlComments: {
    input: 'html',
    variants: [
      { label: 'html', args: (input) => [input] },
      { label: 'strict', args: (input) => [input, { strict: true }] },
    ],
    stringParams: [{ index: 0, name: 'html' }],
    // Documented: a comment's offsets cover its element in the source; its text is derived.
    spans: 'bounds',
    linear: 'input',
  },
  extractMainText: { input: 'html', variants: [{ label: 'html', args: (input) => [input] }], stringParams: [{ index: 0, name: 'html' }], spans: 'exact', linear: 'input' },

  // presslens/article
  analyzeArticle: {
    input: 'text',
    variants: [
      { label: 'text', args: (input) => [input] },
      { label: 'comment details', args: (input) => [input, { commentDetails: true }] },
      { label: 'quotes and numbers only', args: (input) => [input, { only: ['quotes', 'numbers'] }] },
      { label: 'as text', args: (input) => [input, { format: 'text' }] },
      { label: 'html page', args: (input, _other, n) => [htmlPageAround(input, n), { commentDetails: true }] },
    ],
    stringParams: [{ index: 0, name: 'text' }],
    spans: 'exact',
    spanChecks: articleSpanChecks,
    linear: 'input',
  },

  // presslens/language
  detectLanguage: {
    input: 'text',
    variants: [
      { label: 'text', args: (input) => [input] },
      { label: 'only some', args: (input) => [input, { only: ['en', 'de', 'ru', 'uk', 'srp'] }] },
      { label: 'ignore English', args: (input) => [input, { ignore: ['en'] }] },
      { label: 'min length', args: (input) => [input, { minLength: 20 }] },
      { label: 'all candidates', args: (input) => [input, { candidates: 'all' }] },
    ],
    stringParams: [{ index: 0, name: 'text' }],
    spans: 'exact',
    linear: 'input',
  },
  detectLanguages: {
    input: 'text',
    variants: [
      { label: 'text', args: (input) => [input] },
      { label: 'all candidates', args: (input) => [input, { candidates: 'all' }] },
    ],
    stringParams: [{ index: 0, name: 'text' }],
    spans: 'exact',
    linear: 'input',
  },
  supportedLanguages: {
    input: 'text',
    variants: [{ label: 'no arguments', args: () => [] }],
    stringParams: [],
    spans: 'exact',
    linear: 'short',
  },
  languageInfo: {
    input: 'name',
    variants: languageCodeVariants,
    stringParams: [{ index: 0, name: 'codeOrName' }],
    spans: 'exact',
    linear: 'short',
  },
  toIso6391: {
    input: 'name',
    variants: languageCodeVariants,
    stringParams: [{ index: 0, name: 'iso6393' }],
    spans: 'exact',
    linear: 'short',
  },
  toIso6393: {
    input: 'name',
    variants: languageCodeVariants,
    stringParams: [{ index: 0, name: 'iso6391' }],
    spans: 'exact',
    linear: 'short',
  },
  languageName: {
    input: 'name',
    variants: languageCodeVariants,
    stringParams: [{ index: 0, name: 'code' }],
    spans: 'exact',
    linear: 'short',
  },

  // presslens/comments, structured formats
  detectCommentFormat: {
    input: 'comments-any',
    format: 'reddit-json',
    variants: [
      { label: 'string', args: (input) => [input] },
      { label: 'parsed', args: (input) => [parsedOrText(input)] },
    ],
    stringParams: [{ index: 0, name: 'input', objects: true }],
    spans: 'exact',
    linear: 'input',
  },
  parseComments: {
    input: 'comments-any',
    format: 'reddit-json',
    variants: exportVariants,
    stringParams: [{ index: 0, name: 'input', objects: true }],
    spans: 'exact',
    spanChecks: (input, result) => [{ subject: input, value: result, spans: /html/u.test(String((result as { format?: unknown }).format)) ? 'bounds' : 'exact' }],
    linear: 'input',
  },
  parseRedditJson: structuredParser('reddit-json', true),
  parseHackerNewsJson: structuredParser('hn-algolia-json', true),
  parseDiscourseJson: structuredParser('discourse-json', true),
  parseYoutubeJson: structuredParser('youtube-json', true),
  parseCommentoJson: structuredParser('commento-json', true),
  parseWordpressWxr: structuredParser('wordpress-wxr', false),
  parseDisqusXml: structuredParser('disqus-xml', false),
};

/** Exported classes (errors): not called by the property tests, but listed so none slips by. */
export const PUBLIC_CLASSES: readonly string[] = ['MalformedInputError', 'PresslensError'];
