import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from './corpus.js';
import { dukien, readTree, tempDir } from './run-cli.js';

// Byte-for-byte comparisons of whole output folders; xlsx is left out of these runs (its zip
// carries times) and problems.jsonl, the CSV tables and dataset.json are all compared.
const FORMATS = ['--format', 'json,jsonl,csv'];

describe('extract output depends on the corpus only', () => {
  const tmp = tempDir('repro');
  const corpus = join(tmp.dir, 'corpus');
  const out = (name: string) => join(tmp.dir, name);
  let ids: string[] = [];
  let whole: Map<string, string>;

  beforeAll(async () => {
    ids = await makeCorpus(corpus, 24);
    const run = dukien(['extract', corpus, '--out', out('jobs1'), '--jobs', '1', '--quiet', ...FORMATS]);
    expect(run.stderr).toBe('');
    whole = readTree(out('jobs1'));
  }, 300_000);
  afterAll(() => tmp.remove());

  it('writes one document per article, ids being paths under the input folder', () => {
    const documents = (whole.get('documents.jsonl') ?? '').split('\n').filter(Boolean);
    expect(documents.map((line) => JSON.parse(Buffer.from(line, 'latin1').toString('utf8')).id)).toEqual(ids);
    expect(ids.some((id) => id.startsWith('generated/'))).toBe(true);
    expect(ids.some((id) => id.startsWith('seeds/'))).toBe(true);
  });

  it('gives the same bytes with --jobs 1 and --jobs 2', () => {
    const run = dukien(['extract', corpus, '--out', out('jobs2'), '--jobs', '2', '--quiet', ...FORMATS]);
    expect(run.status).toBe(0);
    expect(readTree(out('jobs2'))).toEqual(whole);
  }, 300_000);

  it('gives the same bytes from two shards merged as from one whole run', () => {
    const shards = ['1/2', '2/2'].map((shard, i) => {
      const dir = out(`shard${i + 1}`);
      const run = dukien(['extract', corpus, '--out', dir, '--shard', shard, '--format', 'jsonl', '--quiet']);
      expect(run.status).toBe(0);
      return dir;
    });
    const parts = shards.map(
      (dir) => (readTree(dir).get('documents.jsonl') ?? '').split('\n').filter(Boolean).length,
    );
    // Both shards hold part of the corpus, and together all of it.
    expect(parts.every((n) => n > 0)).toBe(true);
    expect(parts[0]! + parts[1]!).toBe(ids.length);
    const merged = dukien(['merge', ...shards, '--out', out('merged'), ...FORMATS]);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(readTree(out('merged'))).toEqual(whole);
  }, 300_000);

  it('gives the same bytes from a cached re-run as from a cold run, and the re-run parses nothing', () => {
    const cache = out('cache');
    const cold = dukien([
      'extract',
      corpus,
      '--out',
      out('cold'),
      '--cache',
      cache,
      ...FORMATS,
      '--summary-json',
      out('cold.json'),
    ]);
    expect(cold.status).toBe(0);
    const warm = dukien([
      'extract',
      corpus,
      '--out',
      out('warm'),
      '--cache',
      cache,
      ...FORMATS,
      '--summary-json',
      out('warm.json'),
    ]);
    expect(warm.status).toBe(0);
    expect(readTree(out('cold'))).toEqual(whole);
    expect(readTree(out('warm'))).toEqual(whole);
    const summary = (name: string) => JSON.parse(readTree(tmp.dir).get(name) ?? '{}');
    expect(summary('cold.json').cached).toBe(0);
    expect(summary('warm.json').cached).toBe(ids.length);
  }, 300_000);

  it('does not depend on the order the inputs are named in', () => {
    const run = dukien([
      'extract',
      join(corpus, 'seeds'),
      join(corpus, 'generated'),
      '--out',
      out('split'),
      '--jobs',
      '1',
      '--quiet',
      ...FORMATS,
    ]);
    const again = dukien([
      'extract',
      join(corpus, 'generated'),
      join(corpus, 'seeds'),
      '--out',
      out('split2'),
      '--jobs',
      '1',
      '--quiet',
      ...FORMATS,
    ]);
    expect(run.status).toBe(0);
    expect(again.status).toBe(0);
    expect(readTree(out('split2'))).toEqual(readTree(out('split')));
  }, 300_000);
});
