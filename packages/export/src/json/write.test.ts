import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/sample-dataset.js';
import { DatasetInvalidError } from './validate.js';
import { createJsonWriter } from './write.js';

const writer = createJsonWriter();
const folder = () => mkdtemp(join(tmpdir(), 'dukien-json-'));

describe('dataset.json', () => {
  it('reads back equal to the dataset and passes the committed schema', async () => {
    const path = join(await folder(), 'dataset.json');
    await writer.writeDataset(path, sampleDataset());
    const back = JSON.parse(await readFile(path, 'utf8'));
    expect(back).toEqual(sampleDataset());
    expect(writer.check(back)).toEqual([]);
  });

  it('writes an empty dataset as valid JSON', async () => {
    const path = join(await folder(), 'dataset.json');
    const empty = { ...sampleDataset(), documents: [], facts: [] };
    await writer.writeDataset(path, empty);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(empty);
  });

  it('is byte-identical when written twice', async () => {
    const dir = await folder();
    await writer.writeDataset(join(dir, 'a.json'), sampleDataset());
    await writer.writeDataset(join(dir, 'b.json'), sampleDataset());
    expect(await readFile(join(dir, 'a.json'))).toEqual(await readFile(join(dir, 'b.json')));
  });

  it('never writes a failing dataset, and names the fact and the field', async () => {
    const dir = await folder();
    const path = join(dir, 'dataset.json');
    await writeFile(path, 'previous');
    const bad = sampleDataset();
    const quantity = bad.facts.find((f) => f.kind === 'quantity')!;
    (quantity as unknown as { value: unknown }).value = '45';
    const failure = await writer.writeDataset(path, bad).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatasetInvalidError);
    const problems = (failure as DatasetInvalidError).problems;
    const index = bad.facts.indexOf(quantity);
    expect(problems).toEqual([
      {
        code: 'schema',
        severity: 'error',
        message: `fact ${quantity.id}: value must be number`,
        documentId: quantity.documentId,
        source: null,
        factId: quantity.id,
        start: quantity.evidence.start,
        end: quantity.evidence.end,
        path: `/facts/${index}/value`,
      },
    ]);
    expect((failure as Error).message).toContain(`/facts/${index}/value`);
    expect(await readFile(path, 'utf8')).toBe('previous');
  });

  it('names an unknown field and a bad document field', () => {
    const bad = sampleDataset() as unknown as {
      facts: Record<string, unknown>[];
      documents: Record<string, unknown>[];
    };
    bad.facts[0]!.confidence = 0.9;
    bad.documents[1]!.date = '2024-13';
    const problems = writer.check(bad);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        '/documents/1/date',
        `document ${bad.documents[1]!.id}: date must match pattern "^\\d{4}-(0[1-9]|1[0-2])$"`,
      ],
      ['/facts/0', `fact ${bad.facts[0]!.id}: the object must NOT have additional properties (confidence)`],
    ]);
  });
});

describe('JSON lines', () => {
  it('writes one fact and one document per line', async () => {
    const dir = await folder();
    const dataset = sampleDataset();
    await writer.writeFacts(join(dir, 'facts.jsonl'), dataset.facts);
    await writer.writeDocuments(join(dir, 'documents.jsonl'), dataset.documents);
    const facts = (await readFile(join(dir, 'facts.jsonl'), 'utf8')).split('\n');
    expect(facts.pop()).toBe('');
    expect(facts.map((line) => JSON.parse(line))).toEqual(dataset.facts);
    const docs = (await readFile(join(dir, 'documents.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(docs.map((line) => JSON.parse(line))).toEqual(dataset.documents);
  });

  it('writes an empty file for no facts', async () => {
    const path = join(await folder(), 'facts.jsonl');
    await writer.writeFacts(path, []);
    expect(existsSync(path)).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('');
  });
});
