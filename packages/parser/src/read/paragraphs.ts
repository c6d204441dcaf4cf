import type { Span } from '../recognize/context.js';

// A paragraph is a run of lines without a blank (or white-space-only) line inside.
const BLOCK = /[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*/g;

function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Paragraphs of text[from, end) as trimmed UTF-16 spans, separated by blank
 * lines. A body with no blank line anywhere but several lines is taken one
 * paragraph per line: some outlets save articles that way.
 */
export function splitParagraphs(text: string, from = 0, end = text.length): Span[] {
  const part = text.slice(from, end);
  const noBlankLine = !/\n[^\S\n]*\n/.test(part.trim());
  const pattern = noBlankLine ? /[^\n]+/g : BLOCK;
  const out: Span[] = [];
  for (const m of part.matchAll(pattern)) {
    const span = trimmedSpan(part, m.index, m.index + m[0].length);
    if (span) out.push({ start: span.start + from, end: span.end + from });
  }
  return out;
}
