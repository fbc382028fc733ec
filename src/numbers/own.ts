const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The value a data table gives a key, ignoring what every object inherits: a word of the text
 * such as `constructor` or `toString` must not find a function in a plain-object table.
 *
 * @param table - A data table written as a plain object.
 * @param key - A word or symbol from the text.
 * @returns The table's own value for the key, or `undefined`.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn.call(table, key) ? table[key] : undefined;
}
