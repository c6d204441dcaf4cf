import { mkdirSync, readFileSync } from 'node:fs';
import type { Problem } from '@dukien/core';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { discoverInputs } from '../inputs/discover.js';
import { onInterrupt } from '../interrupt.js';
import { parseFormats } from '../options/formats.js';
import { parseJobs } from '../options/jobs.js';
import { parseShard, shardOf } from '../options/shard.js';
import { parseSize } from '../options/size.js';
import { abortOpenSinks, OutputSink } from '../output/sink.js';
import { writeCacheEntry } from '../pipeline/cache.js';
import { codeFingerprint } from '../pipeline/fingerprint.js';
import { runAll } from '../pipeline/run-all.js';
import type { DocumentTask } from '../pipeline/task.js';
import { GithubReport, inGithubActions } from '../summary/github.js';
import { startProgress } from '../summary/progress.js';
import { countOutput, emptySummary } from '../summary/summary.js';
import { finishRun, type RunFlags } from './finish-run.js';

export interface ExtractFlags extends RunFlags {
  out?: string;
  format?: string;
  jobs?: string;
  cache?: string;
  shard?: string;
  maxFileSize: string;
  bom?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .summary('read articles into a dataset of grounded facts')
    .description(
      'Reads every article (files, folders searched recursively for *.txt, globs, or - for one ' +
        'article on standard input), recognizes its facts, validates them against the text, and ' +
        'writes the dataset. Document ids are paths relative to the input folder, without ".txt"; ' +
        'documents are ordered by id, so the output does not depend on the order of the inputs, ' +
        'on --jobs, on --cache or on --shard followed by merge.\n\n' +
        'Outputs in --out: dataset.json (json); documents.jsonl, facts.jsonl (jsonl); csv/*.csv, ' +
        'csv/datapackage.json, csv/load.{R,py,do} (csv); dataset.xlsx (xlsx); problems.jsonl always.\n\n' +
        'Memory: documents stream through the workers and are appended to files as they finish; ' +
        'dataset.json and dataset.xlsx are assembled at the end by reading those files back, so ' +
        'memory does not grow with the corpus. What does grow: the list of files (a few hundred ' +
        'bytes each) and the problems found, kept for the summary and problems.jsonl.',
    )
    .argument('<inputs...>', 'article files, folders, globs (quoted), or - for standard input')
    .option('-o, --out <dir>', 'output folder (created when missing)')
    .option('-f, --format <list>', 'comma list of json, jsonl, csv, xlsx', 'json,jsonl,csv,xlsx')
    .option('-j, --jobs <n>', 'worker threads parsing at once (default: the number of cores)')
    .option('--cache <dir>', 'reuse parses of unchanged files (keyed by SHA-256 of bytes and code version)')
    .option('--shard <i/n>', 'process only shard i of n (1-based), by a hash of each relative path')
    .option('--max-file-size <size>', 'skip files larger than this', '50MB')
    .option('--bom', 'start CSV files with a UTF-8 byte order mark (Excel on Windows)')
    .option('--progress', 'show the progress bar even when standard error is not a terminal')
    .option('-q, --quiet', 'print nothing but skipped files and errors')
    .option('--summary-json <file>', 'also write the run summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ dukien extract seeds --out out\n' +
        '  $ dukien extract corpus --out out --format jsonl,csv --jobs 4 --cache .dukien-cache\n' +
        "  $ dukien extract 'corpus/2024/**/*.txt' --out out --summary-json out/summary.json\n" +
        '  $ cat article.txt | dukien extract - --out out --format json\n' +
        '  $ dukien extract corpus --out shard-3 --shard 3/8 --format jsonl   # then: dukien merge shard-* --out out\n\n' +
        'Exit codes: 0 clean, 1 a file was skipped or a fact failed validation, 2 usage error.\n' +
        'In GitHub Actions (GITHUB_ACTIONS=true) problems are also printed as ::error/::warning\n' +
        'annotations and the summary is appended to $GITHUB_STEP_SUMMARY.',
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags);
    });
}

function ensureFolder(path: string, option: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new UsageError(
      `${option} ${path}: cannot create folder (${(error as NodeJS.ErrnoException).code})`,
    );
  }
}

export async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  const started = performance.now();
  if (!flags.out) throw new UsageError('--out <dir> is required: the folder to write the dataset to');
  const formats = parseFormats(flags.format);
  const jobs = parseJobs(flags.jobs);
  const maxFileSize = parseSize(flags.maxFileSize);
  const shard = flags.shard ? parseShard(flags.shard) : null;
  ensureFolder(flags.out, '--out');
  if (flags.cache) ensureFolder(flags.cache, '--cache');

  const all = discoverInputs(inputs, { maxFileSize, stdin: () => readFileSync(0) });
  const items = shard ? all.filter((item) => shardOf(item.source, shard.count) === shard.index) : all;
  const fingerprint = flags.cache ? codeFingerprint() : '';
  const tasks: DocumentTask[] = items.map((item, index) => ({
    index,
    id: item.id,
    source: item.source,
    path: item.path,
    ...(item.bytes ? { bytes: item.bytes } : {}),
    ...(item.skip ? { skip: item.skip } : {}),
    csv: formats.includes('csv'),
    cacheDir: flags.cache ?? null,
    fingerprint,
  }));

  const summary = emptySummary('extract', flags.out, formats, jobs);
  summary.shard = shard ? `${shard.index}/${shard.count}` : null;
  const sink = new OutputSink({ outDir: flags.out, formats, bom: flags.bom === true });
  const stopListening = onInterrupt(abortOpenSinks);
  const github = inGithubActions() ? new GithubReport() : null;
  const totalBytes = items.reduce((sum, item) => sum + item.size, 0);
  const progress = startProgress(tasks.length, totalBytes, flags);
  const problems: Problem[] = [];
  try {
    await runAll(tasks, {
      jobs,
      onResult: (result) => {
        const item = items[result.index];
        sink.write(result);
        if (result.cacheEntry && flags.cache)
          writeCacheEntry(flags.cache, result.cacheEntry.key, result.cacheEntry.text);
        countOutput(summary, result, item?.display ?? result.source, {
          size: result.size,
          cached: result.cached,
        });
        problems.push(...result.problems);
        result.problems.forEach((p, i) => {
          github?.add(p, item?.display ?? null, result.positions[i] ?? null);
        });
        progress.tick(result.size);
      },
    });
    progress.stop();
    const finished = await sink.finish(problems);
    summary.files = finished.files;
    summary.notes = finished.notes;
  } catch (error) {
    progress.stop();
    sink.abort();
    throw error;
  } finally {
    stopListening();
  }
  return finishRun(summary, started, flags, github);
}
