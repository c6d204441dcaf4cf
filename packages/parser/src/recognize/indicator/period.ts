import type { Period } from '@dukien/core';
import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import type { DraftOf, RecognizeContext, Span } from '../context.js';

// A comparison baseline is no period: "so với năm 2020", "gấp 2 lần năm trước", "bằng cùng kỳ".
const BASELINE_BEFORE = vietnameseRegex('(?:so với|gấp[^.;]{0,12}|bằng)\\s*(?:cùng kỳ\\s*)?$', 'u');
// A deadline after the value is no period either: "giải ngân 60% trước ngày 30/9".
const DEADLINE_BEFORE = vietnameseRegex('(?:trước|chậm nhất|hạn|sau)\\s*(?:ngày\\s*)?$', 'u');
// "từ năm 2020" opens a period that runs on ("từ X ... đến nay").
const OPENS_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])từ\\s*(?:đầu\\s*)?$', 'u');

/**
 * The period of a statistic: the time fact nearest before the value in its
 * clause, else in its sentence, else the first after it in the clause that is
 * not a deadline; else the article year. A duration or an unresolved relative
 * time ("trong 3 năm", "đầu nhiệm kỳ") leaves the period open.
 */
export function periodOf(
  ctx: RecognizeContext,
  clause: Span,
  sentence: Span,
  at: number,
  times: readonly DraftOf<'time'>[],
): Period {
  const textBefore = (t: DraftOf<'time'>) =>
    ctx.folded.slice(Math.max(sentence.start, t.evidence.start - 24), t.evidence.start);
  const usable = times.filter(
    (t) =>
      t.evidence.start >= sentence.start &&
      t.evidence.end <= sentence.end &&
      !BASELINE_BEFORE.test(textBefore(t)),
  );
  const nearestBefore = (from: number) =>
    usable
      .filter((t) => t.evidence.start >= from && t.evidence.end <= at)
      .sort((a, b) => b.evidence.end - a.evidence.end)[0];
  const time =
    nearestBefore(clause.start) ??
    nearestBefore(sentence.start) ??
    usable.find(
      (t) => t.evidence.start >= at && t.evidence.end <= clause.end && !DEADLINE_BEFORE.test(textBefore(t)),
    );
  if (!time) {
    const year = ctx.date.slice(0, 4);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  if (OPENS_BEFORE.test(ctx.folded.slice(Math.max(0, time.evidence.start - 12), time.evidence.start))) {
    return { start: time.start, end: null };
  }
  return { start: time.start, end: time.end };
}
