import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CellIssue } from './cell-value.js';
import { SheetRowWriter } from './row-xml.js';

function fakeSheet() {
  const written: string[] = [];
  const sheet = { stream: { write: (chunk: string) => written.push(chunk) } } as unknown as ExcelJS.Worksheet;
  return { sheet, written };
}

const STYLES = { text: 1, integer: 2, date: 3 };

describe('SheetRowWriter', () => {
  it('writes the rows since the last flush in one chunk', () => {
    const { sheet, written } = fakeSheet();
    const writer = new SheetRowWriter(sheet, ['string', 'integer'], STYLES, () => {});
    writer.write(2, ['a', 1]);
    writer.write(3, [null, 2]);
    expect(written).toEqual([]);
    writer.flush();
    writer.flush();
    expect(written).toEqual([
      '<row r="2"><c r="A2" s="1" t="inlineStr"><is><r><t>a</t></r></is></c><c r="B2" s="2"><v>1</v></c></row>' +
        '<row r="3"><c r="B3" s="2"><v>2</v></c></row>',
    ]);
  });

  it('leaves out a row with no value', () => {
    const { sheet, written } = fakeSheet();
    const writer = new SheetRowWriter(sheet, ['string', 'number'], STYLES, () => {});
    writer.write(2, [null, null]);
    writer.write(3, [null, 0]);
    writer.flush();
    expect(written).toEqual(['<row r="3"><c r="B3"><v>0</v></c></row>']);
  });

  it('names the row and column of a cell it could not keep', () => {
    const { sheet } = fakeSheet();
    const heard: [CellIssue, number, number][] = [];
    const writer = new SheetRowWriter(sheet, ['string', 'number', 'date'], STYLES, (...args) =>
      heard.push(args),
    );
    writer.write(5, ['x', Number.NaN, '2024-13-01']);
    expect(heard).toEqual([
      [{ code: 'xlsx/number_not_finite', value: 'NaN' }, 5, 1],
      [{ code: 'xlsx/date_invalid', value: '2024-13-01' }, 5, 2],
    ]);
  });

  it('refuses a sheet whose stream exceljs no longer exposes', () => {
    expect(() => new SheetRowWriter({} as ExcelJS.Worksheet, ['string'], STYLES, () => {})).toThrow(
      'exceljs internals changed',
    );
  });
});
