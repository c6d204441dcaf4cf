import { join } from 'node:path';
import type { Dataset, FactKind } from '@dukien/core';
import { createJsonWriter, type OutputFormat, rowsOf, writeOutputs, writeXlsx } from '@dukien/export';
import { EXIT, UsageError } from '../errors.js';
import { parseFormats } from '../options/formats.js';
import { loadDatasetInput } from './load-dataset-input.js';

export interface ExportFlags {
  out?: string;
  format?: string;
  bom?: boolean;
  quiet?: boolean;
}

export async function runExport(path: string, flags: ExportFlags): Promise<number> {
  if (!flags.out) throw new UsageError('--out <dir> is required: the folder to write to');
  const formats = parseFormats(flags.format);
  const input = loadDatasetInput(path);
  const problems = createJsonWriter().check(input);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 50)) process.stderr.write(`${path}: ${p.path ?? ''} ${p.message}\n`);
    process.stderr.write(
      `dukien: ${path} fails the dataset schema (${problems.length} problem(s)); nothing written\n`,
    );
    return EXIT.problems;
  }
  const dataset = input as Dataset;
  const files = await writeOutputs(dataset, {
    outDir: flags.out,
    formats: formats.filter((f): f is OutputFormat => f !== 'xlsx'),
    ...(flags.bom ? { bom: true } : {}),
  });
  const notes: string[] = [];
  if (formats.includes('xlsx')) {
    const facts: Partial<Record<FactKind, number>> = {};
    for (const f of dataset.facts) facts[f.kind] = (facts[f.kind] ?? 0) + 1;
    const tables = rowsOf(dataset).map(({ table, rows }) => ({ spec: table, rows }));
    const report = await writeXlsx(join(flags.out, 'dataset.xlsx'), tables, {
      summary: { documents: dataset.documents.length, facts, problems: 0 },
    });
    notes.push(...report.warnings.map((w) => `xlsx: ${w.sheet}!${w.cell}: ${w.code}`));
    files.push('dataset.xlsx');
  }
  if (!flags.quiet) {
    process.stdout.write(
      `${path}: ${dataset.documents.length} documents, ${dataset.facts.length} facts written to ${flags.out} (${files.join(', ')})\n`,
    );
    for (const note of notes) process.stdout.write(`  note: ${note}\n`);
  }
  return EXIT.ok;
}
