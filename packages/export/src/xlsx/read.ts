import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs.js';
import type { XlsxCell, XlsxColumnType, XlsxTableSpec } from './types.js';

/** A cell as the writer meant it: rich text joined, dates back to ISO `YYYY-MM-DD`. */
export function fromExcelValue(value: ExcelJS.CellValue, type: XlsxColumnType): XlsxCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    return type === 'date' ? iso : value.toISOString();
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return value.text;
  // A formula someone typed in: its last computed value, if the spreadsheet saved one.
  if ('result' in value) {
    const result = value.result;
    return result === undefined || typeof result === 'object' ? null : fromExcelValue(result, type);
  }
  return null;
}

function isPartOf(sheetName: string, table: string): boolean {
  if (sheetName === table) return true;
  return sheetName.startsWith(`${table} (`) && /^\(\d+\)$/.test(sheetName.slice(table.length + 1));
}

/**
 * The rows of each table in an XLSX written by `writeXlsx` (and maybe edited since), continuation
 * sheets appended in order. Columns are found by their header, so a reordered sheet still reads;
 * a column whose header is missing reads as empty.
 */
export async function readXlsxTables(
  path: string,
  specs: readonly XlsxTableSpec[],
): Promise<Map<string, XlsxCell[][]>> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.readFile(path);
  const tables = new Map<string, XlsxCell[][]>();
  for (const spec of specs) {
    const rows: XlsxCell[][] = [];
    for (const sheet of workbook.worksheets) {
      if (!isPartOf(sheet.name, spec.name)) continue;
      const header = sheet.getRow(1);
      const where = new Map<string, number>();
      header.eachCell((cell, column) => {
        where.set(String(fromExcelValue(cell.value, 'string')), column);
      });
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        rows.push(
          spec.columns.map((column) => {
            const index = where.get(column.name);
            return index === undefined ? null : fromExcelValue(row.getCell(index).value, column.type);
          }),
        );
      });
    }
    tables.set(spec.name, rows);
  }
  return tables;
}
