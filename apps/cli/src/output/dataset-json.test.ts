import { datasetJsonText } from '@dukien/export';
import { describe, expect, it } from 'vitest';
import { DATASET_HEAD } from '../pipeline/generator.js';
import { articlesDataset } from '../test-support/articles.js';
import { datasetJsonFromLines } from './dataset-json.js';

async function* batches(items: unknown[], size: number) {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size).map((x) => JSON.stringify(x));
}

async function text(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

describe('datasetJsonFromLines', () => {
  it("gives the export package's dataset.json bytes, whatever the batching", async () => {
    const dataset = articlesDataset();
    expect(dataset.facts.length).toBeGreaterThan(0);
    const expected = [...datasetJsonText(dataset)].join('');
    for (const size of [1, 3, 1000]) {
      const got = await text(
        datasetJsonFromLines(DATASET_HEAD, batches(dataset.documents, size), batches(dataset.facts, size)),
      );
      expect(got).toBe(expected);
    }
  });
  it('writes an empty dataset as the export package does', async () => {
    const empty = { ...DATASET_HEAD, documents: [], facts: [] };
    const got = await text(datasetJsonFromLines(DATASET_HEAD, batches([], 1), batches([], 1)));
    expect(got).toBe([...datasetJsonText(empty)].join(''));
    expect(JSON.parse(got)).toEqual(empty);
  });
});
