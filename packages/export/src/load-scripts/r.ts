import type { ColumnType, TableSpec } from '../tables/column.js';

const READR: Record<ColumnType, string> = {
  string: 'readr::col_character()',
  integer: 'readr::col_integer()',
  number: 'readr::col_double()',
  boolean: 'readr::col_logical()',
  date: 'readr::col_date(format = "%Y-%m-%d")',
};

/** An R string literal in ASCII, so the script reads the same under any locale. */
export function rString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

function readTable(table: TableSpec): string {
  const types = table.columns.map((c) => `  ${c.name} = ${READR[c.type]}`).join(',\n');
  const labels = table.columns.map((c) => `  ${c.name} = ${rString(c.description)}`).join(',\n');
  return `${table.name} <- .dukien_read(${rString(table.name)}, readr::cols(\n${types}\n), c(\n${labels}\n))\n`;
}

/** load.R: every table read by readr with explicit column types and labelled columns. */
export function loadR(tables: readonly TableSpec[]): string {
  return `# Loads the dukien CSV tables with typed columns; each column carries its description as "label".
# Generated from dukien's column tables: do not edit. Usage: source("path/to/load.R")
# Needs the readr package: install.packages("readr")
.dukien_dir <- tryCatch(dirname(sys.frame(1)$ofile), error = function(e) ".")
.dukien_read <- function(name, col_types, labels) {
  data <- readr::read_csv(file.path(.dukien_dir, paste0(name, ".csv")),
    col_types = col_types, na = "", locale = readr::locale(encoding = "UTF-8"), progress = FALSE)
  for (column in names(labels)) attr(data[[column]], "label") <- labels[[column]]
  data
}

${tables.map(readTable).join('\n')}`;
}
