import { isSpaceCode } from './span.js';

/**
 * A bounded part of a long text that still represents all of it: up to `windows` windows of
 * `window` code units, spread evenly from its start to its end and cut at white space (looking a
 * short way only, so no window starts or ends mid-word where it can help it). Texts of at most
 * `windows × window` code units come back whole. Readers whose answer is about the text as a whole
 * (its language) use it to cost a bounded amount of work on any input.
 *
 * @param text - Any text.
 * @param windows - How many windows to take (at least 1).
 * @param window - The length of each window in UTF-16 code units (at least 1).
 * @returns The text itself, or its windows joined by single spaces.
 * @example
 * ```ts
 * evenSample('one two three four five six seven eight nine ten', 2, 9) // 'one two nine ten'
 * ```
 */
export function evenSample(text: string, windows: number, window: number): string {
  if (text.length <= windows * window) return text;
  if (windows <= 1) return text.slice(0, trimEnd(text, window));
  const parts: string[] = [];
  const stride = (text.length - window) / (windows - 1);
  for (let w = 0; w < windows; w++) {
    let start = Math.floor(w * stride);
    for (let k = 0; k < MAX_SHIFT && start > 0 && !isSpaceCode(text.charCodeAt(start - 1)); k++) start++;
    const end = trimEnd(text, Math.floor(w * stride) + window);
    parts.push(text.slice(start, Math.max(start, end)));
  }
  return parts.join(' ');
}

/** How far a window's edge moves to reach white space. */
const MAX_SHIFT = 32;

/** `end` moved back to white space (a short way at most). */
function trimEnd(text: string, end: number): number {
  let cut = Math.min(text.length, end);
  for (let k = 0; k < MAX_SHIFT && cut < text.length && !isSpaceCode(text.charCodeAt(cut)); k++) cut--;
  return cut;
}
