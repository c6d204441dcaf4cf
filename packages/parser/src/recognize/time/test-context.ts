import type { Paragraph } from '@dukien/core';
import { foldForMatch } from '../../text/fold.js';
import type { RecognizeContext } from '../context.js';

/**
 * A context for tests: the text split into paragraphs at blank lines, all of
 * them body paragraphs unless `byline` marks the last one as the byline.
 */
export function contextOf(
  text: string,
  date = '2023-11',
  options: { byline?: boolean } = {},
): RecognizeContext {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start, end: start + part.length, role: 'body' });
    start += part.length + 2;
  }
  const last = paragraphs.at(-1);
  if (options.byline && last) last.role = 'byline';
  return { text, folded: foldForMatch(text), date, paragraphs };
}

/** The fields a test compares: the evidence text and the normalized value. */
export interface Reading {
  text: string;
  start: string | null;
  end: string | null;
  granularity: string;
  partOfDay?: string | null;
  duration?: string | null;
  relative?: boolean;
}

/** Candidates or drafts as Readings, with the defaults (no part of day, duration, not relative) left out. */
export function readings(
  ctx: RecognizeContext,
  found: readonly {
    span?: { start: number; end: number };
    evidence?: { start: number; end: number };
    value?: object;
  }[],
): Reading[] {
  return found.map((f) => {
    const span = f.span ?? f.evidence ?? { start: 0, end: 0 };
    const v = (f.value ?? f) as Omit<Reading, 'text'>;
    const r: Reading = {
      text: ctx.text.slice(span.start, span.end),
      start: v.start,
      end: v.end,
      granularity: v.granularity,
    };
    if (v.partOfDay) r.partOfDay = v.partOfDay;
    if (v.duration) r.duration = v.duration;
    if (v.relative) r.relative = true;
    return r;
  });
}
