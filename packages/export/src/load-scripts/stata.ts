import type { TableSpec } from '../tables/column.js';

/** Stata keeps 80 characters of a variable label. */
const LABEL_LENGTH = 80;

/** A label inside compound quotes; backtick and $ would start a macro, so they are replaced. */
function label(text: string): string {
  const chars = [...text.replaceAll('`', "'").replaceAll('$', 'S')];
  const cut =
    chars.length > LABEL_LENGTH ? `${chars.slice(0, LABEL_LENGTH - 3).join('')}...` : chars.join('');
  return `\`"${cut}"'`;
}

function positions(table: TableSpec, numeric: boolean): string {
  return table.columns
    .map((c, i) => ((c.type === 'integer' || c.type === 'number') === numeric ? i + 1 : 0))
    .filter((i) => i > 0)
    .join(' ');
}

function importTable(table: TableSpec): string {
  const numeric = positions(table, true);
  const lines = [
    `* ${table.name}`,
    `import delimited using \`"\`dir'/${table.name}.csv"', varnames(1) delimiters(",") bindquote(strict) encoding("utf-8") case(preserve) stringcols(${positions(table, false)})${numeric ? ` numericcols(${numeric})` : ''} clear`,
  ];
  for (const c of table.columns) {
    if (c.type === 'date') {
      lines.push(
        `generate double _d = date(${c.name}, "YMD")`,
        `format _d %td`,
        `drop ${c.name}`,
        `rename _d ${c.name}`,
      );
    } else if (c.type === 'boolean') {
      lines.push(
        `generate byte _b = cond(${c.name} == "true", 1, cond(${c.name} == "false", 0, .))`,
        `drop ${c.name}`,
        `rename _b ${c.name}`,
      );
    }
  }
  lines.push(`order ${table.columns.map((c) => c.name).join(' ')}`);
  for (const c of table.columns) lines.push(`label variable ${c.name} ${label(c.description)}`);
  lines.push(`save \`"\`dir'/${table.name}.dta"', replace`, '');
  return lines.join('\n');
}

/** load.do: every table imported with its types and variable labels, saved as .dta. */
export function loadStata(tables: readonly TableSpec[]): string {
  return `* Loads the dukien CSV tables into Stata with typed columns and variable labels,
* saving one .dta per table beside the CSV files.
* Generated from dukien's column tables: do not edit.
* Usage: do "path/to/load.do" "path/to/folder"   (the folder defaults to the current one)
version 14
args dir
if \`"\`dir'"' == "" local dir "."

${tables.map(importTable).join('\n')}`;
}
