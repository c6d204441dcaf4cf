import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '@dukien/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBrokenFiles, makeCorpus } from './corpus.js';
import { type CliRun, dukien, jsonl, tempDir } from './run-cli.js';

describe('extract on a corpus with broken files', () => {
  const tmp = tempDir('broken');
  const corpus = join(tmp.dir, 'corpus');
  const out = join(tmp.dir, 'out');
  let good: string[];
  let broken: Record<string, string>;
  let run: CliRun;

  beforeAll(async () => {
    good = await makeCorpus(corpus, 6);
    broken = addBrokenFiles(corpus);
    run = dukien(['extract', corpus, '--out', out, '--format', 'json,jsonl,csv', '--jobs', '2']);
  }, 300_000);
  afterAll(() => tmp.remove());

  it('exits 1 and names each broken file with its reason', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/skipped 3 file\(s\)/);
    expect(run.stdout).toMatch(/binary\.txt: .*NUL byte.* \[binary\]/);
    expect(run.stdout).toMatch(/empty\.txt: .*\[empty\]/);
    expect(run.stdout).toMatch(/no-header\.txt: .*\[header\]/);
  });

  it('prints no stack trace', () => {
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('still writes every good document', () => {
    const documents = jsonl(join(out, 'documents.jsonl')) as { id: string }[];
    expect(documents.map((d) => d.id)).toEqual(good);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(dataset.documents).toHaveLength(good.length);
  });

  it('records the problems, one per broken file, in problems.jsonl', () => {
    const problems = jsonl(join(out, 'problems.jsonl')) as Problem[];
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.source, p.code])).toEqual([
      [broken.binary, 'binary'],
      [broken.empty, 'empty'],
      [broken.header, 'header'],
    ]);
  });

  it('in GitHub Actions, prints annotations and appends a Markdown summary', () => {
    const stepSummary = join(tmp.dir, 'step-summary.md');
    const gh = dukien(['extract', corpus, '--out', join(tmp.dir, 'gh'), '--format', 'jsonl', '--quiet'], {
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: stepSummary },
    });
    expect(gh.status).toBe(1);
    expect(gh.stdout).toMatch(/^::error file=[^,]*broken\/binary\.txt,title=dukien binary::/m);
    const markdown = readFileSync(stepSummary, 'utf8');
    expect(markdown).toMatch(/### dukien extract/);
    expect(markdown).toMatch(/\| .*no-header\.txt \| header \|/);
  }, 300_000);

  it('skips a file over --max-file-size with the reason, and writes the rest', () => {
    const dir = join(tmp.dir, 'sizes');
    const seed = readFileSync(join(corpus, 'seeds', '000_64df843035bf8b4e.txt'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'small.txt'), seed);
    writeFileSync(
      join(dir, 'large.txt'),
      Buffer.concat([seed, ...Array(4).fill(seed.subarray(seed.indexOf(10)))]),
    );
    const limit = `${seed.length + 100}B`;
    const run = dukien([
      'extract',
      dir,
      '--out',
      join(tmp.dir, 'sizes-out'),
      '--format',
      'jsonl',
      '--max-file-size',
      limit,
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/large\.txt: .* is over --max-file-size .*\[too_large\]/);
    expect(
      (jsonl(join(tmp.dir, 'sizes-out', 'documents.jsonl')) as { id: string }[]).map((d) => d.id),
    ).toEqual(['small']);
  }, 300_000);
});
