import type { Column } from '../tables/column.js';
import { columnLetters } from '../xlsx/address.js';

/** The spreadsheet letter of a 0-based column index: 0 is A, 26 is AA. */
export const columnLetter = (index: number): string => columnLetters(index + 1);

/** Where a cell is, as a spreadsheet shows it: "quantities.csv!F12" (row 1 is the header). */
export function cellRef(file: string, columnIndex: number | undefined, row: number): string {
  return columnIndex === undefined ? `${file}!${row}:${row}` : `${file}!${columnLetter(columnIndex)}${row}`;
}

/** The column a zod issue path points into: ["ratio", 1] is ratio_whole, ["paragraphs", 2, "role"] is paragraphs. */
export function columnOfPath(columns: readonly Column[], path: readonly PropertyKey[]): Column | undefined {
  const related = (c: Column) => {
    const n = Math.min(c.path.length, path.length);
    for (let i = 0; i < n; i++) if (c.path[i] !== path[i]) return false;
    return true;
  };
  const exact = columns.find((c) => c.path.length <= path.length && related(c));
  return exact ?? columns.find(related);
}
