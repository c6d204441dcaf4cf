import type { RecognizeContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { vietnameseRegex } from './lexicon.js';

// "Trong 2 ngày (8 - 9/9)", "trong 4 ngày cao điểm (từ ngày 4 đến 7-5)", "diễn ra trong 3 ngày, từ
// ngày 18 đến 20-6", "trong 3 năm, từ 2019 - 2021": a length the dates right after it spell out.
// The duration takes their start and end (seeds/README.md: "start/end null unless the text
// anchors it").
const BETWEEN = vietnameseRegex('^(?: +[\\p{L}\\p{M} ]{1,24}?)? *[(,] *(?:từ +)?$', 'u');
const LENGTH = /^P(\d+)([YMD])$/;

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** How many days, whole months or whole years the inclusive range start..end covers. */
function spannedIn(unit: string, start: string, end: string): number {
  if (unit === 'D') return dayNumber(end) - dayNumber(start) + 1;
  const next = new Date(`${end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  // Whole months only: the range opens on a first and closes on a month's last day.
  if (start.slice(8) !== '01' || next.getUTCDate() !== 1) return Number.NaN;
  const months =
    (next.getUTCFullYear() - Number(start.slice(0, 4))) * 12 +
    next.getUTCMonth() +
    1 -
    Number(start.slice(5, 7));
  if (unit === 'M') return months;
  return start.slice(5, 7) === '01' && months % 12 === 0 ? months / 12 : Number.NaN;
}

/** Durations filled from the dates that follow them, when those span as many days, months or years. */
export function anchorDurations(ctx: RecognizeContext, selected: readonly Candidate[]): Candidate[] {
  return selected.map((c, i) => {
    const length = c.value.granularity === 'duration' ? LENGTH.exec(c.value.duration ?? '') : null;
    const next = selected[i + 1];
    if (!length || !next || next.value.start === null || next.value.end === null) return c;
    if (!BETWEEN.test(ctx.folded.slice(c.span.end, next.span.start))) return c;
    if (spannedIn(length[2]!, next.value.start, next.value.end) !== Number(length[1])) return c;
    return { ...c, value: { ...c.value, start: next.value.start, end: next.value.end } };
  });
}
