import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../json/schema.js';
import { DatasetInvalidError } from '../json/validate.js';
import { sampleDataset } from '../test-support/sample-dataset.js';
import { writeOutputs } from './write.js';

const folder = () => mkdtemp(join(tmpdir(), 'dukien-out-'));
const ALL = ['json', 'jsonl', 'csv'] as const;

describe('writeOutputs', () => {
  it('writes every format and lists the files', async () => {
    const out = await folder();
    const problems = [
      {
        code: 'empty' as const,
        severity: 'warning' as const,
        message: 'no text',
        documentId: null,
        source: 'x.txt',
        factId: null,
        start: null,
        end: null,
        path: null,
      },
    ];
    const files = await writeOutputs(sampleDataset(), { outDir: out, formats: ALL, problems });
    expect(files).toEqual([
      'dataset.json',
      'facts.jsonl',
      'documents.jsonl',
      ...[
        'documents',
        'quantities',
        'times',
        'people',
        'organizations',
        'locations',
        'indicators',
        'facts',
      ].map((t) => `csv/${t}.csv`),
      'csv/datapackage.json',
      'csv/load.R',
      'csv/load.py',
      'csv/load.do',
      'problems.jsonl',
    ]);
    for (const file of files) expect(existsSync(join(out, file))).toBe(true);
    expect(JSON.parse(await readFile(join(out, 'problems.jsonl'), 'utf8'))).toEqual(problems[0]);
  });

  it('writes files that read back: JSON through ajv, CSV through csv-parse with as many rows as facts', async () => {
    const out = await folder();
    await writeOutputs(sampleDataset(), { outDir: out, formats: ALL });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const json = JSON.parse(await readFile(join(out, 'dataset.json'), 'utf8'));
    expect(ajv.validate(datasetJsonSchema(), json)).toBe(true);
    const facts: Record<string, string>[] = parse(await readFile(join(out, 'csv', 'facts.csv')), {
      columns: true,
    });
    expect(facts.map((r) => r.fact_id)).toEqual(sampleDataset().facts.map((f) => f.id));
  });

  it('is byte-identical when the same dataset is written twice', async () => {
    const [a, b] = [await folder(), await folder()];
    await writeOutputs(sampleDataset(), { outDir: a, formats: ALL, bom: true });
    await writeOutputs(sampleDataset(), { outDir: b, formats: ALL, bom: true });
    const files = [...(await readdir(a, { recursive: true }))].sort();
    expect(files).toEqual([...(await readdir(b, { recursive: true }))].sort());
    for (const file of files.filter((f) => f.includes('.'))) {
      expect(await readFile(join(a, file)), file).toEqual(await readFile(join(b, file)));
    }
  });

  it('writes nothing at all for a dataset that fails its schema', async () => {
    const out = await folder();
    const bad = sampleDataset();
    bad.facts[0]!.evidence.start = -1;
    await expect(writeOutputs(bad, { outDir: out, formats: ALL })).rejects.toBeInstanceOf(
      DatasetInvalidError,
    );
    expect(await readdir(out)).toEqual([]);
  });
});
