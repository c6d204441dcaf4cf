import type { Period } from '@dukien/core';
import { type DraftOf, evidence, type RecognizeContext, readableSpans, type Span } from './context.js';
import { clauseAround, sentenceAround } from './indicator/clauses.js';
import { unitFits } from './indicator/lexicon.js';
import { findIndicatorPhrases, type PhraseMatch } from './indicator/phrases.js';
import { statusOf } from './indicator/status.js';

export interface IndicatorInputs {
  quantities: readonly DraftOf<'quantity'>[];
  times: readonly DraftOf<'time'>[];
  locations: readonly DraftOf<'location'>[];
  organizations: readonly DraftOf<'organization'>[];
}

/** How far (in characters) a phrase may stand before its value, within one clause. */
const MAX_GAP = 90;
/** How far a phrase may follow its value ("12 xã được công nhận đạt chuẩn nông thôn mới"). */
const MAX_TRAILING_GAP = 24;
const COORDINATION = /^\s*(?:,|và|,\s*và|cùng)\s*$/u;
const SUBJECT_TYPES = new Set(['province', 'city', 'district', 'commune', 'industrial_zone']);

/**
 * Statistics: a quantity tied to an indicator phrase of its clause
 * ("tỷ lệ hộ nghèo ... 1,75%"), the subject in scope (the nearest place before
 * it in the paragraph, then earlier paragraphs), the period (a time fact of
 * the clause, else the article year) and the status ("ước đạt": estimate,
 * "mục tiêu": target). A value in parentheses right after a statistic
 * ("(đầu năm là 5,6%)") is a baseline of the same indicator.
 */
export function recognizeIndicators(ctx: RecognizeContext, found: IndicatorInputs): DraftOf<'indicator'>[] {
  const phrases = findIndicatorPhrases(ctx.folded, readableSpans(ctx));
  const out: DraftOf<'indicator'>[] = [];
  let previous: { fact: DraftOf<'indicator'>; end: number } | null = null;
  for (const q of [...found.quantities].sort((a, b) => a.evidence.start - b.evidence.start)) {
    const clause = clauseAround(ctx.text, q.evidence.start, q.evidence.end);
    const phrase = phraseFor(ctx.text, q, clause, phrases, found.quantities);
    let key: string;
    let start: number;
    let end = q.evidence.end;
    if (phrase) {
      key = phrase.phrase.key;
      start = Math.min(phrase.start, q.evidence.start);
      end = Math.max(phrase.end, q.evidence.end);
    } else if (previous && isBaseline(ctx.text, previous.end, clause, q) && previous.fact.unit === q.unit) {
      key = previous.fact.indicator;
      start = clause.start;
      while (ctx.text[start] === ' ') start++;
    } else {
      continue;
    }
    const subject = subjectBefore(start, found);
    if (!subject) continue;
    const fact: DraftOf<'indicator'> = {
      kind: 'indicator',
      evidence: evidence(ctx.text, start, end),
      subject,
      indicator: key,
      value: q.value,
      unit: q.unit,
      period: periodOf(
        ctx,
        sentenceAround(ctx.text, q.evidence.start, q.evidence.end),
        q.evidence.start,
        found.times,
      ),
      // The qualifier inside the value counts too: "ước đạt 7,92%".
      status: statusOf(ctx.folded.slice(clause.start, q.evidence.end)),
    };
    out.push(fact);
    previous = { fact, end: q.evidence.end };
  }
  return out;
}

