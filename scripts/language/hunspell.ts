/**
 * A small Hunspell reader for the data build: turns a `.dic`/`.aff` pair into surface word forms
 * by applying one prefix and one suffix rule (with cross products), which is what most dictionaries
 * need to list the inflected forms a news text actually contains. Compounding and two-level suffixes
 * are ignored on purpose: the forms are only used to count letter n-grams.
 */
import { readFileSync } from 'node:fs';

interface AffixRule {
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp | null;
}

interface AffixClass {
  readonly prefix: boolean;
  readonly cross: boolean;
  readonly rules: AffixRule[];
}

type FlagMode = 'char' | 'long' | 'num' | 'utf8';

function detectEncoding(bytes: Buffer): string {
  const head = bytes.subarray(0, 4000).toString('latin1');
  const match = /^SET\s+(\S+)/m.exec(head);
  const name = (match?.[1] ?? 'UTF-8').toLowerCase();
  return name === 'microsoft-cp1251' ? 'windows-1251' : name;
}

function decode(path: string, encoding: string): string {
  return new TextDecoder(encoding).decode(readFileSync(path));
}

function splitFlags(flags: string, mode: FlagMode): string[] {
  if (mode === 'num') return flags.split(',').filter(Boolean);
  if (mode === 'long') {
    const out: string[] = [];
    for (let i = 0; i + 1 < flags.length + 1; i += 2) out.push(flags.slice(i, i + 2));
    return out.filter((f) => f.length > 0);
  }
  return [...flags];
}

function conditionRegExp(condition: string, prefix: boolean): RegExp | null {
  if (condition === '.' || condition === '') return null;
  try {
    return new RegExp(prefix ? `^${condition}` : `${condition}$`, 'u');
  } catch {
    return null;
  }
}

/**
 * Reads a Hunspell dictionary and returns its word forms, each weighted by 1/√(forms of its entry),
 * so that a verb with sixty conjugated forms does not outweigh sixty nouns in the n-gram counts
 * (running text is mostly nouns and function words, not rare verb endings).
 *
 * @param dicPath - Path of the `.dic` file.
 * @param affPath - Path of the `.aff` file.
 * @param maxPerStem - Cap on generated forms per entry, so agglutinative dictionaries stay bounded.
 * @returns Lower-cased word forms and their weights.
 */
export function readHunspell(dicPath: string, affPath: string, maxPerStem = 40): Map<string, number> {
  const encoding = detectEncoding(readFileSync(affPath));
  const aff = decode(affPath, encoding).split(/\r?\n/);
  let mode: FlagMode = 'char';
  const aliases: string[] = [];
  const classes = new Map<string, AffixClass>();
  for (let i = 0; i < aff.length; i++) {
    const parts = (aff[i] ?? '').trim().split(/\s+/);
    const [kind, a, b, c, d] = parts;
    if (kind === 'FLAG') mode = a === 'long' ? 'long' : a === 'num' ? 'num' : a === 'UTF-8' ? 'utf8' : 'char';
    else if (kind === 'AF' && a !== undefined && b !== undefined && !/^\d+$/.test(a)) aliases.push(a);
    else if (kind === 'AF' && a !== undefined && /^\d+$/.test(a) && b !== undefined) aliases.push(b);
    else if ((kind === 'SFX' || kind === 'PFX') && a !== undefined && b !== undefined) {
      const prefix = kind === 'PFX';
      const existing = classes.get(a);
      if (!existing && (b === 'Y' || b === 'N') && /^\d+$/.test(c ?? '')) {
        classes.set(a, { prefix, cross: b === 'Y', rules: [] });
      } else if (existing && c !== undefined) {
        const strip = b === '0' ? '' : b;
        const add = (c.split('/')[0] ?? '').replace(/^0$/, '');
        existing.rules.push({ strip, add, condition: conditionRegExp(d ?? '.', prefix) });
      }
    }
  }
  // "AF" lines: the first is the count, which was pushed as a number-only entry and skipped above.
  const forms = new Map<string, number>();
  const dic = decode(dicPath, encoding).split(/\r?\n/);
  for (let i = 1; i < dic.length; i++) {
    const line = dic[i] ?? '';
    if (line === '' || line.startsWith('\t') || line.startsWith('#')) continue;
    const entry = line.split(/[\t ]/)[0] ?? '';
    const slash = entry.search(/(?<!\\)\//);
    const word = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/');
    let flagText = slash < 0 ? '' : entry.slice(slash + 1);
    if (aliases.length > 0 && /^\d+$/.test(flagText)) flagText = aliases[Number(flagText) - 1] ?? '';
    const flags = splitFlags(flagText, mode);
    const stem = word.toLowerCase();
    if (!/\p{L}/u.test(stem)) continue;
    const out: string[] = [stem];
    const suffixed: string[] = [];
    const prefixes: AffixClass[] = [];
    for (const flag of flags) {
      const cls = classes.get(flag);
      if (!cls) continue;
      if (cls.prefix) {
        prefixes.push(cls);
        continue;
      }
      for (const rule of cls.rules) {
        if (out.length >= maxPerStem) break;
        if (rule.condition && !rule.condition.test(stem)) continue;
        if (rule.strip && !stem.endsWith(rule.strip)) continue;
        const form = stem.slice(0, stem.length - rule.strip.length) + rule.add;
        out.push(form);
        if (cls.cross) suffixed.push(form);
      }
    }
    for (const cls of prefixes) {
      for (const rule of cls.rules) {
        for (const base of [stem, ...(cls.cross ? suffixed : [])]) {
          if (out.length >= maxPerStem * 2) break;
          if (rule.condition && !rule.condition.test(base)) continue;
          if (rule.strip && !base.startsWith(rule.strip)) continue;
          out.push(rule.add + base.slice(rule.strip.length));
        }
      }
    }
    const unique = new Set(out.map((form) => form.toLowerCase()));
    const weight = 1 / Math.sqrt(unique.size);
    for (const form of unique) forms.set(form, Math.max(forms.get(form) ?? 0, weight));
  }
  return forms;
}
