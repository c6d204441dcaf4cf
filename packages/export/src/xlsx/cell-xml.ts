import { type CellIssue, excelDateSerial } from './cell-value.js';
import { inlineStringXml } from './text.js';
import type { XlsxCell, XlsxColumnType } from './types.js';

/** Indexes into the workbook's cell formats (`cellXfs`) that data cells carry. */
export interface CellStyleIds {
  /** "@" (Text): a text cell someone edits in Excel stays text ("=1+1" is not run). */
  readonly text: number;
  /** "0": an integer column shows every digit, where General turns 12 digits into 1.23457E+11. */
  readonly integer: number;
  readonly date: number;
}

function styled(id: number): string {
  return id === 0 ? '' : ` s="${id}"`;
}

/**
 * Renders cells of one column type as SpreadsheetML `<c>` elements, the XML exceljs's CellXform
 * writes for the same values, without building a cell model, a style lookup and an XmlStream of
 * small strings per cell. Text is always an inline string, never `t="str"` (a formula's cached
 * result) and never a formula, whatever it starts with ("=HYPERLINK(...)", "+84", "-5", "@x").
 */
export class CellXml {
  private readonly text: string;
  private readonly number: string;
  private readonly date: string;

  constructor(
    private readonly type: XlsxColumnType,
    styles: CellStyleIds,
  ) {
    this.text = `${styled(styles.text)} t="inlineStr"><is>`;
    this.number = `${styled(type === 'integer' ? styles.integer : 0)}><v>`;
    this.date = `${styled(styles.date)}><v>`;
  }

  /** The `<c>` of `value` at A1 address `ref`; '' for a value left out (null, NaN). */
  render(ref: string, value: XlsxCell | undefined, warn: (issue: CellIssue) => void): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return `<c r="${ref}"${this.number}${value}</v></c>`;
      warn({ code: 'xlsx/number_not_finite', value: String(value) });
      return '';
    }
    if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    if (this.type === 'date') {
      const serial = excelDateSerial(value, warn);
      if (serial !== null) return `<c r="${ref}"${this.date}${serial}</v></c>`;
    }
    return `<c r="${ref}"${this.text}${inlineStringXml(value, warn)}</is></c>`;
  }
}