/** The nearest indicator phrase of the clause that fits the quantity's unit: before it, or right after it. */
function phraseFor(
  text: string,
  q: DraftOf<'quantity'>,
  clause: Span,
  phrases: readonly PhraseMatch[],
  quantities: readonly DraftOf<'quantity'>[],
): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of phrases) {
    if (p.start < clause.start || p.end > clause.end || !unitFits(q.unit, p.phrase.units)) continue;
    let distance: number;
    if (p.end <= q.evidence.start) {
      distance = q.evidence.start - p.end;
      // Another value of the same kind between the phrase and this one takes the phrase
      // ("thu hút 110 dự án, 50 doanh nghiệp"), unless the two are coordinated
      // ("tổng vốn 2.500 tỷ đồng và 316 triệu USD"). A value that does not fit
      // ("giảm 1,2 điểm phần trăm, còn 6%") does not.
      const between = quantities.filter(
        (o) =>
          o !== q &&
          o.evidence.start >= p.end &&
          o.evidence.end <= q.evidence.start &&
          unitFits(o.unit, p.phrase.units),
      );
      const last = between.at(-1);
      const coordinated =
        last !== undefined && COORDINATION.test(text.slice(last.evidence.end, q.evidence.start));
      if ((between.length > 0 && !coordinated) || distance > MAX_GAP) continue;
    } else if (p.start >= q.evidence.start && p.start <= q.evidence.end + MAX_TRAILING_GAP) {
      // "11/13 huyện đạt chuẩn nông thôn mới", "396 dự án FDI", "12 xã được công nhận đạt chuẩn
      // nông thôn mới": the phrase follows the value, or shares its unit.
      if (/[,;:()]/.test(text.slice(q.evidence.end, p.start))) continue;
      distance = Math.max(0, p.start - q.evidence.end);
    } else {
      continue;
    }
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/** "... 1,75% (đầu nhiệm kỳ là 5,6%)": the clause opens with "(" right after the previous statistic. */
function isBaseline(text: string, previousEnd: number, clause: Span, q: DraftOf<'quantity'>): boolean {
  const open = clause.start - 1;
  return text[open] === '(' && text.slice(previousEnd, open).trim() === '' && q.evidence.end <= clause.end;
}

/** The nearest place before `at` in its paragraph, then in earlier paragraphs; else the first organization. */
function subjectBefore(at: number, found: IndicatorInputs): string | null {
  let best: { end: number; name: string } | null = null;
  for (const l of found.locations) {
    if (!SUBJECT_TYPES.has(l.type) || l.evidence.end > at) continue;
    if (!best || l.evidence.end > best.end) best = { end: l.evidence.end, name: l.name };
  }
  if (best) return best.name;
  const after = found.locations.find((l) => SUBJECT_TYPES.has(l.type));
  return after?.name ?? found.organizations[0]?.name ?? null;
}

/**
 * The period of the sentence's time fact nearest before the value (else the
 * first after it), or the article year. A time that is a comparison baseline
 * ("so với năm 2020", "gấp 2 lần năm trước") is no period; "từ năm 2020"
 * opens a period that runs on ("từ X ... đến nay").
 */
function periodOf(
  ctx: RecognizeContext,
  sentence: Span,
  at: number,
  times: readonly DraftOf<'time'>[],
): Period {
  const candidates = times.filter(
    (t) =>
      t.evidence.start >= sentence.start &&
      t.evidence.end <= sentence.end &&
      !BASELINE_BEFORE.test(
        ctx.folded.slice(Math.max(sentence.start, t.evidence.start - 24), t.evidence.start),
      ),
  );
  const before = candidates
    .filter((t) => t.evidence.end <= at)
    .sort((a, b) => b.evidence.end - a.evidence.end);
  const time = before[0] ?? candidates.find((t) => t.evidence.start >= at);
  if (!time) {
    const year = ctx.date.slice(0, 4);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  // A duration or an unresolved relative time ("trong 3 năm", "đầu nhiệm kỳ") leaves the period open.
  if (OPENS_BEFORE.test(ctx.folded.slice(Math.max(0, time.evidence.start - 12), time.evidence.start))) {
    return { start: time.start, end: null };
  }
  return { start: time.start, end: time.end };
}

const BASELINE_BEFORE = /(?:so với|gấp[^.;]{0,12}|bằng)\s*(?:cùng kỳ\s*)?$/u;
const OPENS_BEFORE = /(?:^|[^\p{L}])từ\s*(?:đầu\s*)?$/u;
