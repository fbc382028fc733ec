/**
 * The benchmark tasks of `npm run bench`: each capability of presslens and each peer on the same
 * generated input. A task reads either the whole corpus (`corpus`), one page at a time (`pages`)
 * one sentence at a time (`sentences`), one HTML page at a time (`html-pages`: the same kind of
 * articles and comments as served by a site, see `newsHtmlPage`), or a whole comment export / page
 * of the corpus's size (`reddit`: a Reddit JSON thread, `wordpress`: a page with WordPress comment
 * markup).
 */
import { publicFunctions, type AnyFunction } from '../../test/property/entry-points.js';

export type Unit = 'corpus' | 'pages' | 'html-pages' | 'sentences' | 'reddit' | 'wordpress';

export interface Task {
  readonly capability: 'quotes' | 'numbers' | 'language' | 'page' | 'comments';
  readonly engine: string;
  readonly unit: Unit;
  /** Loads the engine (not timed) and returns the call to time on one unit of input. */
  readonly load: () => Promise<((text: string) => unknown) | null>;
}

async function presslens(name: string, call: (fn: AnyFunction, text: string) => unknown = (fn, text) => fn(text)) {
  const fn = (await publicFunctions()).get(name);
  return fn === undefined ? null : (text: string) => call(fn, text);
}

const RECOGNIZER_MODELS = ['recognizeNumber', 'recognizeOrdinal', 'recognizePercentage', 'recognizeCurrency', 'recognizeDimension', 'recognizeTemperature', 'recognizeAge'] as const;

export const TASKS: readonly Task[] = [
  { capability: 'quotes', engine: 'presslens extractQuotes', unit: 'corpus', load: () => presslens('extractQuotes') },
  {
    capability: 'quotes',
    engine: 'compromise .quotations()',
    unit: 'pages',
    load: async () => {
      const nlp = (await import('compromise')).default;
      return (text) => nlp(text).quotations().json();
    },
  },
  { capability: 'numbers', engine: 'presslens extractNumbers', unit: 'corpus', load: () => presslens('extractNumbers') },
  {
    capability: 'numbers',
    engine: 'compromise .numbers()',
    unit: 'pages',
    load: async () => {
      const nlp = (await import('compromise')).default;
      return (text) => nlp(text).numbers().json();
    },
  },
  {
    capability: 'numbers',
    engine: 'Recognizers-Text (7 English models, per paragraph)',
    unit: 'pages',
    load: async () => {
      const recognizers = (await import('@microsoft/recognizers-text-suite')) as unknown as Record<string, unknown> & { Culture: { English: string } };
      const models = RECOGNIZER_MODELS.map((name) => recognizers[name] as (text: string, culture: string) => unknown[]);
      // Recognizers-Text slows down sharply on long strings, so it gets one paragraph at a time.
      return (text) => {
        for (const paragraph of text.split(/\n\s*\n/u)) for (const model of models) model(paragraph, recognizers.Culture.English);
      };
    },
  },
  { capability: 'language', engine: 'presslens detectLanguage', unit: 'sentences', load: () => presslens('detectLanguage') },
  {
    capability: 'language',
    engine: 'eld (large)',
    unit: 'sentences',
    load: async () => {
      const { eld } = (await import('eld/large')) as { eld: { detect: (text: string) => unknown } };
      return (text) => eld.detect(text);
    },
  },
  {
    capability: 'language',
    engine: 'franc',
    unit: 'sentences',
    load: async () => {
      const { franc } = await import('franc');
      return (text) => franc(text);
    },
  },
  {
    capability: 'language',
    engine: 'tinyld',
    unit: 'sentences',
    load: async () => {
      const { detect } = await import('tinyld');
      return (text) => detect(text);
    },
  },
  { capability: 'page', engine: 'presslens analyzeArticle (text pages)', unit: 'pages', load: () => presslens('analyzeArticle') },
  { capability: 'page', engine: 'presslens analyzeArticle (HTML pages)', unit: 'html-pages', load: () => presslens('analyzeArticle') },
  { capability: 'comments', engine: 'presslens parseTextComments (text pages)', unit: 'pages', load: () => presslens('parseTextComments') },
  { capability: 'comments', engine: 'presslens parseRedditJson', unit: 'reddit', load: () => presslens('parseRedditJson') },
  { capability: 'comments', engine: 'presslens parseHtmlComments (WordPress page)', unit: 'wordpress', load: () => presslens('parseHtmlComments') },
];
