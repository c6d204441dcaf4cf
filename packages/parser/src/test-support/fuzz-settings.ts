/**
 * fast-check settings for the fuzz properties. In CI: a fixed seed and a few hundred runs, so a
 * failure is the same on every machine and the suite stays fast. `npm run fuzz` (bench/fuzz.mjs)
 * sets FUZZ_RUNS for many more runs and FUZZ_SEED for a new seed each time; fast-check prints
 * the seed and the shrunk input of a failure, to replay it with FUZZ_SEED.
 */
export function fuzzSettings(seed: number, numRuns: number): { seed: number; numRuns: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const fixed = process.env.FUZZ_SEED;
  return {
    seed: fixed !== undefined && fixed !== '' ? Number(fixed) : seed,
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : numRuns,
  };
}
