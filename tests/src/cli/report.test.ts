import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dukien, ROOT, tempDir } from './run-cli.js';

const SEED = 'seeds/000_64df843035bf8b4e.facts.json';

describe('dukien report', () => {
  const tmp = tempDir('report');
  afterAll(() => tmp.remove());

  it('writes an index and one page per document with one element per fact', () => {
    const out = join(tmp.dir, 'site');
    const run = dukien(['report', SEED, '--out', out, '--corpus', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/wrote .*index\.html: 1 documents, 141 facts, 0 problem/);
    const dataset = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8')) as { facts: { id: string }[] };
    const [page] = readdirSync(join(out, 'docs'));
    const html = readFileSync(join(out, 'docs', page ?? ''), 'utf8');
    for (const fact of dataset.facts) {
      expect(html.split(`data-fact-id="${fact.id}"`).length - 1, fact.id).toBe(1);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('000_64df843035bf8b4e');
  });

  it('flags a fact whose evidence moved, with its problem message', () => {
    const broken = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8')) as {
      facts: { id: string; evidence: { start: number } }[];
    };
    const fact = broken.facts[5];
    if (!fact) throw new Error('seed has facts');
    fact.evidence.start += 1;
    const file = join(tmp.dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const out = join(tmp.dir, 'broken-site');
    const run = dukien(['report', file, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 problem/);
    const [page] = readdirSync(join(out, 'docs'));
    const html = readFileSync(join(out, 'docs', page ?? ''), 'utf8');
    expect(html).toContain('evidence.text is');
  });

  it('refuses what is not a dataset, writing nothing', () => {
    const file = join(tmp.dir, 'not-a-dataset.json');
    writeFileSync(file, '{"facts": 3}');
    const run = dukien(['report', file, '--out', join(tmp.dir, 'none')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not a dukien dataset/);
    expect(() => readdirSync(join(tmp.dir, 'none'))).toThrow();
  });
});
