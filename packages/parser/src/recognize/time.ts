import { type DraftOf, evidence, type RecognizeContext } from './context.js';
import { anchorDurations } from './time/anchored-durations.js';
import type { Candidate } from './time/candidate.js';
import { asRanges, dayRanges, withEdges } from './time/combine.js';
import { findDates } from './time/dates.js';
import { findDeicticMonths } from './time/deictic-months.js';
import { findDurations } from './time/durations.js';
import { parseHeaderMonth } from './time/header.js';
import { findHourDurations } from './time/hours.js';
import { findLunarDates } from './time/lunar-dates.js';
import { findLunarNewYears, findSolarNewYears } from './time/lunar-new-year.js';
import { findMonthParts } from './time/month-parts.js';
import { findMonths } from './time/months.js';
import { findPeriods } from './time/periods.js';
import { findQuarters } from './time/quarters.js';
import { resolveReferences } from './time/references.js';
import { findRelatives } from './time/relative.js';
import { selectLongest } from './time/select.js';
import { findYearParts } from './time/year-parts.js';
import { findYears } from './time/years.js';

/**
 * Every date, month, quarter, year, period, horizon and duration of the
 * readable paragraphs, resolved against the header month (seeds/README.md,
 * "time"). Spans are UTF-16 offsets into ctx.text; where two readings
 * overlap the longer wins, so no two time facts overlap.
 */
export function recognizeTimes(ctx: RecognizeContext): DraftOf<'time'>[] {
  const header = parseHeaderMonth(ctx.date);
  const atoms: Candidate[] = [
    ...findDates(ctx, header),
    ...findMonths(ctx, header),
    ...findDeicticMonths(ctx, header),
    ...findQuarters(ctx, header),
    ...findYearParts(ctx, header),
    ...findMonthParts(ctx, header),
    ...findYears(ctx, header),
    ...findPeriods(ctx, header),
    ...findDurations(ctx),
    ...findHourDurations(ctx),
    ...findRelatives(ctx),
    ...findLunarNewYears(ctx, header),
    ...findSolarNewYears(ctx, header),
    ...findLunarDates(ctx, header),
  ];
  const edged = [...atoms, ...withEdges(ctx, atoms)];
  const all = [...edged, ...asRanges(ctx, edged, header), ...dayRanges(ctx, edged)];
  return anchorDurations(ctx, resolveReferences(selectLongest(all), header)).map(({ span, value }) => ({
    kind: 'time',
    evidence: evidence(ctx.text, span.start, span.end),
    ...value,
  }));
}
