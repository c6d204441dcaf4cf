import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on the first workbook read or written: it and its zip libraries take about
 * a quarter of a second to load, which every run that writes no workbook (a JSONL or CSV
 * export, a cached re-run) would otherwise pay.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
