import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FactKind, Problem } from '@dukien/core';
import { dataPackageText, jsonLines, stringifyTable, TABLES, writeLoadScripts } from '@dukien/export';
import type { Format } from '../options/formats.js';
import { DATASET_HEAD } from '../pipeline/generator.js';
import type { DocumentOutput } from '../pipeline/task.js';
import { datasetJsonFromLines } from './dataset-json.js';
import { lineBatches } from './line-batches.js';
import { Spool } from './spool.js';
import { removeStaleStaging } from './stale-staging.js';
import { writeXlsxFromSpool } from './xlsx.js';

export interface SinkOptions {
  outDir: string;
  formats: readonly Format[];
  bom?: boolean;
}

export interface Finished {
  /** Files written, relative to the output folder. */
  files: string[];
  /** Things a format could not hold as given (an XLSX cell cut, XLSX unavailable). */
  notes: string[];
}

/** Orders problems by document, keeping each document's own order: extract and merge agree. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => p.documentId ?? p.source ?? '';
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (key(a.p) < key(b.p) ? -1 : key(a.p) > key(b.p) ? 1 : a.i - b.i))
    .map(({ p }) => p);
}

let openSinks = new Set<OutputSink>();

/** Removes the staging folders of every open sink, for an interrupt. */
export function abortOpenSinks(): void {
  for (const sink of openSinks) sink.abort();
  openSinks = new Set();
}

/**
 * Where a run's outputs go while it runs: each document's lines are appended to files in a
 * hidden staging folder inside the output folder; `finish` assembles dataset.json and the
 * workbook from them and renames each finished file into place. Until then the previous
 * outputs stay as they were, and an interrupted run removes the staging folder; one a killed
 * run left behind is removed by the next run into the same folder.
 */
export class OutputSink {
  readonly staging: string;
  private readonly documents: Spool;
  private readonly facts: Spool;
  private readonly csv = new Map<string, Spool>();
  private documentCount = 0;
  private readonly factCounts: Partial<Record<FactKind, number>> = {};

  constructor(private readonly options: SinkOptions) {
    mkdirSync(options.outDir, { recursive: true });
    removeStaleStaging(options.outDir);
    this.staging = join(options.outDir, `.dukien-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    mkdirSync(this.staging);
    openSinks.add(this);
    this.documents = new Spool(join(this.staging, 'documents.jsonl'));
    this.facts = new Spool(join(this.staging, 'facts.jsonl'));
    if (options.formats.includes('csv')) {
      mkdirSync(join(this.staging, 'csv'));
      for (const table of TABLES) {
        const header = stringifyTable(table, [], { bom: options.bom === true });
        this.csv.set(table.name, new Spool(join(this.staging, 'csv', `${table.name}.csv`), header));
      }
    }
  }

  /** Appends one document's outputs; call in document order. */
  write(output: DocumentOutput): void {
    if (!output.written || output.documentLine === null) return;
    this.documentCount++;
    this.documents.write(`${output.documentLine}\n`);
    this.facts.write(output.factLines);
    for (const [kind, n] of Object.entries(output.factCounts) as [FactKind, number][]) {
      this.factCounts[kind] = (this.factCounts[kind] ?? 0) + n;
    }
    if (this.csv.size === 0) return;
    if (!output.csv) throw new Error('a document reached a CSV run without its CSV records');
    for (const [name, spool] of this.csv) spool.write(output.csv[name as keyof typeof output.csv] ?? '');
  }

  private async stage(name: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
    await pipeline(Readable.from(chunks), createWriteStream(join(this.staging, name), { flags: 'wx' }));
  }

  /** Writes the whole-dataset files, then moves every finished file into the output folder. */
  async finish(problems: readonly Problem[]): Promise<Finished> {
    const { formats, outDir } = this.options;
    const notes: string[] = [];
    const files: string[] = [];
    this.documents.close();
    this.facts.close();
    for (const spool of this.csv.values()) spool.close();
    const spool = { documents: this.documents.path, facts: this.facts.path };

    if (formats.includes('json')) {
      await this.stage(
        'dataset.json',
        datasetJsonFromLines(DATASET_HEAD, lineBatches(spool.documents), lineBatches(spool.facts)),
      );
      files.push('dataset.json');
    }
    if (formats.includes('jsonl')) files.push('documents.jsonl', 'facts.jsonl');
    if (formats.includes('xlsx')) {
      const summary = { documents: this.documentCount, facts: this.factCounts, problems: problems.length };
      const cut = await writeXlsxFromSpool(join(this.staging, 'dataset.xlsx'), spool, summary);
      notes.push(...cut.map((c) => `xlsx: ${c}`));
      files.push('dataset.xlsx');
    }
    if (formats.includes('csv')) {
      files.push(...TABLES.map((t) => `csv/${t.name}.csv`));
      await this.stage('csv/datapackage.json', [dataPackageText(DATASET_HEAD)]);
      const scripts = await writeLoadScripts(join(this.staging, 'csv'));
      files.push('csv/datapackage.json', ...scripts.map((s) => `csv/${s}`));
    }
    await this.stage('problems.jsonl', jsonLines(sortProblems(problems)));
    files.push('problems.jsonl');

    if (formats.includes('csv')) mkdirSync(join(outDir, 'csv'), { recursive: true });
    for (const file of files) renameSync(join(this.staging, file), join(outDir, file));
    this.abort();
    return { files, notes };
  }

  /** Removes the staging folder and everything in it. */
  abort(): void {
    rmSync(this.staging, { recursive: true, force: true });
    openSinks.delete(this);
  }
}
