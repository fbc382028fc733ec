/**
 * `text.toLowerCase()`, with ASCII text lower-cased here. News text is stored two bytes a
 * character (its curly quotes are not Latin-1), its words and names are cut from it as two-byte
 * strings, and V8 lower-cases those through ICU even when they are plain ASCII.
 *
 * @param text - Any text.
 * @returns The same as `text.toLowerCase()`.
 */
export function lowerCase(text: string): string {
  let lower = '';
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x80) return text.toLowerCase();
    if (code >= 0x41 && code <= 0x5a) {
      lower += text.slice(from, k) + String.fromCharCode(code + 0x20);
      from = k + 1;
    }
  }
  return from === 0 ? text : lower + text.slice(from);
}
