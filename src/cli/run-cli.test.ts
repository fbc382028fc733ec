/**
 * The command in-process, for what the built end-to-end test (test:cli) cannot measure: exit codes,
 * usage errors and the output framing of one and several files, on one thread (`--jobs 1`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'presslens-main-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const PAGE = 'Harbour tram approved\n\nBy Jane Roe\n\n“This is the decision the city needed,” Mayor Helena Voss said on Tuesday. The line will cost €480 million.\n';
const first = join(work, 'tram.txt');
const second = join(work, 'ferry.txt');
writeFileSync(first, PAGE);
writeFileSync(second, PAGE.replace('tram', 'ferry'));

/** Runs `presslens <args>` in this process and collects its exit code and what it writes. */
async function presslens(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await runCli(args);
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('presslens command', () => {
  it('prints the usage for --help', async () => {
    const { code, stdout } = await presslens('--help');
    expect(code).toBe(0);
    expect(stdout.startsWith('Usage: presslens analyze')).toBe(true);
  });

  it('exits 2 with a hint on a usage error', async () => {
    const { code, stderr } = await presslens('analyze', first, '--format', 'yaml');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^presslens: .*\nRun "presslens --help" for usage\.\n$/u);
  });

  it('writes one JSON record for one file and a JSON array for several', async () => {
    const one = await presslens('analyze', first, '--format', 'json', '--only', 'numbers', '--jobs', '1');
    expect(one.code).toBe(0);
    const record = JSON.parse(one.stdout) as { file: string; numbers: { text: string; start: number; end: number }[] };
    expect(record.file).toBe(first);
    expect(record.numbers.map((n) => PAGE.slice(n.start, n.end))).toEqual(record.numbers.map((n) => n.text));
    const many = await presslens('analyze', first, second, '--format', 'json', '--only', 'numbers', '--jobs', '1', '--no-progress');
    expect((JSON.parse(many.stdout) as { file: string }[]).map((r) => r.file)).toEqual([first, second]);
  });

  it('separates text reports by a blank line and exits 1 when a file is missing', async () => {
    const missing = join(work, 'gone.txt');
    const { code, stdout, stderr } = await presslens('analyze', first, missing, second, '--jobs', '1', '--no-progress');
    expect(code).toBe(1);
    expect(stderr).toContain(`presslens: ${missing}: `);
    expect(stdout.split('\n\n').filter((block) => block.startsWith('Harbour'))).toHaveLength(2);
  });

  it('says so when a folder holds nothing to analyse', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const { code, stderr } = await presslens('analyze', empty, '--format', 'jsonl');
    expect(code).toBe(0);
    expect(stderr).toBe('presslens: no files to analyse\n');
  });
});
