import { mkdirSync, readFileSync } from 'node:fs';
import type { Problem } from '@dukien/core';
import { UsageError } from '../errors.js';
import { discoverInputs } from '../inputs/discover.js';
import { onInterrupt } from '../interrupt.js';
import { parseFormats } from '../options/formats.js';
import { parseJobs } from '../options/jobs.js';
import { parseShard, shardOf } from '../options/shard.js';
import { parseSize } from '../options/size.js';
import { abortOpenSinks, OutputSink } from '../output/sink.js';
import { pruneOtherVersions, versionFolder, writeCacheEntry } from '../pipeline/cache.js';
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
  const cacheDir = flags.cache ? versionFolder(flags.cache, fingerprint) : null;
  if (flags.cache && cacheDir) pruneOtherVersions(flags.cache, cacheDir);
  const tasks: DocumentTask[] = items.map((item, index) => ({
    index,
    id: item.id,
    source: item.source,
    path: item.path,
    ...(item.bytes ? { bytes: item.bytes } : {}),
    ...(item.skip ? { skip: item.skip } : {}),
    csv: formats.includes('csv'),
    cacheDir,
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
        if (result.cacheEntry && cacheDir)
          writeCacheEntry(cacheDir, result.cacheEntry.key, result.cacheEntry.text);
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
