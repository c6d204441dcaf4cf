import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../outputs/write.js';
import { sampleDataset } from '../test-support/sample-dataset.js';
import { readCsvDataset } from './read.js';

async function written(bom = false): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'dukien-readback-'));
  await writeOutputs(sampleDataset(), { outDir: out, formats: ['csv'], bom });
  return join(out, 'csv');
}

async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  await writeFile(join(dir, file), text.replace(from, to));
}

describe('readCsvDataset', () => {
  it('gives back the very dataset that was written: dataset -> CSV -> dataset is lossless', async () => {
    const { dataset, problems } = readCsvDataset(await written());
    expect(problems).toEqual([]);
    expect(dataset).toEqual(sampleDataset());
  });

  it('reads files that start with a BOM', async () => {
    const { dataset, problems } = readCsvDataset(await written(true));
    expect(problems).toEqual([]);
    expect(dataset).toEqual(sampleDataset());
  });

  it('points at the cell of a number written with a comma decimal and leaves the row out', async () => {
    const dir = await written();
    await edit(dir, 'quantities.csv', ',8.5,9,%,', ',"8,5",9,%,');
    const { dataset, problems } = readCsvDataset(dir);
    expect(problems).toEqual([
      {
        code: 'schema',
        severity: 'error',
        message: 'value is "8,5"; expected a number with a dot decimal and no grouping ("1272000000", "7.5")',
        documentId: 'qt/2024-03-a',
        source: 'quantities.csv',
        factId: null,
        start: null,
        end: null,
        path: 'quantities.csv!F5',
      },
    ]);
    expect(dataset!.facts).toHaveLength(sampleDataset().facts.length - 1);
  });

  it('checks edited values against the schema, naming the fact and the cell', async () => {
    const dir = await written();
    await edit(dir, 'quantities.csv', ',exact,9,10,', ',roughly,9,10,');
    const { problems } = readCsvDataset(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'schema',
      documentId: 'qt/2024-03-a',
      factId: expect.stringMatching(/^qt\/2024-03-a:quantity:/),
      path: 'quantities.csv!J3',
    });
    expect(problems[0]!.message).toMatch(/^approx: /);
  });

  it('reads flags a spreadsheet saved as FALSE and columns it moved', async () => {
    const dir = await written();
    const text = await readFile(join(dir, 'times.csv'), 'utf8');
    const [header, ...rows] = text.trimEnd().split('\r\n');
    const swap = (line: string) => {
      const cells = line.split(',');
      return [cells.at(-1)!.toUpperCase(), ...cells.slice(0, -1)].join(',');
    };
    await writeFile(join(dir, 'times.csv'), [swap(header!).toLowerCase(), ...rows.map(swap)].join('\r\n'));
    const { dataset, problems } = readCsvDataset(dir);
    expect(problems).toEqual([]);
    expect(dataset).toEqual(sampleDataset());
  });

  it('reports a fact of a document that is not there, and a repeated fact id', async () => {
    const dir = await written();
    await edit(dir, 'people.csv', 'qt/2024-03-a,', 'qt/2024-03-zz,');
    const text = await readFile(join(dir, 'locations.csv'), 'utf8');
    const lines = text.trimEnd().split('\r\n');
    await writeFile(join(dir, 'locations.csv'), `${[...lines, lines[1]].join('\r\n')}\r\n`);
    const { problems } = readCsvDataset(dir);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_document', 'people.csv!A2'],
      ['duplicate_id', 'locations.csv!B4'],
    ]);
  });

  it('reports a missing column, a missing file and a missing datapackage.json', async () => {
    const dir = await written();
    await edit(dir, 'organizations.csv', ',short_name,', ',short,');
    await rm(join(dir, 'indicators.csv'));
    const { problems } = readCsvDataset(dir);
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      ['schema', 'organizations.csv!1:1', 'organizations.csv lacks the column(s) short_name'],
      ['unreadable', 'indicators.csv', 'indicators.csv is missing'],
    ]);
    await rm(join(dir, 'datapackage.json'));
    const none = readCsvDataset(dir);
    expect(none.dataset).toBeNull();
    expect(none.problems[0]).toMatchObject({ code: 'unreadable', path: 'datapackage.json' });
  });
});
