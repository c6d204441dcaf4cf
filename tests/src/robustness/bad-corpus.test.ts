import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BadCorpus, makeBadCorpus } from '../../fixtures/make-bad-corpus.mjs';
import { type Finished, runDukien, STACK_LINE, tempDir } from './cli.js';

interface Summary {
  documents: number;
  exitCode: number;
  skipped: { file: string; code: string; reason: string }[];
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('dukien extract over a corpus of broken and hostile files', () => {
  const tmp = tempDir('bad-corpus');
  const out = join(tmp.dir, 'out');
  const summaryPath = join(tmp.dir, 'summary.json');
  let corpus: BadCorpus;
  let run: Finished;
  let summary: Summary;

  beforeAll(() => {
    corpus = makeBadCorpus(join(tmp.dir, 'corpus'));
    run = runDukien([
      'extract',
      corpus.dir,
      '--out',
      out,
      '--format',
      'jsonl',
      '--summary-json',
      summaryPath,
    ]);
    summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
  }, 300_000);
  afterAll(() => tmp.remove());

  it('finishes (a FIFO, a folder named *.txt and symlink loops do not hang it) and exits 1', () => {
    expect(run.timedOut).toBe(false);
    expect(run.status).toBe(1);
    expect(summary.exitCode).toBe(1);
  });

  it('writes every good document: each twin, the 5 MB line, the file named in Vietnamese with spaces', () => {
    const ids = lines(join(out, 'documents.jsonl')).map((d: { id: string }) => d.id);
    expect(ids).toEqual(corpus.good);
    expect(summary.documents).toBe(corpus.good.length);
  });

  it('names each bad file in the summary with its problem code and a readable reason', () => {
    const skipped = summary.skipped.map((s) => {
      const id = s.file.slice(corpus.dir.length + 1).replace(/\.txt$/, '');
      return [id, s.code] as const;
    });
    expect(Object.fromEntries(skipped)).toEqual(corpus.bad);
    for (const s of summary.skipped) {
      expect(s.reason.length).toBeGreaterThan(15);
      expect(s.reason).not.toMatch(STACK_LINE);
      expect(s.reason).not.toMatch(/undefined|\[object /);
      // The printed summary names the file and the code too.
      expect(run.stdout).toContain(`${s.file}: ${s.reason} [${s.code}]`);
    }
  });

  it('says why in words a person can act on', () => {
    const reason = (id: string) => summary.skipped.find((s) => s.file.endsWith(`${id}.txt`))?.reason;
    expect(reason('bad/png-renamed')).toMatch(/PNG image/);
    expect(reason('bad/empty')).toMatch(/empty/);
    expect(reason('bad/month-13')).toMatch(/month 13/);
    expect(reason('bad/no-header')).toMatch(/date YYYY-MM/);
    expect(reason('bad/nul-bytes')).toMatch(/NUL byte/);
    expect(reason('bad/invalid-utf8')).toMatch(
      /not UTF-8: invalid byte 0xC3 at byte \d+ \(the rest is UTF-8: a damaged file\?\)/,
    );
    expect(reason('long/article-50mb')).toMatch(/over --max-file-size \(50\.0 MB\)/);
    expect(reason('bad/unreadable')).toMatch(/cannot read the file \(E[A-Z]+\)/);
    expect(reason('bad/fifo')).toBe('is a FIFO, not a regular file');
    expect(reason('bad/folder')).toBe('is a folder named like an article');
    expect(reason('bad/dangling')).toBe('is a link to nothing');
    expect(reason('loops/self-loop')).toBe('is a symlink loop');
  });

  it('lists the same problems in problems.jsonl, one error per bad file', () => {
    const errors = lines(join(out, 'problems.jsonl')).filter(
      (p: { severity: string }) => p.severity === 'error',
    );
    const bySource = Object.fromEntries(
      errors.map((p: { source: string; code: string }) => [p.source.replace(/\.txt$/, ''), p.code]),
    );
    expect(bySource).toEqual(corpus.bad);
  });

  it('passes over what is no article file without naming it as a document', () => {
    const ids = lines(join(out, 'documents.jsonl')).map((d: { id: string }) => d.id);
    for (const entry of corpus.unlisted) expect(ids).not.toContain(entry.replace(/\.txt$/, ''));
  });

  it('refuses a FIFO or a dangling link named directly, saying what it is (exit 2, no hang)', () => {
    const named: [string, string][] = [['bad/dangling.txt', 'is a link to nothing']];
    if (corpus.bad['bad/fifo']) named.push(['bad/fifo.txt', 'is a FIFO, not a regular file']);
    for (const [file, what] of named) {
      const direct = runDukien(['extract', join(corpus.dir, file), '--out', join(tmp.dir, 'direct')], 60_000);
      expect(direct.timedOut).toBe(false);
      expect(direct.status).toBe(2);
      expect(direct.stderr).toContain(`${file} ${what}`);
      expect(direct.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('prints no stack trace', () => {
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
