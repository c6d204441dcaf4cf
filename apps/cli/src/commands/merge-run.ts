import type { Problem } from '@dukien/core';
import { UsageError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { mergeDocuments } from '../merge/merge-documents.js';
import { openShard } from '../merge/shard-documents.js';
import { parseFormats } from '../options/formats.js';
import { abortOpenSinks, OutputSink } from '../output/sink.js';
import { csvRecords } from '../pipeline/serialize.js';
import type { DocumentOutput } from '../pipeline/task.js';
import { countOutput, emptySummary } from '../summary/summary.js';
import { finishRun, type RunFlags } from './finish-run.js';

export interface MergeFlags extends RunFlags {
  out?: string;
  format?: string;
  bom?: boolean;
}

export async function runMerge(dirs: string[], flags: MergeFlags): Promise<number> {
  const started = performance.now();
  if (!flags.out) throw new UsageError('--out <dir> is required: the folder to write the merged dataset to');
  const formats = parseFormats(flags.format);
  const shards = dirs.map(openShard);
  const summary = emptySummary('merge', flags.out, formats, 1);
  const sink = new OutputSink({ outDir: flags.out, formats, bom: flags.bom === true });
  const stopListening = onInterrupt(abortOpenSinks);
  const csv = formats.includes('csv');
  const written = new Set<string>();
  try {
    for await (const merged of mergeDocuments(shards)) {
      const output: DocumentOutput = {
        written: true,
        documentLine: merged.documentLine,
        factLines: merged.factLines,
        csv: csv ? csvRecords(merged.document, merged.facts) : null,
        factCounts: {},
        problems: [],
        positions: [],
      };
      for (const fact of merged.facts) output.factCounts[fact.kind] = (output.factCounts[fact.kind] ?? 0) + 1;
      sink.write(output);
      countOutput(summary, output, merged.document.source);
      written.add(merged.document.id);
    }
    const problems: Problem[] = (await Promise.all(shards.map((s) => s.problems()))).flat();
    countProblems(summary, problems, written);
    const finished = await sink.finish(problems);
    summary.files = finished.files;
    summary.notes = finished.notes;
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    stopListening();
  }
  return finishRun(summary, started, flags, null);
}

/** Problems into the summary; a document with an error that no shard wrote was a skipped file. */
function countProblems(
  summary: ReturnType<typeof emptySummary>,
  problems: readonly Problem[],
  written: ReadonlySet<string>,
): void {
  const skipped = new Set<string>();
  for (const p of problems) {
    summary.problems[p.code] = (summary.problems[p.code] ?? 0) + 1;
    if (p.severity === 'error') summary.errors++;
    else summary.warnings++;
    const id = p.documentId ?? p.source ?? '';
    if (p.severity === 'error' && !written.has(id) && !skipped.has(id)) {
      skipped.add(id);
      summary.filesRead++;
      summary.skipped.push({ file: p.source ?? id, code: p.code, reason: p.message });
    }
  }
}
