import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus.js';
import { generateArticle } from './generate.js';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  it('writes count articles from consecutive seeds, with their facts when asked', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dukien-corpus-'));
    const summary = await generateCorpus(dir, { seed: 10, count: 3, facts: true });
    expect(summary.files).toBe(3);
    const names = (await readdir(dir)).sort();
    expect(names).toEqual([
      'synthetic_000010.facts.json',
      'synthetic_000010.txt',
      'synthetic_000011.facts.json',
      'synthetic_000011.txt',
      'synthetic_000012.facts.json',
      'synthetic_000012.txt',
    ]);
    const second = generateArticle(11);
    expect(
      Buffer.from(await readFile(join(dir, 'synthetic_000011.txt'))).equals(Buffer.from(second.bytes)),
    ).toBe(true);
    expect(JSON.parse(await readFile(join(dir, 'synthetic_000011.facts.json'), 'utf8'))).toEqual(
      second.facts,
    );
  });

  it('stops once totalBytes are written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dukien-corpus-'));
    const first = generateArticle(1).bytes.length;
    const summary = await generateCorpus(dir, { seed: 1, totalBytes: first + 1 });
    expect(summary.files).toBe(2);
    expect(summary.bytes).toBeGreaterThan(first);
    expect((await readdir(dir)).every((n) => n.endsWith('.txt'))).toBe(true);
  });
});
