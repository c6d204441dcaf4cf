#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another, each in its own process so
// their memory figures stay apart. `npm run bench -- parser csv` runs a subset.
// Each prints its own figures beside the baseline it measures in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES = [
  { name: 'parser', script: 'bench/parser.mjs', what: 'parseDocument vs read+NFC floor (issue 3)' },
  {
    name: 'csv',
    script: 'packages/export/bench/export-csv.mjs',
    what: '1M rows to CSV vs a hand-written join (issue 4)',
  },
  { name: 'xlsx', script: 'bench/export-xlsx.mjs', what: 'XLSX vs plain exceljs and SheetJS (issue 4)' },
  {
    name: 'extract',
    script: 'bench/extract.mjs',
    what: 'dukien extract end to end, --jobs 1/2, cache (issue 5)',
  },
];

const wanted = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (wanted.length && !wanted.includes(bench.name)) continue;
  console.log(`\n=== ${bench.name}: ${bench.what}\n`);
  if (!existsSync(bench.script)) {
    console.log(`(skipped: ${bench.script} is not there)`);
    continue;
  }
  const run = spawnSync(process.execPath, [bench.script], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`${bench.name} failed with exit code ${run.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
