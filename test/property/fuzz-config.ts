/**
 * How hard the property tests push: a fixed seed and a bounded number of runs in `npm test`;
 * `npm run fuzz` sets FUZZ_RUNS (and a fresh seed unless FUZZ_SEED is given) to run them longer.
 */
const fuzzing = process.env.FUZZ_RUNS !== undefined;

export const FUZZ = {
  numRuns: fuzzing ? Number(process.env.FUZZ_RUNS) : 40,
  seed: process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : fuzzing ? Date.now() % 2 ** 31 : 20261127,
  /** Per-test time limit: generous when fuzzing, since runs scale with FUZZ_RUNS. */
  timeout: fuzzing ? 3_600_000 : 30_000,
};
