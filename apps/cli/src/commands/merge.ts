import type { Problem } from '@dukien/core';
import type { Command } from 'commander';
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

interface MergeFlags extends RunFlags {
  out?: string;
  format?: string;
  bom?: boolean;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .summary('combine the outputs of shards into one dataset')
    .description(
      'Combines the output folders of `dukien extract --shard i/n` runs into one dataset, byte for ' +
        'byte the one a single run over the whole corpus writes (XLSX aside, whose zip carries ' +
        'times). Each shard folder needs documents.jsonl and facts.jsonl (or dataset.json); its ' +
        'problems.jsonl is merged too. Documents stream through: memory holds one per shard.',
    )
    .argument('<out-dirs...>', 'output folders of the shards')
    .option('-o, --out <dir>', 'output folder of the merged dataset')
    .option('-f, --format <list>', 'comma list of json, jsonl, csv, xlsx', 'json,jsonl,csv,xlsx')
    .option('--bom', 'start CSV files with a UTF-8 byte order mark (Excel on Windows)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--summary-json <file>', 'also write the summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ dukien merge shards/* --out out\n' +
        '    (after: for i in 1 2 3 4; do dukien extract corpus --shard $i/4 --format jsonl --out shards/$i; done)\n\n' +
        'Exit codes: 0 clean, 1 the shards recorded skipped files or failed facts, 2 usage error.',
    )
    .action(async (dirs: string[], flags: MergeFlags) => {
      process.exitCode = await runMerge(dirs, flags);
    });
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
