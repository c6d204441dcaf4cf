import type { Cell, Column, Row } from '../tables/column.js';
import { neutralizeFormula } from './formula.js';

type Encode = (cell: Cell) => string;

// Numbers as JavaScript prints them: dot decimal, no grouping, "-5" stays "-5".
const plain: Encode = (cell) => (cell === null ? '' : String(cell));
const text: Encode = (cell) => (cell === null ? '' : neutralizeFormula(String(cell)));

/** How each column's cells become CSV text; only text columns are neutralized. */
export function cellEncoders(columns: readonly Column[]): Encode[] {
  return columns.map((column) => (column.type === 'string' ? text : plain));
}

/** The CSV text of each cell of a row. */
export function encodeRow(encoders: readonly Encode[], row: Row): string[] {
  const out = new Array<string>(encoders.length);
  for (let i = 0; i < encoders.length; i++) out[i] = encoders[i]!(row[i] ?? null);
  return out;
}
