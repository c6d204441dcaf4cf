export type Header =
  | { ok: true; date: string; title: string; start: number; end: number }
  | { ok: false; message: string; start: number; end: number };

const MAX_SHOWN = 60;
const shown = (line: string): string =>
  JSON.stringify(line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN)}…` : line);

/**
 * Reads the header line " date 2023-11 Hà Tĩnh - Bình Phước ...": the word
 * "date", the month YYYY-MM, then the title. Leading white space (and a BOM
 * the caller left) is tolerated. start/end are the trimmed line, UTF-16.
 */
export function readHeader(text: string): Header {
  const lineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const line = text.slice(0, lineEnd);
  const start = line.length - line.replace(/^[\s\uFEFF]+/u, '').length;
  const end = line.trimEnd().length;
  const body = line.slice(start, end);
  const m = /^date\s+(\S+)(?:\s+(.*))?$/iu.exec(body);
  if (!m) {
    return {
      ok: false,
      message: `header: expected a first line "date YYYY-MM title", found ${shown(body)}`,
      start,
      end: Math.max(start, end),
    };
  }
  const month = m[1] ?? '';
  const parts = /^(\d{4})-(\d{2})$/.exec(month);
  if (!parts) {
    return {
      ok: false,
      message: `header: expected the month as YYYY-MM after "date", found ${shown(month)}`,
      start,
      end,
    };
  }
  const mm = Number(parts[2]);
  if (mm < 1 || mm > 12) {
    return { ok: false, message: `header: month ${parts[2]} in ${shown(month)} is not 01-12`, start, end };
  }
  return { ok: true, date: month, title: (m[2] ?? '').trim(), start, end };
}
