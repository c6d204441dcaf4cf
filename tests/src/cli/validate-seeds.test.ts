import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@dukien/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dukien, ROOT, tempDir } from './run-cli.js';

const factsFiles = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.facts.json'));

describe('dukien validate on the seed facts', () => {
  const tmp = tempDir('validate');
  afterAll(() => tmp.remove());

  // One run checks every facts file, as CI would; a process per file would spend its time starting node.
  interface Checked {
    dataset: string;
    valid: boolean;
    counts: { documents: number; facts: number };
    problems: { severity: string; code: string }[];
  }
  let all: { status: number | null; checked: Map<string, Checked> };
  beforeAll(() => {
    const run = dukien([
      'validate',
      ...factsFiles.map((n) => `seeds/${n}`),
      '--corpus',
      'seeds',
      '--format',
      'json',
    ]);
    const checked = new Map<string, Checked>();
    for (const line of run.stdout.split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as Checked;
      checked.set(entry.dataset, entry);
    }
    all = { status: run.status, checked };
  }, 600_000);

  it('exits 0 for the whole seed corpus, one JSON line per facts file', () => {
    expect(all.status).toBe(0);
    expect(all.checked.size).toBe(factsFiles.length);
  });

  // A warning may stay: a district dissolved before the gazetteer keeps the code it had (seeds/README.md).
  it.each(factsFiles)('%s is grounded in its article', (name) => {
    const entry = all.checked.get(`seeds/${name}`);
    expect(entry?.valid).toBe(true);
    expect(entry?.counts.documents).toBe(1);
    expect(entry?.counts.facts).toBeGreaterThan(0);
    expect(entry?.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports each of several datasets on its own and exits 1 when one of them is broken', () => {
    const dataset = JSON.parse(
      readFileSync(join(ROOT, 'seeds', '000_64df843035bf8b4e.facts.json'), 'utf8'),
    ) as Dataset;
    dataset.facts[0]!.evidence.end += 1;
    const broken = join(tmp.dir, 'broken.facts.json');
    writeFileSync(broken, JSON.stringify(dataset, null, 2));
    const first = `seeds/${factsFiles[0]}`;
    const last = `seeds/${factsFiles[factsFiles.length - 1]}`;
    const run = dukien(['validate', first, broken, last, '--corpus', 'seeds']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${first}: `);
    expect(run.stdout).toContain(`${last}: `);
    expect(run.stdout).toMatch(/\n[1-9]\d* error\(s\), \d+ warning\(s\) in /);
    expect(run.stdout).toContain(` in ${broken} (`);
    expect(run.stdout.indexOf(first)).toBeLessThan(run.stdout.indexOf(broken));
    expect(run.stdout.indexOf(broken)).toBeLessThan(run.stdout.lastIndexOf(last));
  });

  it('warns, exiting 0, when a place carries the code of another unit', () => {
    const dataset = JSON.parse(
      readFileSync(join(ROOT, 'seeds', '000_64df843035bf8b4e.facts.json'), 'utf8'),
    ) as Dataset;
    const place = dataset.facts.find(
      (f) => f.kind === 'location' && f.type === 'province' && f.code !== '01',
    )!;
    if (place.kind !== 'location') throw new Error('no province in the seed');
    place.code = '01';
    const copy = join(tmp.dir, 'recoded.facts.json');
    writeFileSync(copy, JSON.stringify(dataset, null, 2));
    const run = dukien(['validate', copy, '--corpus', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /warning code_mismatch +fact \S+: code 01 of province "[^"]+" is thành phố Hà Nội/,
    );
    expect(run.stdout).toContain('0 error(s), 1 warning(s)');
  });

  it('exits 1 for a copy with one evidence.start moved by one, naming the fact, its document and both texts', () => {
    const dataset = JSON.parse(
      readFileSync(join(ROOT, 'seeds', '000_64df843035bf8b4e.facts.json'), 'utf8'),
    ) as Dataset;
    const fact = dataset.facts.find((f) => f.evidence.end - f.evidence.start > 3)!;
    const document = dataset.documents.find((d) => d.id === fact.documentId)!;
    fact.evidence.start += 1;
    const moved = Array.from(document.text).slice(fact.evidence.start, fact.evidence.end).join('');
    const copy = join(tmp.dir, 'moved.facts.json');
    writeFileSync(copy, JSON.stringify(dataset, null, 2));
    const run = dukien(['validate', copy, '--corpus', 'seeds']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(fact.id);
    expect(run.stdout).toContain(document.id);
    expect(run.stdout).toContain(JSON.stringify(fact.evidence.text));
    expect(run.stdout).toContain(JSON.stringify(moved));
    expect(run.stdout).toContain('evidence_mismatch');
  });

  it('validates the CSV folder extract writes, and points an edited cell at its row and column', () => {
    const out = join(tmp.dir, 'out');
    expect(dukien(['extract', 'seeds', '--out', out, '--format', 'csv', '--quiet']).status).toBe(0);
    const clean = dukien(['validate', join(out, 'csv'), '--corpus', 'seeds']);
    expect(clean.stdout).toMatch(/are grounded/);
    expect(clean.status).toBe(0);
    // Change one quantity's evidence text in row 2 of quantities.csv.
    const path = join(out, 'csv', 'quantities.csv');
    const lines = readFileSync(path, 'utf8').split('\r\n');
    const header = lines[0]!.split(',');
    const evidence = header.indexOf('evidence');
    const cells = lines[1]!.split(',');
    expect(cells[evidence]).toMatch(/^[^"]+$/);
    cells[evidence] = `${cells[evidence]}x`;
    lines[1] = cells.join(',');
    writeFileSync(path, lines.join('\r\n'));
    const edited = dukien(['validate', join(out, 'csv'), '--corpus', 'seeds']);
    expect(edited.status).toBe(1);
    const column = String.fromCharCode(65 + evidence);
    expect(edited.stdout).toContain(`quantities.csv!${column}2`);
    expect(edited.stdout).toMatch(/seeds\/000_64df843035bf8b4e\.txt:\d+:\d+ +error evidence_mismatch/);
    // Three CLI runs over the whole seed corpus: about 70 s on an idle 2-core machine at 2,209 seeds,
    // twice that on a loaded one; the limit only guards against a hang.
  }, 300_000);
});
