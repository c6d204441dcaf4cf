import type { XlsxCell, XlsxTableSpec } from './types.js';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
// Room for the autofilter button beside the header text.
const FILTER_BUTTON = 3;

function shownLength(value: XlsxCell | undefined, type: string): number {
  if (value === null || value === undefined) return 0;
  if (type === 'date') return 10;
  if (typeof value === 'string') {
    const newline = value.indexOf('\n');
    return newline === -1 ? value.length : newline;
  }
  return String(value).length;
}

/**
 * Column widths (in characters) from the header and a sample of the first rows: a sheet is
 * streamed, so its `<cols>` must be written before the rest of the rows are known.
 */
export function columnWidths(spec: XlsxTableSpec, sample: readonly (readonly XlsxCell[])[]): number[] {
  return spec.columns.map((column, index) => {
    let widest = column.name.length + FILTER_BUTTON;
    for (const row of sample) widest = Math.max(widest, shownLength(row[index], column.type) + 1);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
  });
}
