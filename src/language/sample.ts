/**
 * Long inputs are sampled so detection stays fast and linear: up to {@link WINDOWS} windows of
 * {@link WINDOW} code units, spread evenly over the text and cut at white space.
 */
import { isSpaceCode } from '../text/span.js';

const WINDOW = 512;
const WINDOWS = 8;

/**
 * The part of a text the detector reads: the whole text when short, else evenly spread windows.
 *
 * @param text - Any text.
 * @returns The text itself or its windows joined by spaces.
 */
export function sampleText(text: string): string {
  if (text.length <= WINDOW * WINDOWS) return text;
  const parts: string[] = [];
  const stride = (text.length - WINDOW) / (WINDOWS - 1);
  for (let w = 0; w < WINDOWS; w++) {
    let start = Math.floor(w * stride);
    let end = Math.min(text.length, start + WINDOW);
    // Cut at white space (looking a short way only) so no window starts or ends mid-word.
    for (let k = 0; k < 32 && start > 0 && !isSpaceCode(text.charCodeAt(start - 1)); k++) start++;
    for (let k = 0; k < 32 && end < text.length && !isSpaceCode(text.charCodeAt(end)); k++) end--;
    parts.push(text.slice(start, Math.max(start, end)));
  }
  return parts.join(' ');
}
