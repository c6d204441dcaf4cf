/** Excel's limit on the characters (UTF-16 code units) of one cell. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** Cuts `text` to Excel's limit without splitting a surrogate pair; null when it fits. */
export function truncateForExcel(text: string, max = EXCEL_MAX_CELL_TEXT): string | null {
  if (text.length <= max) return null;
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

// What XML cannot carry as is: control characters (exceljs drops them), CR (an XML parser reads
// it back as LF), lone surrogates (UTF-8 cannot encode them), and text that already looks like an
// `_xHHHH_` escape (a reader would decode it).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f\ud800-\udfff]|_x[0-9a-fA-F]{4}_/;
const ESCAPABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;

function ooxmlEscape(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * The text of a cell in OOXML's `_xHHHH_` escapes (ECMA-376 ST_Xstring), which Excel and
 * exceljs decode on reading, so every string survives the round trip:
 * "a\rb" → "a_x000D_b", "_x0041_" → "_x005F_x0041_".
 */
export function escapeCellText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPABLE, ooxmlEscape) : text;
}
