// parseDocument on one core beside the floor measured in the same run: reading each file,
// decoding it and NFC (issue 3: "the parser within 5x of the read+NFC floor on one core").
// Also the time to load the parser (gazetteer and lexicons) in a fresh process, which
// every worker thread of `dukien extract` pays once.
//
//   turbo run build && node bench/parser.mjs     # 50 MB corpus
//   node bench/parser.mjs --mb 10                # quicker, smaller
//   node bench/parser.mjs --write                # also record the figures in bench/RESULTS.md
//
// The corpus is generated once by @dukien/parser/synthetic into bench/corpus/ (gitignored).
// Figures are CPU seconds of this process (process.cpuUsage) beside wall seconds: CPU time
// holds up better when other work shares the machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const mb = arg('--mb', 50);
const write = process.argv.includes('--write');

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Wall and CPU seconds of fn(). */
function timed(fn) {
  const wall = performance.now();
  const cpu = cpuSeconds();
  const result = fn();
  return { result, wall: (performance.now() - wall) / 1000, cpu: cpuSeconds() - cpu };
}

// Loading, in a fresh process: importing @dukien/parser reads data/*.json and builds the
// phrase indexes (13,908 administrative units); the first parse shows what is left lazy.
function loadTimes() {
  const script = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
    const c0 = cpu(), w0 = performance.now();
    const { parseDocument } = await import('@dukien/parser');
    const c1 = cpu(), w1 = performance.now();
    parseDocument('Tiêu đề\\n\\nNgày 5/6/2024, UBND tỉnh Bình Phước họp tại huyện Đồng Phú.\\n', { source: 'a.txt' });
    const c2 = cpu(), w2 = performance.now();
    console.log(JSON.stringify({ importCpu: c1 - c0, importWall: w1 - w0, firstCpu: c2 - c1, firstWall: w2 - w1 }));`;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: here });
    runs.push(JSON.parse(out.toString()));
  }
  // The median run, by import CPU time.
  return runs.sort((a, b) => a.importCpu - b.importCpu)[1];
}

/** A generated corpus of about `mb` MB, made once and kept under bench/corpus/parser. */
async function corpus() {
  const dir = join(here, 'corpus', 'parser', `${mb}mb`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    const { generateCorpus } = await import('@dukien/parser/synthetic');
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`generating ${mb} MB of articles into ${dir} ... `);
    const made = await generateCorpus(dir, { seed: 1, totalBytes: mb * 1e6 });
    writeFileSync(done, JSON.stringify(made));
    console.log(`${made.files} files`);
  }
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(dir, n));
  return { dir, files };
}

const load = loadTimes();
const { files } = await corpus();
const { parseDocument } = await import('@dukien/parser');

// Warm the page cache and the parser's code paths, so both timings read from memory.
let bytes = 0;
for (const file of files) bytes += readFileSync(file).length;
for (const file of files.slice(0, 200)) parseDocument(readFileSync(file), { source: 'warm.txt' });

const floor = timed(() => {
  let chars = 0;
  for (const file of files) chars += new TextDecoder().decode(readFileSync(file)).normalize('NFC').length;
  return chars;
});

const parse = timed(() => {
  let facts = 0;
  let problems = 0;
  for (const file of files) {
    const result = parseDocument(readFileSync(file), { source: file.slice(file.lastIndexOf('/') + 1) });
    facts += result.facts.length;
    problems += result.problems.length;
  }
  return { facts, problems };
});

const MB = bytes / 1e6;
const fmt = (n, digits = 2) => n.toFixed(digits);
const rate = (t, kind) => MB / t[kind];
const rows = [
  ['read + decode + NFC (floor)', floor],
  ['parseDocument', parse],
].map(
  ([what, t]) =>
    `| ${what} | ${fmt(t.cpu)} | ${fmt(rate(t, 'cpu'))} | ${fmt(t.wall)} | ${fmt(rate(t, 'wall'))} |`,
);
const table = [
  '| step | CPU s | MB/s (CPU) | wall s | MB/s (wall) |',
  '|------|------:|-----------:|-------:|------------:|',
  ...rows,
].join('\n');
const ratio = parse.cpu / floor.cpu;
const perDoc = (parse.cpu * 1000) / files.length;
const summary = [
  `parseDocument takes ${fmt(ratio, 0)}x the floor's CPU time (target: within 5x); ${fmt(perDoc)} ms CPU per article of ${fmt(bytes / files.length / 1000, 1)} KB on average; ${parse.result.facts} facts, ${parse.result.problems} problems.`,
  `Loading the parser in a fresh process (median of 3): import ${fmt(load.importCpu, 0)} ms CPU (${fmt(load.importWall, 0)} ms wall), then the first parse ${fmt(load.firstCpu, 0)} ms CPU.`,
].join('\n');

console.log(
  `\ncorpus: ${files.length} generated articles, ${fmt(MB, 1)} MB; Node ${process.version}, ${availableParallelism()} cores, load average ${fmt(loadavg()[0], 1)}\n`,
);
console.log(table);
console.log(`\n${summary}`);

if (write) {
  const path = join(here, 'RESULTS.md');
  const section = `## parser\n\n\`node bench/parser.mjs --mb ${mb}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores (load average ${fmt(loadavg()[0], 1)} when it ended); corpus ${fmt(MB, 1)} MB in ${files.length} generated articles, one core.\n\n${table}\n\n${summary}\n`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = old.indexOf('## parser');
  const next = start < 0 ? -1 : old.indexOf('\n## ', start + 1);
  const updated =
    start < 0
      ? `${old.trimEnd()}\n\n${section}`
      : `${old.slice(0, start)}${section}${next < 0 ? '' : old.slice(next)}`;
  writeFileSync(path, updated);
  console.log(`\nrecorded in ${path}`);
}
