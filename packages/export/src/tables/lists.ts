import type { Paragraph } from '@dukien/core';
import type { Cell } from './column.js';

/** How a list of strings is written in one cell: "Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh". */
export const LIST_SEPARATOR = ' | ';

export function joinList(items: readonly string[]): string | null {
  return items.length === 0 ? null : items.join(LIST_SEPARATOR);
}

export function splitList(cell: Cell | undefined): unknown[] {
  if (cell === null || cell === undefined || cell === '') return [];
  return typeof cell === 'string' ? cell.split(LIST_SEPARATOR) : [cell];
}

/** Paragraphs in one cell, each "start-end role": "0-42 lead | 44-52 byline". */
export function joinParagraphs(paragraphs: readonly Paragraph[]): string | null {
  return joinList(paragraphs.map((p) => `${p.start}-${p.end} ${p.role}`));
}

/** The paragraphs of a cell; a part that does not read is kept as written, for the schema check to name. */
export function splitParagraphs(cell: Cell | undefined): unknown[] {
  return splitList(cell).map((part) => {
    const m = typeof part === 'string' ? /^(\d+)-(\d+) (\S+)$/.exec(part) : null;
    return m ? { start: Number(m[1]), end: Number(m[2]), role: m[3] } : part;
  });
}
