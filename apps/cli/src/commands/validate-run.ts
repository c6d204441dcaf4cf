import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CorpusReader, validateDataset } from '@dukien/parser';
import { EXIT, UsageError } from '../errors.js';
import { formatProblemsGithub } from '../report/format-github.js';
import { formatProblemsText } from '../report/format-text.js';
import { locateProblems } from '../report/problem-lines.js';
import { loadValidateInput } from '../validate-input/load.js';
import { corpusReader } from './corpus-reader.js';

export interface ValidateFlags {
  corpus?: string;
  format: 'text' | 'json' | 'github';
}

/** Checks each dataset in turn, each reported on its own; the exit code is the worst of them. */
export async function runValidateAll(datasetPaths: readonly string[], flags: ValidateFlags): Promise<number> {
  checkFlags(flags);
  // One reader for the run: the datasets of one corpus share its articles.
  const corpus = flags.corpus ? corpusReader(flags.corpus) : undefined;
  const oneLine = datasetPaths.length > 1;
  let code: number = EXIT.ok;
  for (const path of datasetPaths) {
    if ((await validateOne(path, flags, corpus, oneLine)) !== EXIT.ok) code = EXIT.problems;
  }
  return code;
}

function checkFlags(flags: ValidateFlags): void {
  if (!['text', 'json', 'github'].includes(flags.format)) {
    throw new UsageError(`--format must be text, json or github, not "${flags.format}"`);
  }
  if (flags.corpus !== undefined) {
    let isDir = false;
    try {
      isDir = statSync(flags.corpus).isDirectory();
    } catch {}
    if (!isDir) throw new UsageError(`--corpus ${flags.corpus}: no such folder`);
  }
}

async function validateOne(
  datasetPath: string,
  flags: ValidateFlags,
  corpus: CorpusReader | undefined,
  oneLine: boolean,
): Promise<number> {
  const loaded = await loadValidateInput(datasetPath);
  const input = loaded.dataset;
  const corpusDir = flags.corpus;
  const report = validateDataset(input, corpus ? { corpus } : {});

  const docs = Array.isArray((input as { documents?: unknown }).documents)
    ? ((input as { documents: { id?: unknown; text?: unknown; source?: unknown }[] }).documents ?? [])
    : [];
  const texts = new Map<string, string>();
  const sources = new Map<string, string>();
  for (const d of docs) {
    if (typeof d?.id !== 'string') continue;
    if (typeof d.text === 'string') texts.set(d.id, d.text);
    if (typeof d.source === 'string') sources.set(d.id, d.source);
  }
  const fileOf = (id: string) => {
    const source = sources.get(id);
    if (!source) return null;
    return corpusDir ? relative(process.cwd(), join(corpusDir, source)) || source : source;
  };
  const problems = [...loaded.problems, ...loaded.place(report.problems)];
  const valid = problems.every((p) => p.severity !== 'error');
  const located = locateProblems(problems, texts, fileOf);

  const { documents, facts } = report.counts;
  if (flags.format === 'json' && oneLine) {
    process.stdout.write(
      `${JSON.stringify({ dataset: datasetPath, valid, counts: report.counts, problems: located })}\n`,
    );
  } else if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify({ valid, counts: report.counts, problems: located }, null, 2)}\n`);
  } else if (flags.format === 'github') {
    if (located.length) process.stdout.write(`${formatProblemsGithub(located)}\n`);
  } else if (located.length) {
    const errors = located.filter((p) => p.severity === 'error').length;
    process.stdout.write(`${formatProblemsText(located)}\n`);
    process.stdout.write(
      `\n${errors} error(s), ${located.length - errors} warning(s) in ${datasetPath} (${facts} facts, ${documents} documents checked)\n`,
    );
  } else {
    process.stdout.write(`${datasetPath}: ${facts} facts in ${documents} documents are grounded\n`);
  }
  return valid ? EXIT.ok : EXIT.problems;
}
