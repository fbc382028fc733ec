import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from './args.js';
import { decodePage } from './decode-page.js';

describe('parseCommandLine', () => {
  it('reads analyze with its options', () => {
    expect(parseCommandLine(['analyze', 'pages/', '-f', 'jsonl', '--only', 'quotes, language', '--jobs', '3', '--no-progress'], 8)).toEqual({
      kind: 'analyze',
      inputs: ['pages/'],
      format: 'jsonl',
      only: ['quotes', 'language'],
      jobs: 3,
      progress: false,
    });
  });

  it('defaults to a text report of everything on every core', () => {
    expect(parseCommandLine(['analyze', '-'], 4)).toMatchObject({ format: 'text', only: ['quotes', 'numbers', 'language', 'comments'], jobs: 4, progress: null });
  });

  it('shows help without a command, and help or version on request', () => {
    expect(parseCommandLine([], 2)).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--help'], 2)).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-v'], 2)).toEqual({ kind: 'version' });
  });

  it.each([
    [['analyze'], /Missing input/u],
    [['analyse', 'a.txt'], /Unknown command "analyse"/u],
    [['analyze', 'a.txt', '--format', 'xml'], /Unknown format "xml"/u],
    [['analyze', 'a.txt', '--only', 'quotes,weather'], /Unknown analysis "weather"/u],
    [['analyze', 'a.txt', '--jobs', '0'], /--jobs must be a whole number/u],
    [['analyze', 'a.txt', '--colour'], /Unknown option/u],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv, 2)).toThrow(UsageError);
    expect(() => parseCommandLine(argv, 2)).toThrow(message);
  });
});

describe('decodePage', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodePage(bytes('\ufeffJürgen sagt: “Ja.”'))).toEqual({ ok: true, text: 'Jürgen sagt: “Ja.”' });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    expect(decodePage(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toEqual({ ok: true, text: 'Hi' });
  });

  it('reports binary input instead of analysing it', () => {
    expect(decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatchObject({ ok: false, message: expect.stringMatching(/binary input/u) });
    expect(decodePage(new Uint8Array([0x41, 0xc3, 0x28, 0x42]))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid UTF-8/u) });
  });
});
