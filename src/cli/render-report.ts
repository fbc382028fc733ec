import type { Article, ArticleComment } from '../article/index.js';
import type { NumberMention } from '../numbers/index.js';
import type { Feature } from './args.js';
import { countWords } from '../text/count-words.js';

// Deep reply chains would push text off the screen; deeper replies show their depth instead.
const MAX_INDENT_DEPTH = 6;
const LINE_WIDTH = 100;

/**
 * The human-readable report of one page: headline, language, a who-said-what table, the quotes,
 * the numbers in their context, and the comment tree with authors, languages and depth.
 *
 * @param file - The input's path, shown in the header.
 * @param input - The text the spans refer to (the input, or the readable text of an HTML page).
 * @param article - The analysis.
 * @param only - The analyses asked for; the others are left out of the report.
 * @returns The report, lines joined by `\n`, without a final newline.
 */
export function renderReport(file: string, input: string, article: Article, only: readonly Feature[]): string {
  const header = [article.title === null ? '(no headline)' : oneLine(article.title.text)];
  if (article.byline !== null) header.push(article.byline.text.split('\n').map(oneLine).join(' · '));
  header.push(summaryLine(file, article, only));
  const sections = [header];
  if (only.includes('quotes')) sections.push(whoSaidWhat(article), quoteList(article));
  if (only.includes('numbers')) sections.push(numberList(input, article));
  if (only.includes('comments')) sections.push(commentTree(article));
  sections.push(boilerplateAndWarnings(article));
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

function boilerplateAndWarnings(article: Article): string[] {
  const lines = article.warnings.map((warning) => `Warning [${warning.code}]: ${warning.message}`);
  if (article.boilerplate.length === 0) return lines;
  const sample = article.boilerplate.slice(0, 4).map((span) => `“${truncate(oneLine(span.text), 40)}”`).join(', ');
  return [`Boilerplate set apart: ${article.boilerplate.length} line(s), e.g. ${sample}`, ...lines];
}

function summaryLine(file: string, article: Article, only: readonly Feature[]): string {
  const parts = [file, `${countWords(article.body.text).toLocaleString('en')} words`];
  if (only.includes('language') && article.language !== null) {
    parts.push(`language ${article.language.language} (${Math.round(article.language.confidence * 100)}%${article.language.reliable ? '' : ', unsure'})`);
  }
  if (only.includes('quotes')) parts.push(plural(article.quotes.length, 'quote'));
  if (only.includes('numbers')) parts.push(plural(article.numbers.length, 'number'));
  if (only.includes('comments') && article.comments !== null) parts.push(plural(article.comments.comments.length, 'comment'));
  return parts.join(' · ');
}

function whoSaidWhat(article: Article): string[] {
  const rows = new Map<string, { direct: number; mixed: number; indirect: number }>();
  for (const quote of article.quotes) {
    if (quote.kind === 'scare') continue;
    const name = quote.speaker?.name ?? '(unattributed)';
    const row = rows.get(name) ?? { direct: 0, mixed: 0, indirect: 0 };
    row[quote.kind]++;
    rows.set(name, row);
  }
  if (rows.size === 0) return ['Who said what: nobody is quoted.'];
  const roles = new Map(article.speakers.map((speaker) => [speaker.name, speaker.role]));
  const label = (name: string): string => (roles.get(name) === undefined ? name : `${name} (${roles.get(name)})`);
  const sorted = [...rows].map(([name, row]) => [label(name), row] as const).sort(([, a], [, b]) => total(b) - total(a));
  const width = Math.max(7, ...sorted.map(([name]) => name.length));
  const lines = ['Who said what', `  ${'Speaker'.padEnd(width)}  Direct  Mixed  Indirect  Total`];
  for (const [name, row] of sorted) {
    lines.push(`  ${name.padEnd(width)}  ${pad(row.direct, 6)}  ${pad(row.mixed, 5)}  ${pad(row.indirect, 8)}  ${pad(total(row), 5)}`);
  }
  return lines;
}

function quoteList(article: Article): string[] {
  if (article.quotes.length === 0) return [];
  const lines = ['Quotes'];
  for (const quote of article.quotes) {
    const who = quote.speaker === null ? '(unattributed)' : `${quote.speaker.name} (“${oneLine(quote.speaker.mention.text)}”)`;
    const cue = quote.cue === null ? '' : ` ${oneLine(quote.cue.text)}`;
    lines.push(`  ${who}${cue} [${quote.kind}]`, `    “${truncate(oneLine(quote.text), LINE_WIDTH - 6)}”`);
  }
  return lines;
}

function numberList(input: string, article: Article): string[] {
  if (article.numbers.length === 0) return ['Numbers: none.'];
  const lines = ['Numbers'];
  const width = Math.min(24, Math.max(...article.numbers.map((number) => oneLine(number.text).length)));
  for (const number of article.numbers) {
    const value = truncate(describeValue(number), 22);
    lines.push(`  ${truncate(oneLine(number.text), width).padEnd(width)}  ${number.kind.padEnd(16)}  ${value.padEnd(22)}  ${context(input, number.start, number.end)}`);
  }
  return lines;
}

function commentTree(article: Article): string[] {
  const thread = article.comments;
  if (thread === null || thread.comments.length === 0) return ['Comments: none found.'];
  const deepest = thread.comments.reduce((max, comment) => Math.max(max, comment.depth), 0);
  const lines = [`Comments (${plural(thread.comments.length, 'comment')}, ${thread.roots.length} top-level, deepest reply at depth ${deepest})`];
  // Iterative depth-first walk: reply chains can be thousands deep.
  const stack: ArticleComment[] = [...thread.roots].reverse();
  for (let comment = stack.pop(); comment !== undefined; comment = stack.pop()) {
    const indent = '  '.repeat(Math.min(comment.depth, MAX_INDENT_DEPTH));
    const marker = comment.depth > 1 ? '└ ' : '• ';
    const facts = [comment.author ?? '(anonymous)'];
    if (comment.language !== null) facts.push(comment.language.language);
    if (comment.publishedRaw !== undefined) facts.push(oneLine(comment.publishedRaw));
    if (comment.depth > MAX_INDENT_DEPTH) facts.push(`depth ${comment.depth}`);
    if (comment.status !== 'visible') facts.push(comment.status);
    lines.push(`${indent}${marker}${facts.join(' · ')}`);
    lines.push(`${indent}  ${truncate(oneLine(comment.text), LINE_WIDTH - indent.length - 2)}`);
    for (let i = comment.children.length - 1; i >= 0; i--) stack.push(comment.children[i] as ArticleComment);
  }
  for (const unloaded of thread.unloaded) lines.push(`  (not loaded: ${unloaded.count ?? 'some'} more, ${unloaded.note})`);
  return lines;
}

/** The number as data: `480,000,000 EUR`, `20–35 percent`, `≈ 42,000`, `2026-03-14`. */
function describeValue(number: NumberMention): string {
  const hedge = number.modifier === undefined ? '' : `${HEDGES[number.modifier] ?? number.modifier} `;
  const format = (value: number): string => value.toLocaleString('en', { maximumFractionDigits: 4 });
  switch (number.kind) {
    case 'date':
      return [number.year, number.month, number.day].filter((part) => part !== undefined).join('-');
    case 'range':
      // Years are labels, not amounts: `2019–2023`, never `2,019–2,023`.
      if (number.of === 'year') return `${hedge}${number.min}–${number.max}`;
      return `${hedge}${format(number.min)}–${format(number.max)} ${number.currency ?? number.unit ?? (number.of === 'percent' ? '%' : number.of)}`;
    case 'currency':
      return `${hedge}${format(number.value)} ${number.currency}`;
    case 'quantity':
      return `${hedge}${format(number.value)} ${number.unit}`;
    case 'percent':
      return `${hedge}${format(number.value)} %`;
    case 'percentagePoints':
      return `${hedge}${format(number.value)} pp`;
    case 'year':
    case 'decade':
      return `${hedge}${number.value}`;
    default:
      return `${hedge}${format(number.value)}${number.per === undefined ? '' : ` per ${number.per}`}`;
  }
}

const HEDGES: Readonly<Record<string, string>> = { approx: '≈', gt: '>', gte: '≥', lt: '<', lte: '≤', plusMinus: '±' };

/** `…the words before [the match] the words after…` on one line. */
function context(input: string, start: number, end: number): string {
  const before = squash(input.slice(Math.max(0, start - 30), start)).trimStart();
  const after = squash(input.slice(end, end + 30)).trimEnd();
  return `…${before}[${oneLine(input.slice(start, end))}]${after}…`;
}

function oneLine(text: string): string {
  return squash(text).trim();
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width);
}

function total(row: { direct: number; mixed: number; indirect: number }): number {
  return row.direct + row.mixed + row.indirect;
}
