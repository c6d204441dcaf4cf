import type { RecognizeContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { vietnameseRegex } from './lexicon.js';

// "Trong 2 ngày (8 - 9/9)", "trong 4 ngày cao điểm (từ ngày 4 đến 7-5)", "diễn ra trong 3 ngày, từ
// ngày 18 đến 20-6": a length of days the dates right after it spell out. The duration takes
// their start and end (seeds/README.md: "start/end null unless the text anchors it").
const BETWEEN = vietnameseRegex('^(?: +[\\p{L}\\p{M} ]{1,24}?)? *[(,] *(?:từ +)?$', 'u');
const DAYS = /^P(\d+)D$/;

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Durations in days filled from the dates that follow them, when those span as many days. */
export function anchorDurations(ctx: RecognizeContext, selected: readonly Candidate[]): Candidate[] {
  return selected.map((c, i) => {
    const days = c.value.granularity === 'duration' ? DAYS.exec(c.value.duration ?? '') : null;
    const next = selected[i + 1];
    if (!days || !next || next.value.start === null || next.value.end === null) return c;
    if (!BETWEEN.test(ctx.folded.slice(c.span.end, next.span.start))) return c;
    const spanned = dayNumber(next.value.end) - dayNumber(next.value.start) + 1;
    if (spanned !== Number(days[1])) return c;
    return { ...c, value: { ...c.value, start: next.value.start, end: next.value.end } };
  });
}
