/**
 * The value given after a flag on the command line of a script (`--mb 5` gives `'5'`), or
 * `undefined` when the flag is absent.
 *
 * @param name - The flag, with its dashes.
 * @returns The next argument after it.
 */
export function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
