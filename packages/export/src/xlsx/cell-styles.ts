import type ExcelJS from 'exceljs';
import type { CellStyleIds } from './cell-xml.js';

/** The part of exceljs's StylesXform (a WorkbookWriter's `styles`) that registers a cell format. */
interface WorkbookStyles {
  addStyleModel(style: Partial<ExcelJS.Style>): number;
}

/**
 * Registers the number formats of data cells in the workbook's styles.xml, which exceljs writes
 * when the workbook is committed, and returns their ids for the `s` attribute of each cell.
 */
export function registerCellStyles(workbook: ExcelJS.stream.xlsx.WorkbookWriter): CellStyleIds {
  const styles = (workbook as unknown as { styles?: Partial<WorkbookStyles> }).styles;
  if (typeof styles?.addStyleModel !== 'function') {
    throw new Error('exceljs internals changed: WorkbookWriter.styles cannot add a style');
  }
  const add = (style: Partial<ExcelJS.Style>): number => (styles as WorkbookStyles).addStyleModel(style);
  return { text: add({ numFmt: '@' }), integer: add({ numFmt: '0' }), date: add({ numFmt: 'yyyy-mm-dd' }) };
}
