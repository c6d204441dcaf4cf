import type { Fact, FactKind } from '@dukien/core';
import {
  DOCUMENTS_TABLE,
  FACTS_TABLE,
  KIND_TABLES,
  type Row,
  TABLES,
  writeXlsx,
  type XlsxSummary,
  type XlsxTable,
} from '@dukien/export';
import { lineBatches } from './line-batches.js';

async function* rowsOf<T>(path: string, keep: (line: string) => boolean, row: (item: T) => Row) {
  for await (const batch of lineBatches(path)) {
    for (const line of batch) if (keep(line)) yield row(JSON.parse(line) as T);
  }
}

// JSON.stringify escapes quotes inside strings, so this text only occurs as the kind field itself.
const ofKind = (kind: FactKind) => {
  const mark = `"kind":${JSON.stringify(kind)}`;
  return (line: string) => line.includes(mark);
};

/**
 * dataset.xlsx from the spooled JSONL: each sheet streams its rows from the spool files, a pass
 * over facts.jsonl per kind, so the workbook never needs the dataset in memory.
 */
export async function writeXlsxFromSpool(
  path: string,
  spool: { documents: string; facts: string },
  summary: XlsxSummary,
): Promise<string[]> {
  const tables: XlsxTable[] = TABLES.map((spec) => {
    if (spec.name === 'documents')
      return { spec, rows: rowsOf(spool.documents, () => true, DOCUMENTS_TABLE.row) };
    if (spec.name === 'facts') return { spec, rows: rowsOf<Fact>(spool.facts, () => true, FACTS_TABLE.row) };
    const kind = (Object.keys(KIND_TABLES) as FactKind[]).find(
      (k) => KIND_TABLES[k].name === spec.name,
    ) as FactKind;
    const table = KIND_TABLES[kind] as { row(fact: Fact): Row };
    return { spec, rows: rowsOf<Fact>(spool.facts, ofKind(kind), (fact) => table.row(fact)) };
  });
  const report = await writeXlsx(path, tables, { summary, dictionary: TABLES });
  return report.warnings.map((w) => `${w.sheet}!${w.cell}: ${w.code}`);
}
