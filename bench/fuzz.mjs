#!/usr/bin/env node
// The long fuzz run (issue 7): the reader's and the recognizers' fast-check properties with many
// more runs than CI and a new seed each time. The seed is printed first; a failure prints the
// shrunk input, and FUZZ_SEED=<seed> replays it.
//
//   npm run fuzz                         # 5000 runs per property, a random seed
//   FUZZ_RUNS=50000 FUZZ_SEED=42 npm run fuzz
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const runs = process.env.FUZZ_RUNS || '5000';
const seed = process.env.FUZZ_SEED || String(randomInt(2 ** 31 - 1));
const parser = fileURLToPath(new URL('../packages/parser/', import.meta.url));
const files = ['src/read/read-document.fuzz.test.ts', 'src/recognize/recognizers.fuzz.test.ts'];

process.stdout.write(`fuzz: ${runs} runs per property, FUZZ_SEED=${seed}\n`);
const run = spawnSync('npx', ['vitest', 'run', '--testTimeout=0', ...files], {
  cwd: parser,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
if (run.status !== 0) process.stdout.write(`fuzz: failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}\n`);
process.exit(run.status ?? 1);
