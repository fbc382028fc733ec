/**
 * The command's Node-side parts in-process (test:cli runs the built command end to end): finding
 * files under folders, analysing one file into each output format, reporting unreadable and
 * binary files, and drawing and clearing the progress bar.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/cli/args.js';
import { analyzeFile } from '../../src/cli/analyze-file.js';
import { collectFiles, describeFsError } from '../../src/cli/collect-files.js';
import { progressBar } from '../../src/cli/progress.js';

const work = mkdtempSync(join(tmpdir(), 'presslens-cli-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGE = 'Harbour tram approved\n\nBy Jane Roe\n\n“This is the decision the city needed,” Mayor Helena Voss said on Tuesday. The line will cost €480 million.\n';
const HTML = '<html><head><title>Harbour tram approved</title></head><body><article><p>“This is the decision the city needed,” Mayor Helena Voss said on Tuesday.</p></article></body></html>';

describe('collectFiles', () => {
  const root = join(work, 'tree');
  mkdirSync(join(root, 'b', 'deeper'), { recursive: true });
  mkdirSync(join(root, '.hidden'), { recursive: true });
  for (const file of ['z.txt', 'a.txt', 'b/m.html', 'b/deeper/x.txt', '.hidden/secret.txt', '.dotfile']) writeFileSync(join(root, file), PAGE);

  it('walks folders in name order, skips hidden entries and keeps stdin and plain files', () => {
    const single = join(root, 'a.txt');
    const { files, missing } = collectFiles([root, single, '-']);
    expect(missing).toEqual([]);
    expect(files).toEqual([join(root, 'a.txt'), join(root, 'z.txt'), join(root, 'b', 'm.html'), join(root, 'b', 'deeper', 'x.txt'), single, '-']);
  });

  it('reports a path that does not exist instead of failing', () => {
    const gone = join(work, 'no-such-folder');
    expect(collectFiles([gone])).toEqual({ files: [], missing: [{ path: gone, message: 'no such file or directory' }] });
  });

  it('words file-system errors for people', () => {
    const error = (code: string): Error => Object.assign(new Error(`raw ${code}`), { code });
    expect(describeFsError(error('EACCES'))).toBe('permission denied');
    expect(describeFsError(error('EPERM'))).toBe('permission denied');
    expect(describeFsError(error('ENOENT'))).toBe('no such file or directory');
    expect(describeFsError(error('EISDIR'))).toBe('is a directory');
    expect(describeFsError(error('ELOOP'))).toBe('too many symbolic links');
    expect(describeFsError(error('EIO'))).toBe('raw EIO');
  });
});

describe('analyzeFile', () => {
  const textFile = join(work, 'page.txt');
  const htmlFile = join(work, 'page.html');
  writeFileSync(textFile, PAGE);
  writeFileSync(htmlFile, HTML);

  it('writes one JSON line per file with offsets into the page', () => {
    const outcome = analyzeFile({ file: textFile, format: 'jsonl', only: FEATURES });
    expect(outcome.ok).toBe(true);
    expect(outcome.output).not.toContain('\n');
    const record = JSON.parse(outcome.output) as { file: string; title: { text: string; start: number; end: number } };
    expect(record.file).toBe(textFile);
    expect(PAGE.slice(record.title.start, record.title.end)).toBe(record.title.text);
  });

  it('indents JSON and renders a text report', () => {
    expect(analyzeFile({ file: textFile, format: 'json', only: ['quotes'] }).output).toContain('\n  ');
    const report = analyzeFile({ file: textFile, format: 'text', only: FEATURES });
    expect(report.ok).toBe(true);
    expect(report.output).toContain('Helena Voss');
  });

  it('reads a .html file as HTML and bytes given for stdin', () => {
    const html = JSON.parse(analyzeFile({ file: htmlFile, format: 'jsonl', only: ['quotes'] }).output) as { format: string };
    expect(html.format).toBe('html');
    const piped = analyzeFile({ file: '-', format: 'jsonl', only: ['quotes'], bytes: new TextEncoder().encode(PAGE) });
    expect(piped.ok).toBe(true);
  });

  it('reports a missing file, a folder and binary input without throwing', () => {
    const missing = analyzeFile({ file: join(work, 'gone.txt'), format: 'jsonl', only: FEATURES });
    expect(missing).toMatchObject({ ok: false, message: 'cannot read: no such file or directory' });
    expect(JSON.parse(missing.output)).toEqual({ file: join(work, 'gone.txt'), error: 'cannot read: no such file or directory' });
    expect(analyzeFile({ file: work, format: 'text', only: FEATURES })).toMatchObject({ ok: false, message: 'cannot read: is a directory', output: '' });
    const binary = analyzeFile({ file: 'blob.bin', format: 'json', only: FEATURES, bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]) });
    expect(binary.ok).toBe(false);
    expect(binary.ok ? '' : binary.message).toMatch(/binary input/u);
  });
});

describe('progressBar', () => {
  function recorder(): { stream: NodeJS.WriteStream; written: string[] } {
    const written: string[] = [];
    return { stream: { write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream, written };
  }

  it('draws the last file and the failures, and clears only what it drew', () => {
    const { stream, written } = recorder();
    const bar = progressBar(stream, 3);
    bar.clear();
    expect(written).toEqual([]);
    bar.tick(false);
    bar.tick(true);
    bar.tick(false);
    const last = written.at(-1) ?? '';
    expect(last).toContain('3/3 files, 1 failed');
    expect(last).toContain(`[${'#'.repeat(30)}]`);
    bar.clear();
    expect(written.at(-1)).toBe('\r\x1b[K');
    const count = written.length;
    bar.clear();
    expect(written.length).toBe(count);
  });
});
