import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@dukien/core';
import { createJsonWriter, readCsvDataset } from '@dukien/export';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, dukien, jsonl, ROOT, tempDir } from './run-cli.js';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).length;

describe('dukien extract seeds', () => {
  const tmp = tempDir('seeds');
  const out = join(tmp.dir, 'out');
  let run: CliRun;
  beforeAll(() => {
    run = dukien(['extract', 'seeds', '--out', out, '--summary-json', join(tmp.dir, 'summary.json')]);
  }, 120_000);
  afterAll(() => tmp.remove());

  it('exits 0 and says what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${SEEDS} of ${SEEDS} files written as documents`);
    expect(run.stdout).toMatch(/facts: \d+ \(.*quantity \d+/);
  });

  it('writes a dataset.json that passes the JSON Schema, with one document per seed article in id order', () => {
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
    expect(createJsonWriter().check(dataset)).toEqual([]);
    const ids = dataset.documents.map((d) => d.id);
    expect(ids).toHaveLength(SEEDS);
    expect(ids).toEqual([...ids].sort());
    expect(ids[0]).toBe('000_64df843035bf8b4e');
    expect(dataset.documents[0]?.source).toBe('000_64df843035bf8b4e.txt');
    expect(dataset.facts.length).toBeGreaterThan(100);
  });

  it('writes JSONL holding the same documents and facts as dataset.json', () => {
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
    expect(jsonl(join(out, 'documents.jsonl'))).toEqual(dataset.documents);
    expect(jsonl(join(out, 'facts.jsonl'))).toEqual(dataset.facts);
    expect(readFileSync(join(out, 'problems.jsonl'), 'utf8')).toBe('');
  });

  it('writes CSV tables with a datapackage.json that read back to the same dataset', () => {
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
    const back = readCsvDataset(join(out, 'csv'));
    expect(back.problems).toEqual([]);
    expect(back.dataset?.documents).toEqual(dataset.documents);
    expect(back.dataset?.facts).toEqual(dataset.facts);
    for (const script of ['load.R', 'load.py', 'load.do'])
      expect(existsSync(join(out, 'csv', script))).toBe(true);
  });

  it('writes the summary as JSON, with facts per kind', () => {
    const summary = JSON.parse(readFileSync(join(tmp.dir, 'summary.json'), 'utf8'));
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
    expect(summary).toMatchObject({
      command: 'extract',
      filesRead: SEEDS,
      documents: SEEDS,
      errors: 0,
      exitCode: 0,
      skipped: [],
    });
    expect(summary.factsTotal).toBe(dataset.facts.length);
    expect(summary.facts.quantity).toBe(dataset.facts.filter((f) => f.kind === 'quantity').length);
  });

  it('writes a workbook that validates against the articles', () => {
    expect(existsSync(join(out, 'dataset.xlsx'))).toBe(true);
    const run = dukien(['validate', join(out, 'dataset.xlsx'), '--corpus', 'seeds']);
    expect(run.stdout).toMatch(/are grounded/);
    expect(run.status).toBe(0);
  }, 120_000);

  it('leaves no temporary files in the output folder', () => {
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
