#!/usr/bin/env node
// Turns a hand-written notes file (seeds/notes/<id>.notes.json, see seeds/README.md)
// into seeds/<id>.facts.json: it finds each noted text in the canonical article,
// counts code points, and fills the document record. It decides nothing itself.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareFacts, Dataset, factId, offsetMap, SCHEMA_VERSION, uniqueFactIds } from '@dukien/core';

const DEFAULTS = {
  quantity: { valueMax: null, unit: null, per: null, approx: 'exact', ratio: null, change: null },
  time: { start: null, end: null, partOfDay: null, duration: null, relative: false },
  person: { titles: [], rank: null },
  organization: { shortName: null },
  location: { code: null },
  indicator: { unit: null, period: { start: null, end: null }, status: 'actual' },
};

function canonical(bytes) {
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function paragraphsOf(text) {
  const out = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

const notesPath = process.argv[2];
if (!notesPath) {
  console.error('usage: node scripts/facts-from-notes.mjs seeds/notes/<id>.notes.json');
  process.exit(2);
}
const notes = JSON.parse(readFileSync(notesPath, 'utf8'));
const seedsDir = join(dirname(notesPath), '..');
const id = notes.document;
const source = `${id}.txt`;
const bytes = readFileSync(join(seedsDir, source));
const text = canonical(bytes);
const map = offsetMap(text);

const paras = paragraphsOf(text);
const captions = new Set(notes.captions ?? []);
const bylineIndex = notes.byline === false ? -1 : paras.length - 1;
const roles = paras.map((_, i) =>
  i === 0 ? 'title' : i === bylineIndex ? 'byline' : captions.has(i) ? 'caption' : i === 1 ? 'lead' : 'body',
);
const header = text.slice(paras[0].start, paras[0].end).match(/^date (\d{4}-\d{2}) (.*)$/);
if (!header) throw new Error(`${source}: header is not "date YYYY-MM title"`);

let failed = 0;
const facts = notes.facts.map((note, i) => {
  const { kind, text: needle, nth = 1, within, ...fields } = note;
  let from = 0;
  if (within) {
    from = text.indexOf(within);
    if (from < 0) throw new Error(`fact ${i}: "within" text not found: ${within}`);
  }
  let at = from - 1;
  for (let n = 0; n < nth; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) break;
  }
  if (at < 0) {
    console.error(`fact ${i}: occurrence ${nth} of "${needle}" not found`);
    failed++;
    return null;
  }
  const start = map.toCodePoint(at);
  const end = map.toCodePoint(at + needle.length);
  return {
    id: factId(id, kind, start, end),
    documentId: id,
    evidence: { start, end, text: needle },
    kind,
    ...DEFAULTS[kind],
    ...fields,
  };
});
if (failed) process.exit(1);

const toCp = (p) => ({ start: map.toCodePoint(p.start), end: map.toCodePoint(p.end) });
const dataset = {
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'dukien hand-checked notes', version: '1' },
  documents: [
    {
      id,
      source,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      date: header[1],
      title: header[2].trim(),
      byline: bylineIndex >= 0 ? text.slice(paras[bylineIndex].start, paras[bylineIndex].end) : null,
      captions: paras.filter((_, i) => roles[i] === 'caption').map((p) => text.slice(p.start, p.end)),
      paragraphs: paras.map((p, i) => ({ ...toCp(p), role: roles[i] })),
      text,
    },
  ],
  facts: uniqueFactIds(facts.sort(compareFacts)),
};
const parsed = Dataset.safeParse(dataset);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const out = join(seedsDir, `${basename(id)}.facts.json`);
writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
const counts = {};
for (const f of dataset.facts) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
console.log(`wrote ${out}: ${dataset.facts.length} facts`, counts);
