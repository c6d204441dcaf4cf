import { escapeHtml } from '../html/escape.js';
import type { Mark, Span } from './nest.js';

/**
 * The text as HTML with each mark an element: text between marks escaped, marks opened with
 * `openTag(mark)` and closed with `closeTag`. Nesting of the output follows the mark tree, so
 * the markup is always well formed.
 */
export function renderMarks<T extends Span>(
  text: string,
  marks: readonly Mark<T>[],
  openTag: (mark: Mark<T>) => string,
  closeTag: string,
): string {
  const out: string[] = [];
  const write = (list: readonly Mark<T>[], from: number, to: number): void => {
    let cursor = from;
    for (const mark of list) {
      if (mark.start > cursor) out.push(escapeHtml(text.slice(cursor, mark.start)));
      out.push(openTag(mark));
      write(mark.children, mark.start, mark.end);
      out.push(closeTag);
      cursor = mark.end;
    }
    if (to > cursor) out.push(escapeHtml(text.slice(cursor, to)));
  };
  write(marks, 0, text.length);
  return out.join('');
}
