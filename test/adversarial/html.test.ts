/**
 * Every public function that reads HTML (and analyzeArticle, which detects it) on malformed
 * markup: 5 MB of `<div>`, unclosed tags and attributes, a 10,000-deep nested comment list.
 */
import { describe, expect, it } from 'vitest';
import { contractViolations } from '../property/contract.js';
import { publicFunctions, type AnyFunction } from '../property/entry-points.js';
import { PUBLIC_API } from '../property/public-api.js';
import { HTML_CORPORA } from './corpora.js';

const functions = await publicFunctions();
const readers = Object.entries(PUBLIC_API).filter(([name, entry]) => functions.has(name) && (entry.input === 'html' || name === 'analyzeArticle'));

describe.each(Object.entries(HTML_CORPORA))('%s', (_label, build) => {
  const input = build();
  it.each(readers)('%s finishes and keeps the contract', (name, entry) => {
    const result = (functions.get(name) as AnyFunction)(input);
    const checks = entry.spanChecks?.(input, result) ?? [{ subject: input, value: result, spans: entry.spans }];
    for (const check of checks) expect(contractViolations(check.subject, check.value, check.spans)).toEqual([]);
  }, 60_000);
});
