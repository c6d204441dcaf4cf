#!/usr/bin/env node
// npm run eval: scores the parser against every seeds/*.facts.json and against
// generated articles whose facts are known by construction. Prints precision,
// recall and value accuracy per kind against the targets of issue 3; always
// exits 0 (targets are reported, not asserted).
//
//   node bench/eval.mjs [--synthetic N] [--seed S] [--verbose] [--json out.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FACT_KINDS } from '@dukien/core';
import * as parser from '@dukien/parser';
import { generateArticle, scoreDocument, summarize } from '@dukien/parser/synthetic';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = join(ROOT, 'seeds');

const { values: args } = parseArgs({
  options: {
    synthetic: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const syntheticCount = Number(args.synthetic);
const firstSeed = Number(args.seed);

// Until the parser exports parseDocument, score an empty parser so the table still prints.
const parse =
  typeof parser.parseDocument === 'function'
    ? parser.parseDocument
    : (() => {
        console.warn('@dukien/parser has no parseDocument yet: scoring a parser that finds nothing');
        return () => ({ document: null, facts: [], problems: [] });
      })();

function run(bytes, source, id) {
  try {
    return parse(bytes, { source, id });
  } catch (error) {
    return {
      document: null,
      facts: [],
      problems: [{ code: 'internal', message: String(error?.stack ?? error) }],
    };
  }
}

/** Scores one document and keeps what --verbose prints. */
function score(id, reference, bytes, source) {
  const result = run(bytes, source, id);
  const crashed = result.problems.filter((p) => p.code === 'internal');
  return { ...scoreDocument(id, reference, result.facts), crashed };
}

function seedScores() {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.facts.json'))
    .sort();
  return files.map((file) => {
    const dataset = JSON.parse(readFileSync(join(SEEDS, file), 'utf8'));
    const doc = dataset.documents[0];
    const bytes = readFileSync(join(SEEDS, doc.source));
    return score(doc.id, dataset.facts, bytes, doc.source);
  });
}

function syntheticScores() {
  const out = [];
  for (let i = 0; i < syntheticCount; i++) {
    const article = generateArticle(firstSeed + i);
    const doc = article.facts.documents[0];
    out.push(score(doc.id, article.facts.facts, article.bytes, article.fileName));
  }
  return out;
}

const pct = (x) => (x === null ? '    —' : `${(100 * x).toFixed(1).padStart(5)}`);
const mark = (ok) => (ok ? '✓' : '✗');

function printSummary(title, summary) {
  console.log(`\n${title} (${summary.documents} documents)`);
  console.log('kind           ref   pred  precision  recall   span P  span R  target');
  for (const kind of FACT_KINDS) {
    const k = summary.kinds[kind];
    console.log(
      `${kind.padEnd(13)} ${String(k.reference).padStart(4)} ${String(k.predicted).padStart(6)}` +
        `     ${pct(k.precision)}   ${pct(k.recall)}    ${pct(k.spanPrecision)}   ${pct(k.spanRecall)}` +
        `  ${mark(k.meetsTarget)} ≥${k.target}`,
    );
  }
  const v = summary.valueAccuracy;
  console.log(
    `value accuracy (quantities, ${v.correct}/${v.compared} span-matched with same value and unit): ${pct(v.accuracy)}  ${mark(v.meetsTarget)} ≥${v.target}`,
  );
  const of = (n, total) => pct(total === 0 ? null : n / total).trim();
  const f = summary.indicatorFields;
  console.log(
    `indicators found (${f.compared}) with the same subject ${of(f.subject, f.compared)}, period ${of(f.period, f.compared)}, status ${of(f.status, f.compared)}, span ${of(f.span, f.compared)} (no target)`,
  );
  const d = summary.details;
  console.log(
    `people found (${d.people}) with the same titles ${of(d.agree['person.titles'], d.people)}, rank ${of(d.agree['person.rank'], d.people)}; organizations found (${d.organizations}) with the same type ${of(d.agree['organization.type'], d.organizations)} (no target)`,
  );
}

const describe = (f) => {
  const { id, documentId, evidence, kind, ...fields } = f;
  return `${kind} "${evidence.text}" [${evidence.start}-${evidence.end}] ${JSON.stringify(fields)}`;
};

function printDetails(title, scores) {
  console.log(`\n== ${title}: misses (reference not found), false positives, wrong fields ==`);
  for (const s of scores) {
    if (
      !s.misses.length &&
      !s.falsePositives.length &&
      !s.crashed.length &&
      !s.indicatorFieldMismatches.length &&
      !s.detailMismatches.length
    )
      continue;
    console.log(`\n# ${s.documentId}`);
    for (const p of s.crashed) console.log(`  CRASH ${p.message}`);
    const wrong = new Set(s.mismatches.flatMap((m) => [m.reference, m.predicted]));
    for (const m of s.mismatches)
      console.log(`  WRONG ${describe(m.reference)}\n     got ${describe(m.predicted)}`);
    for (const f of s.misses) if (!wrong.has(f)) console.log(`  MISS  ${describe(f)}`);
    for (const f of s.falsePositives) if (!wrong.has(f)) console.log(`  FALSE ${describe(f)}`);
    for (const m of [...s.indicatorFieldMismatches, ...s.detailMismatches])
      console.log(`  FIELD ${describe(m.reference)}\n     got ${describe(m.predicted)}`);
  }
}

const seeds = seedScores();
const synthetic = syntheticScores();
const seedSummary = summarize(seeds);
const syntheticSummary = summarize(synthetic);
if (args.verbose) {
  printDetails('seeds', seeds);
  printDetails('synthetic', synthetic);
}
printSummary('Seeds (seeds/*.facts.json)', seedSummary);
printSummary(`Synthetic (seeds ${firstSeed}..${firstSeed + syntheticCount - 1})`, syntheticSummary);
const crashes = [...seeds, ...synthetic].filter((s) => s.crashed.length).length;
if (crashes) console.log(`\n${crashes} documents made the parser crash (see --verbose)`);

if (args.json) {
  writeFileSync(
    args.json,
    `${JSON.stringify({ seeds: seedSummary, synthetic: { ...syntheticSummary, seed: firstSeed } }, null, 2)}\n`,
  );
  console.log(`\nwrote ${args.json}`);
}
