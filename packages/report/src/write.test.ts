import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from './core.js';
import { sampleDataset, sampleDocument, sampleFact } from './test-support/sample.js';
import { writeReport } from './write.js';

const a = sampleDocument('qt/2024-03-a', '<script>alert(1)</script>\n\nTỉnh Quảng Trị có 3 dự án.');
const b = sampleDocument('dn-b', '=HYPERLINK("http://x","y")\n\nUBND tỉnh Đồng Nai.');
const facts = [
  sampleFact(a, 'location', 'Quảng Trị'),
  sampleFact(a, 'quantity', '3 dự án', { value: 3, unit: 'dự án' }),
  sampleFact(b, 'organization', 'UBND tỉnh Đồng Nai'),
  { ...sampleFact(b, 'location', 'Đồng Nai'), documentId: 'missing' },
];
const problem = (documentId: string | null, message: string): Problem => ({
  code: 'source_missing',
  severity: 'error',
  message,
  documentId,
  source: null,
  factId: null,
  start: null,
  end: null,
  path: null,
});

const out = await mkdtemp(join(tmpdir(), 'dukien-report-'));
afterAll(() => rm(out, { recursive: true, force: true }));

describe('writeReport', () => {
  it('writes the index and one page per document under docs/', async () => {
    await writeReport(
      sampleDataset([a, b], facts),
      [problem('dn-b', 'gone'), problem(null, 'no file x')],
      out,
    );
    expect((await readdir(out)).sort()).toEqual(['docs', 'index.html']);
    expect((await readdir(join(out, 'docs'))).sort()).toEqual(['dn-b.html', 'qt~2F2024-03-a.html']);
  });

  it('lists each document on the index with its counts, links and problems, text escaped', async () => {
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="docs/qt~2F2024-03-a.html">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    expect(index).toContain('href="docs/dn-b.html">=HYPERLINK("http://x","y")</a>');
    expect(index).not.toContain('<script>alert');
    expect(index).toContain('2 documents · 3 facts · 3 problems');
    expect(index).toContain('no file x');
    expect(index).toContain('1 facts name a document the dataset does not hold');
  });

  it('keeps the index free of article text, which lives on the document pages', async () => {
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).not.toContain('có 3 dự án');
    const page = await readFile(join(out, 'docs', 'qt~2F2024-03-a.html'), 'utf8');
    expect(page).toContain('href="../index.html"');
    expect(page).toContain('>3 dự án</span>');
  });
});
