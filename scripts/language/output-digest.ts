/**
 * A digest of detectLanguage's full output (language, confidence, reliable, script, every
 * alternative with its probability) on the short-text development items (sentences, word pairs,
 * single words of short-dev.ts, in both candidate sets) and detectLanguages' segments of mixed
 * pairs of them: proof that a change of data encoding leaves detection unchanged. Compare the
 * digest printed before and after; `--dump FILE` writes one result per line for a diff.
 *
 * Usage: tsx scripts/language/output-digest.ts [--per N] [--dump FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { detectLanguage } from '../../src/language/detect-language.js';
import { detectLanguages } from '../../src/language/detect-languages.js';
import { CORE_DEV, SIBLINGS_DEV, shortDevItems } from './short-dev.js';
import { flag } from '../flags.js';

const items = shortDevItems([...CORE_DEV, ...SIBLINGS_DEV], Number(flag('--per') ?? 200));
const lines: string[] = [];
for (const { text } of items) {
  lines.push(JSON.stringify(detectLanguage(text)));
  lines.push(JSON.stringify(detectLanguage(text, { candidates: 'all' })));
}
for (let i = 0; i + 1 < items.length; i += 7) {
  const a = items[i] as { text: string };
  const b = items[(i * 31 + 17) % items.length] as { text: string };
  lines.push(JSON.stringify(detectLanguages(`${a.text}. ${b.text}`)));
}
const dump = flag('--dump');
if (dump) writeFileSync(dump, `${lines.join('\n')}\n`);
console.log(`${lines.length} results, sha256 ${createHash('sha256').update(lines.join('\n')).digest('hex')}`);
