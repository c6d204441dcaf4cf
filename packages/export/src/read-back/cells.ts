import { restoreFormula } from '../csv/formula.js';
import type { Cell, ColumnType } from '../tables/column.js';

export type Parsed = { ok: true; value: Cell } | { ok: false; expected: string };

// A plain decimal with a dot, as the writer prints numbers: "-5", "8.5", "1e+21".
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^-?\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The typed value of a CSV cell; an empty cell is null. */
export function parseCell(raw: string, type: ColumnType): Parsed {
  if (raw === '') return { ok: true, value: null };
  switch (type) {
    case 'string':
      return { ok: true, value: restoreFormula(raw) };
    case 'integer':
      return INTEGER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, expected: 'a whole number' };
    case 'number':
      return NUMBER.test(raw)
        ? { ok: true, value: Number(raw) }
        : { ok: false, expected: 'a number with a dot decimal and no grouping ("1272000000", "7.5")' };
    case 'boolean': {
      // Spreadsheets save flags back as TRUE and FALSE.
      const lower = raw.toLowerCase();
      if (lower === 'true' || lower === 'false') return { ok: true, value: lower === 'true' };
      return { ok: false, expected: 'true or false' };
    }
    case 'date':
      return DATE.test(raw) ? { ok: true, value: raw } : { ok: false, expected: 'a date as YYYY-MM-DD' };
  }
}
