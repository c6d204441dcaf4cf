import type { XlsxCell, XlsxSummary, XlsxTableSpec } from './types.js';

/** The `summary` sheet: what the dataset holds, one measure a row. */
export const SUMMARY_SPEC: XlsxTableSpec = {
  name: 'summary',
  columns: [
    { name: 'measure', type: 'string', description: 'What is counted' },
    { name: 'count', type: 'integer', description: 'How many' },
  ],
};

/** The `dictionary` sheet: every column of every table, with its type and description. */
export const DICTIONARY_SPEC: XlsxTableSpec = {
  name: 'dictionary',
  columns: [
    { name: 'table', type: 'string', description: 'The sheet the column is on' },
    { name: 'column', type: 'string', description: 'The column name, as in its header' },
    { name: 'type', type: 'string', description: 'string, integer, number, boolean or date' },
    { name: 'description', type: 'string', description: 'What the column holds' },
  ],
};

export function summaryRows(summary: XlsxSummary): XlsxCell[][] {
  const kinds = Object.entries(summary.facts);
  const total = kinds.reduce((sum, [, count]) => sum + count, 0);
  return [
    ['documents', summary.documents],
    ['facts', total],
    ...kinds.map(([kind, count]): XlsxCell[] => [`facts: ${kind}`, count]),
    ['problems', summary.problems],
  ];
}

export function dictionaryRows(specs: readonly XlsxTableSpec[]): XlsxCell[][] {
  return specs.flatMap((spec) =>
    spec.columns.map((column): XlsxCell[] => [spec.name, column.name, column.type, column.description]),
  );
}
