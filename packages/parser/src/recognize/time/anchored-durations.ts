import type { RecognizeContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { vietnameseRegex } from './lexicon.js';

// "Trong 2 ngày (8 - 9/9)", "trong 2 ngày 26 - 27/9", "trong 4 ngày cao điểm (từ ngày 4 đến 7-5)", "diễn ra trong 3 ngày, từ
// ngày 18 đến 20-6", "trong 3 năm, từ 2019 - 2021": a length the dates right after it spell out.
// The duration takes their start and end (seeds/README.md: "start/end null unless the text
// anchors it").
// ("trong 2 ngày 26 - 27/9": the dates may follow with nothing between.)
const BETWEEN = vietnameseRegex('^(?:(?: +[\\p{L}\\p{M} ]{1,24}?)? *[(,] *(?:từ +)?| +)$', 'u');
const LENGTH = /^P(\d+)([YMWD])$/;

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** How many days, weeks, whole months or whole years the inclusive range start..end covers. */
export function spannedIn(unit: string, start: string, end: string): number {
  if (unit === 'D') return dayNumber(end) - dayNumber(start) + 1;
  // "trong hai tuần, từ ngày 12.1 đến 25.1": fourteen days are two weeks.
  if (unit === 'W') return (dayNumber(end) - dayNumber(start) + 1) / 7;
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
  const spells = (unit: string, days: number, next: Candidate | undefined) =>
    next !== undefined &&
    next.value.start !== null &&
    next.value.end !== null &&
    spannedIn(unit, next.value.start, next.value.end) === days;
  return selected.map((c, i) => {
    const length = c.value.granularity === 'duration' ? LENGTH.exec(c.value.duration ?? '') : null;
    if (!length) return c;
    const [unit, amount] = [length[2]!, Number(length[1])];
    const next = selected[i + 1];
    let dates: Candidate | undefined;
    if (next && BETWEEN.test(ctx.folded.slice(c.span.end, next.span.start)) && spells(unit, amount, next))
      dates = next;
    // "Trong 7 ngày nghỉ Tết Nguyên đán Quý Mão 2023 (từ ngày 20 đến 26/1)": the occasion named
    // between, its own time, then the dates in brackets.
    const after = selected[i + 2];
    if (
      !dates &&
      next &&
      after &&
      /^ +[\p{L}\p{M} ]{1,24}$/u.test(ctx.folded.slice(c.span.end, next.span.start)) &&
      /^ *\( *(?:từ +)?$/u.test(ctx.folded.slice(next.span.end, after.span.start)) &&
      spells(unit, amount, after)
    )
      dates = after;
    if (!dates) return c;
    return { ...c, value: { ...c.value, start: dates.value.start, end: dates.value.end } };
  });
}
