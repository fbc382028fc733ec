/** A page decoded to text, or the reason it is not text. */
export type DecodedPage = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

// Text never contains NUL; binary formats (images, PDFs, archives) almost always do early on.
const SNIFF_BYTES = 8192;

/**
 * Decodes a file's bytes as a text page: UTF-8 (a BOM is dropped), or UTF-16 when it starts with
 * a UTF-16 byte-order mark. Anything else with NUL bytes or invalid UTF-8 is reported as binary
 * rather than analysed as garbage.
 *
 * @param bytes - The file's contents.
 * @returns The text, or a message saying why it is not text.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes);
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, message: 'binary input (contains NUL bytes), not a text or HTML page' };
  const decoded = decode('utf-8', bytes);
  return decoded.ok ? decoded : { ok: false, message: 'binary input (not valid UTF-8 text), not a text or HTML page' };
}

function decode(encoding: string, bytes: Uint8Array): DecodedPage {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `not valid ${encoding.toUpperCase()} text` };
  }
}
