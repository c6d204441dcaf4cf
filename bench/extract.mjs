// `dukien extract` end to end on a generated corpus, beside the floor measured in the same run:
// reading the same files, decoding, NFC and one number regex. Each dukien run is a child
// process under /usr/bin/time, so its peak RSS (workers included) is its own.
//
//   turbo run build && node bench/extract.mjs             # 100 MB corpus (and a 10 MB one)
//   node bench/extract.mjs --mb 20 --small-mb 5           # quicker, smaller
//   node bench/extract.mjs --write                        # also record the figures in bench/RESULTS.md
//
// Corpora are generated once by @dukien/parser/synthetic into bench/corpus/ (gitignored).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '@dukien/parser/synthetic';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const bin = join(root, 'apps/cli/bin/dukien.js');
const outRoot = join(here, 'out', 'extract');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const bigMb = arg('--mb', 100);
const smallMb = arg('--small-mb', 10);
const write = process.argv.includes('--write');

/** A generated corpus of about `mb` MB, made once and kept under bench/corpus/. */
async function corpus(mb) {
  const dir = join(here, 'corpus', `extract-${mb}mb`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`generating ${mb} MB of articles into ${dir} ... `);
    const made = await generateCorpus(dir, { seed: 1, totalBytes: mb * 1e6 });
    writeFileSync(done, JSON.stringify(made));
    console.log(`${made.files} files`);
  }
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => join(dir, n));
  const bytes = JSON.parse(readFileSync(done, 'utf8')).bytes;
  return { dir, files, bytes };
}

/** The floor: what any tool must do to every byte (read, decode, NFC, find numbers). */
function floor({ files, bytes }) {
  const decoder = new TextDecoder('utf-8');
  const number = /\d+(?:[.,]\d+)*/g;
  let found = 0;
  const started = performance.now();
  for (const file of files) {
    const text = decoder.decode(readFileSync(file)).normalize('NFC');
    found += text.match(number)?.length ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, mbps: bytes / 1e6 / seconds, found };
}

/** One `dukien extract` in a child process: wall time and peak RSS. */
function extract(name, dir, bytes, args) {
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  const summaryPath = join(outRoot, `${name}.summary.json`);
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'rss_kb=%M',
      process.execPath,
      bin,
      'extract',
      dir,
      '--out',
      out,
      '--quiet',
      '--summary-json',
      summaryPath,
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`${name}: dukien exited ${run.status}\n${run.stderr}`);
  const rss = Number(/rss_kb=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) * 1024;
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
  // The summary's elapsed time covers reading to the last rename; process start-up is outside it.
  const seconds = summary.elapsedSeconds;
  return {
    name,
    seconds,
    mbps: bytes / 1e6 / seconds,
    rss,
    documents: summary.documents,
    cached: summary.cached,
  };
}

const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const fmt = (n, d = 2) => n.toFixed(d);

const big = await corpus(bigMb);
const small = await corpus(smallMb);
console.log(
  `corpus: ${fmt(big.bytes / 1e6, 1)} MB in ${big.files.length} files; ${fmt(small.bytes / 1e6, 1)} MB in ${small.files.length}; ${availableParallelism()} cores`,
);

floor(big); // once to warm the page cache, as the dukien runs find it
const base = floor(big);
const cache = join(outRoot, 'cache');
rmSync(cache, { recursive: true, force: true });
const runs = {
  jobs1: extract('jobs1', big.dir, big.bytes, ['--format', 'jsonl', '--jobs', '1']),
  jobs2: extract('jobs2', big.dir, big.bytes, ['--format', 'jsonl', '--jobs', '2']),
  small2: extract('small-jobs2', small.dir, small.bytes, ['--format', 'jsonl', '--jobs', '2']),
  cold: extract('cache-cold', big.dir, big.bytes, ['--format', 'jsonl', '--jobs', '2', '--cache', cache]),
  warm: extract('cache-warm', big.dir, big.bytes, ['--format', 'jsonl', '--jobs', '2', '--cache', cache]),
};

const ratios = {
  floorOverJobs1: base.mbps / runs.jobs1.mbps,
  jobs2OverJobs1: runs.jobs2.mbps / runs.jobs1.mbps,
  rssBigOverSmall: runs.jobs2.rss / runs.small2.rss,
  coldOverWarm: runs.cold.seconds / runs.warm.seconds,
};
const check = (ok) => (ok ? 'met' : 'NOT met');
const rows = [
  ['floor: read + NFC + number regex', fmt(base.seconds), fmt(base.mbps), '', ''],
  ...Object.values(runs).map((r) => [
    `dukien extract ${r.name} (jsonl)`,
    fmt(r.seconds),
    fmt(r.mbps),
    Number.isNaN(r.rss) ? 'n/a' : mib(r.rss),
    r.cached ? `${r.cached} cached` : '',
  ]),
];
const table = [
  '| run | seconds | MB/s | peak RSS | note |',
  '| --- | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const targets = [
  `- floor / end-to-end --jobs 1: ${fmt(ratios.floorOverJobs1, 1)}x (target within 8x: ${check(ratios.floorOverJobs1 <= 8)})`,
  `- --jobs 2 / --jobs 1: ${fmt(ratios.jobs2OverJobs1)}x (target >= 1.7x: ${check(ratios.jobs2OverJobs1 >= 1.7)})`,
  `- peak RSS ${bigMb} MB / ${smallMb} MB corpus (--jobs 2): ${fmt(ratios.rssBigOverSmall)}x (target <= 1.5x: ${check(ratios.rssBigOverSmall <= 1.5)})`,
  `- cold / cached re-run: ${fmt(ratios.coldOverWarm, 1)}x (target >= 10x: ${check(ratios.coldOverWarm >= 10)})`,
].join('\n');
console.log(`\n${table}\n\n${targets}`);

if (write) {
  const path = join(here, 'RESULTS.md');
  const section = `## extract\n\n\`node bench/extract.mjs --mb ${bigMb} --small-mb ${smallMb}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores; corpus ${fmt(big.bytes / 1e6, 1)} MB in ${big.files.length} generated articles.\n\n${table}\n\n${targets}\n`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const start = old.indexOf('## extract');
  const next = start < 0 ? -1 : old.indexOf('\n## ', start + 1);
  const updated =
    start < 0
      ? `${old.trimEnd()}\n\n${section}`
      : `${old.slice(0, start)}${section}${next < 0 ? '' : old.slice(next)}`;
  writeFileSync(path, updated);
  console.log(`\nrecorded in ${path}`);
}
rmSync(outRoot, { recursive: true, force: true });
