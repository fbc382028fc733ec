/** A one-line progress bar redrawn in place on a terminal. */
export interface ProgressBar {
  /** Records one finished file and redraws. */
  tick(failed: boolean): void;
  /** Removes the bar, so the next output starts on a clean line. */
  clear(): void;
}

const WIDTH = 30;

/**
 * A progress bar on `stream` (standard error): `[#####.....] 120/200 files, 2 failed, 35/s`.
 * Draws at most every 50 ms, so thousands of small files do not flood the terminal.
 *
 * @param stream - Where to draw; it must be a terminal.
 * @param total - How many files there are.
 * @returns The bar.
 */
export function progressBar(stream: NodeJS.WriteStream, total: number): ProgressBar {
  const started = performance.now();
  let done = 0;
  let failed = 0;
  let drawnAt = 0;
  let visible = false;
  const draw = (): void => {
    const filled = Math.round((done / total) * WIDTH);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? ` ${(done / seconds).toFixed(0)}/s` : '';
    const failures = failed > 0 ? `, ${failed} failed` : '';
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} files${failures},${rate}`);
    visible = true;
  };
  return {
    tick(isFailure) {
      done++;
      if (isFailure) failed++;
      const now = performance.now();
      if (now - drawnAt >= 50 || done === total) {
        drawnAt = now;
        draw();
      }
    },
    clear() {
      if (visible) stream.write('\r\x1b[K');
      visible = false;
    },
  };
}
