import type { CellIssue } from './cell-value.js';

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

const XML_SPECIAL = /[&<>]/;
const XML_ESCAPABLE = /[&<>]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text as XML character data: "a < b & c" → "a &lt; b &amp; c" (quotes need no escape there). */
export function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_ESCAPABLE, (char) => XML_ENTITY[char] ?? char) : text;
}

function isXmlSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0xa0 && /\s/.test(String.fromCharCode(code));
}

/**
 * The `<r><t>` run of an inline string (what exceljs writes for a one-run rich text, and reads
 * back with its `_xHHHH_` escapes decoded): cut to Excel's limit with a warning, escaped, and
 * marked `xml:space="preserve"` when a reader would otherwise trim it (" x", "x ", "a\nb").
 */
export function inlineStringXml(text: string, warn: (issue: CellIssue) => void): string {
  const cut = truncateForExcel(text);
  if (cut !== null) warn({ code: 'xlsx/text_truncated', length: text.length, kept: cut.length });
  const kept = cut ?? text;
  const preserve =
    isXmlSpace(kept.charCodeAt(0)) || isXmlSpace(kept.charCodeAt(kept.length - 1)) || kept.includes('\n');
  const xml = xmlText(escapeCellText(kept));
  return preserve ? `<r><t xml:space="preserve">${xml}</t></r>` : `<r><t>${xml}</t></r>`;
}
