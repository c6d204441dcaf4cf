import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Dataset, Problem } from '@dukien/core';
import { validateDataset } from '@dukien/parser';
import { serveReport, writeReport } from '@dukien/report';
import { EXIT, UsageError } from '../errors.js';
import { corpusReader } from './corpus-reader.js';
import { loadDatasetInput } from './load-dataset-input.js';

export interface ReportFlags {
  out?: string;
  corpus?: string;
  serve?: boolean | string;
  quiet?: boolean;
}

export async function runReport(path: string, flags: ReportFlags): Promise<number> {
  const out = flags.out ?? join(dirname(path), 'report');
  const port =
    flags.serve === undefined || flags.serve === false
      ? null
      : flags.serve === true
        ? 0
        : Number(flags.serve);
  if (port !== null && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new UsageError(`--serve takes a port number from 0 to 65535, not "${flags.serve}"`);
  }
  const corpusDir = flags.corpus;
  if (corpusDir !== undefined && !existsSync(corpusDir))
    throw new UsageError(`--corpus ${corpusDir}: no such folder`);
  const input = loadDatasetInput(path);
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    process.stderr.write(
      `dukien: ${path} is not a dukien dataset (${parsed.error.issues.length} schema problem(s)); run dukien validate ${path}\n`,
    );
    return EXIT.problems;
  }
  const corpus = corpusDir ? corpusReader(corpusDir) : undefined;
  const problems = [
    ...validateDataset(parsed.data, corpus ? { corpus } : {}).problems,
    ...extractProblems(path),
  ];
  await writeReport(parsed.data, problems, out);
  if (!flags.quiet) {
    process.stdout.write(
      `wrote ${join(out, 'index.html')}: ${parsed.data.documents.length} documents, ${parsed.data.facts.length} facts, ${problems.length} problem(s)\n`,
    );
  }
  if (port === null) return EXIT.ok;
  const served = await serveReport(out, port);
  process.stdout.write(`serving ${served.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await served.close();
  return EXIT.ok;
}

/** The problems extract wrote beside the dataset (skipped files, dropped facts), when there are any. */
function extractProblems(datasetPath: string): Problem[] {
  const file = join(dirname(datasetPath), 'problems.jsonl');
  if (!existsSync(file) || !statSync(file).isFile()) return [];
  const out: Problem[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = Problem.safeParse(JSON.parse(line));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // A line that is not JSON is no problem of the dataset's; validate would name it.
    }
  }
  return out;
}
