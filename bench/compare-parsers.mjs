// CPU time per article of one parser build over 800 articles of the 10 MB extract corpus:
//   node bench/compare-parsers.mjs <path to a packages/parser/dist/index.js>
// Run it in turns on two builds (an older commit checked out with `git worktree add` and built
// with `npx tsc -b` in its packages/parser) to tell a change of the rules from the machine's
// own variation. Run `node bench/extract.mjs --mb 10` once first: it writes the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const which = resolve(process.argv[2] ?? 'packages/parser/dist/index.js');
const { parseDocument } = await import(which);
const dir = 'bench/corpus/extract-10mb';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 800)
  .map((f) => [f, readFileSync(`${dir}/${f}`)]);
for (const [f, b] of files.slice(0, 100)) parseDocument(b, { source: f });
const before = process.cpuUsage();
for (const [f, b] of files) parseDocument(b, { source: f });
const used = process.cpuUsage(before);
console.log(which, ((used.user + used.system) / 1000 / files.length).toFixed(2), 'ms CPU per article');
