import { compareFacts, type Fact, type Problem } from '@dukien/core';
import { parseDocument, validateDataset } from '@dukien/parser';
import { locator } from '../report/locate.js';
import { DATASET_HEAD } from './generator.js';
import { serializeDocument } from './serialize.js';
import { type ArticleRef, failedOutput, problemAt, skippedOutput } from './skipped-output.js';
import type { DocumentOutput } from './task.js';

/**
 * One article through read, parse and validate: its document and the facts that pass the
 * schema and the grounding check, serialized. A fact that fails is left out and its problem
 * kept; a file that yields no valid document is skipped with its problems. Never throws for
 * a bad article; a parser crash becomes an `internal` problem so the run goes on.
 */
export function processDocument(bytes: Uint8Array, ref: ArticleRef, csv: boolean): DocumentOutput {
  let parsed: ReturnType<typeof parseDocument>;
  try {
    parsed = parseDocument(bytes, { source: ref.source, id: ref.id });
  } catch (error) {
    return failedOutput(
      ref,
      'internal',
      `the parser failed on this file: ${(error as Error)?.message ?? error}`,
    );
  }
  const { document } = parsed;
  const problems: Problem[] = [...parsed.problems];
  if (!document) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push(problemAt(ref, 'unreadable', 'no document could be read from this file'));
    }
    return skippedOutput(problems);
  }
  const facts = [...parsed.facts].sort(compareFacts);
  const report = validateDataset({ ...DATASET_HEAD, documents: [document], facts });
  // Paths point into the one-document dataset checked here, which no one sees: drop them.
  const found = report.problems.map((p) => ({ ...p, path: null }));
  if (found.some((p) => p.severity === 'error' && p.factId === null)) {
    return skippedOutput([...problems, ...found]);
  }
  const failed = new Set(found.filter((p) => p.severity === 'error').map((p) => p.factId));
  const kept: Fact[] = failed.size ? facts.filter((f) => !failed.has(f.id)) : facts;
  problems.push(...found);
  const at = problems.some((p) => p.start !== null) ? locator(document.text) : null;
  return {
    written: true,
    ...serializeDocument(document, kept, csv),
    problems,
    positions: problems.map((p) =>
      at && p.start !== null ? { from: at(p.start), to: at(p.end ?? p.start) } : null,
    ),
  };
}
