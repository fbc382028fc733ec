/**
 * Throws a `TypeError` naming the argument when `value` is not a string.
 * Every public function calls this first, so bad input fails loudly instead of deep inside a parser.
 *
 * @param value - The argument to check.
 * @param name - The argument's name, used in the message.
 * @throws TypeError when `value` is not a string.
 */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`presslens: \`${name}\` must be a string, got ${got}`);
  }
}
