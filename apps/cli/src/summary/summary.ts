import type { FactKind, Problem } from '@dukien/core';
import type { DocumentOutput } from '../pipeline/task.js';

/** A file that went into no table, and why. */
export interface SkippedFile {
  file: string;
  code: Problem['code'];
  reason: string;
}

/** What a run did, as `--summary-json` writes it. */
export interface RunSummary {
  command: string;
  outDir: string;
  formats: string[];
  jobs: number;
  shard: string | null;
  /** Files looked at (including those skipped). */
  filesRead: number;
  /** Documents written to the dataset. */
  documents: number;
  bytes: number;
  /** Documents served from --cache. */
  cached: number;
  facts: Partial<Record<FactKind, number>>;
  factsTotal: number;
  problems: Partial<Record<Problem['code'], number>>;
  errors: number;
  warnings: number;
  skipped: SkippedFile[];
  files: string[];
  notes: string[];
  elapsedSeconds: number;
  interrupted: boolean;
  exitCode: number;
}

export function emptySummary(command: string, outDir: string, formats: string[], jobs: number): RunSummary {
  return {
    command,
    outDir,
    formats,
    jobs,
    shard: null,
    filesRead: 0,
    documents: 0,
    bytes: 0,
    cached: 0,
    facts: {},
    factsTotal: 0,
    problems: {},
    errors: 0,
    warnings: 0,
    skipped: [],
    files: [],
    notes: [],
    elapsedSeconds: 0,
    interrupted: false,
    exitCode: 0,
  };
}

/** Counts one document's outputs into the summary. */
export function countOutput(
  summary: RunSummary,
  output: DocumentOutput,
  file: string,
  extra: { size?: number; cached?: boolean } = {},
): void {
  summary.filesRead++;
  summary.bytes += extra.size ?? 0;
  if (extra.cached) summary.cached++;
  if (output.written) summary.documents++;
  for (const [kind, n] of Object.entries(output.factCounts) as [FactKind, number][]) {
    summary.facts[kind] = (summary.facts[kind] ?? 0) + n;
    summary.factsTotal += n;
  }
  for (const p of output.problems) {
    summary.problems[p.code] = (summary.problems[p.code] ?? 0) + 1;
    if (p.severity === 'error') summary.errors++;
    else summary.warnings++;
  }
  if (!output.written) {
    const why = output.problems.find((p) => p.severity === 'error') ?? output.problems[0];
    summary.skipped.push({ file, code: why?.code ?? 'unreadable', reason: why?.message ?? 'not read' });
  }
}
