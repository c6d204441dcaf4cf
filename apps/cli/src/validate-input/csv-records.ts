/**
 * The records of RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line
 * breaks), empty lines left out as the export package's reader leaves them out, so record n is
 * the row n a spreadsheet shows. Only for finding rows again; values are read by that reader.
 */
export function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const end = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') out.push(cells);
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      end();
    } else cell += ch;
  }
  if (cell || cells.length) end();
  return out;
}
