import { FACT_KINDS, type Fact, type FactKind } from '@dukien/core';
import { foldKey } from '../text/fold.js';

/** Targets of issue 3: precision and recall per kind, value accuracy of quantities. */
export const TARGETS: Readonly<Record<FactKind, number>> = {
  quantity: 0.95,
  time: 0.95,
  person: 0.95,
  location: 0.95,
  organization: 0.85,
  indicator: 0.85,
};
export const VALUE_ACCURACY_TARGET = 0.98;

const sameNumber = (a: number | null, b: number | null): boolean => {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
};

const sameText = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : foldKey(a) === foldKey(b);

const overlap = (a: Fact, b: Fact): number =>
  Math.min(a.evidence.end, b.evidence.end) - Math.max(a.evidence.start, b.evidence.start);

/** Whether a quantity's value and unit agree (the "value accuracy" question). */
export const sameValue = (a: Fact, b: Fact): boolean =>
  a.kind === 'quantity' && b.kind === 'quantity' && sameNumber(a.value, b.value) && sameText(a.unit, b.unit);

/**
 * Whether two facts of one kind say the same thing: quantity value and unit;
 * time start and end; person and organization name; location name, type and code;
 * indicator key and value. Names compare folded (case, tone placement).
 */
export function fieldsAgree(reference: Fact, predicted: Fact): boolean {
  switch (reference.kind) {
    case 'quantity':
      return sameValue(reference, predicted);
    case 'time':
      return (
        predicted.kind === 'time' && reference.start === predicted.start && reference.end === predicted.end
      );
    case 'person':
      return predicted.kind === 'person' && sameText(reference.name, predicted.name);
    case 'organization':
      return predicted.kind === 'organization' && sameText(reference.name, predicted.name);
    case 'location':
      return (
        predicted.kind === 'location' &&
        sameText(reference.name, predicted.name) &&
        reference.type === predicted.type &&
        reference.code === predicted.code
      );
    case 'indicator':
      return (
        predicted.kind === 'indicator' &&
        reference.indicator === predicted.indicator &&
        sameNumber(reference.value, predicted.value)
      );
  }
}

export type MatchMode = 'full' | 'span';

export interface Pair {
  reference: Fact;
  predicted: Fact;
  agree: boolean;
}

/**
 * One-to-one greedy matching: candidate pairs have the same kind and
 * overlapping spans (and, in full mode, agreeing fields); the best pairs are
 * taken first: agreeing fields, then the larger overlap, then the closer start.
 */
export function matchFacts(reference: readonly Fact[], predicted: readonly Fact[], mode: MatchMode): Pair[] {
  const candidates: { r: number; p: number; agree: boolean; size: number; shift: number }[] = [];
  reference.forEach((ref, r) => {
    predicted.forEach((pred, p) => {
      if (ref.kind !== pred.kind) return;
      const size = overlap(ref, pred);
      if (size <= 0) return;
      const agree = fieldsAgree(ref, pred);
      if (mode === 'full' && !agree) return;
      candidates.push({ r, p, agree, size, shift: Math.abs(ref.evidence.start - pred.evidence.start) });
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.agree) - Number(a.agree) || b.size - a.size || a.shift - b.shift || a.r - b.r || a.p - b.p,
  );
  const usedR = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedR.has(c.r) || usedP.has(c.p)) continue;
    usedR.add(c.r);
    usedP.add(c.p);
    pairs.push({ reference: reference[c.r] as Fact, predicted: predicted[c.p] as Fact, agree: c.agree });
  }
  return pairs;
}

/** Counts of one kind. */
export interface KindCounts {
  reference: number;
  predicted: number;
  /** Pairs with overlapping spans and agreeing fields. */
  matched: number;
  /** Pairs with overlapping spans, whatever the fields. */
  spanMatched: number;
}

/** Among span-matched quantity pairs, how many have the same value and unit. */
export interface ValueCounts {
  compared: number;
  correct: number;
}

/**
 * Among found statistics (key and value agree), how many also name the same subject, period
 * and status: the fields a found statistic can still get wrong, which matching leaves aside.
 */
export interface IndicatorFieldCounts {
  compared: number;
  subject: number;
  period: number;
  status: number;
  /** Found statistics whose evidence is the gold's exactly, from the verb to the words that close its name. */
  span: number;
}

/**
 * Fields a found person or organization can still get wrong, which matching leaves aside:
 * the titles and rank written at a person's mention, an organization's type.
 */
export const DETAIL_FIELDS = ['person.titles', 'person.rank', 'organization.type'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** Among found people and organizations (full matching), how many agree on each detail field. */
export interface DetailFieldCounts {
  people: number;
  organizations: number;
  agree: Record<DetailField, number>;
}

const emptyDetails = (): DetailFieldCounts => ({
  people: 0,
  organizations: 0,
  agree: { 'person.titles': 0, 'person.rank': 0, 'organization.type': 0 },
});

function detailsAgree(reference: Fact, predicted: Fact): DetailField[] {
  if (reference.kind === 'person' && predicted.kind === 'person') {
    const agree: DetailField[] = [];
    const titles = reference.titles.length === predicted.titles.length;
    if (titles && reference.titles.every((t, i) => sameText(t, predicted.titles[i] ?? null)))
      agree.push('person.titles');
    if (sameText(reference.rank, predicted.rank)) agree.push('person.rank');
    return agree;
  }
  if (reference.kind === 'organization' && predicted.kind === 'organization')
    return reference.type === predicted.type ? ['organization.type'] : [];
  return [];
}

export interface DocumentScore {
  documentId: string;
  counts: Record<FactKind, KindCounts>;
  values: ValueCounts;
  indicatorFields: IndicatorFieldCounts;
  /** Found statistics whose subject, period or status disagree. */
  indicatorFieldMismatches: Pair[];
  details: DetailFieldCounts;
  /** Found people and organizations whose titles, rank or type disagree. */
  detailMismatches: Pair[];
  /** Reference facts nobody found (full matching). */
  misses: Fact[];
  /** Predicted facts that match no reference fact (full matching). */
  falsePositives: Fact[];
  /** Span-matched pairs whose fields disagree: found, but normalized wrongly. */
  mismatches: Pair[];
}

const emptyCounts = (): Record<FactKind, KindCounts> =>
  Object.fromEntries(
    FACT_KINDS.map((k) => [k, { reference: 0, predicted: 0, matched: 0, spanMatched: 0 }]),
  ) as Record<FactKind, KindCounts>;

/** Scores the facts a parser predicted for one document against its reference facts. */
export function scoreDocument(
  documentId: string,
  reference: readonly Fact[],
  predicted: readonly Fact[],
): DocumentScore {
  const counts = emptyCounts();
  for (const f of reference) counts[f.kind].reference++;
  for (const f of predicted) counts[f.kind].predicted++;
  const full = matchFacts(reference, predicted, 'full');
  for (const pair of full) counts[pair.reference.kind].matched++;
  const span = matchFacts(reference, predicted, 'span');
  for (const pair of span) counts[pair.reference.kind].spanMatched++;
  const values: ValueCounts = { compared: 0, correct: 0 };
  for (const pair of span) {
    if (pair.reference.kind !== 'quantity') continue;
    values.compared++;
    if (sameValue(pair.reference, pair.predicted)) values.correct++;
  }
  const indicatorFields: IndicatorFieldCounts = { compared: 0, subject: 0, period: 0, status: 0, span: 0 };
  const indicatorFieldMismatches: Pair[] = [];
  for (const pair of full) {
    const { reference: r, predicted: p } = pair;
    if (r.kind !== 'indicator' || p.kind !== 'indicator') continue;
    indicatorFields.compared++;
    const agree = {
      subject: sameText(r.subject, p.subject),
      period: r.period.start === p.period.start && r.period.end === p.period.end,
      status: r.status === p.status,
    };
    for (const field of ['subject', 'period', 'status'] as const) if (agree[field]) indicatorFields[field]++;
    if (r.evidence.start === p.evidence.start && r.evidence.end === p.evidence.end) indicatorFields.span++;
    if (!(agree.subject && agree.period && agree.status)) indicatorFieldMismatches.push(pair);
  }
  const details = emptyDetails();
  const detailMismatches: Pair[] = [];
  for (const pair of full) {
    const kind = pair.reference.kind;
    if (kind !== 'person' && kind !== 'organization') continue;
    if (kind === 'person') details.people++;
    else details.organizations++;
    const agree = detailsAgree(pair.reference, pair.predicted);
    for (const field of agree) details.agree[field]++;
    if (agree.length < (kind === 'person' ? 2 : 1)) detailMismatches.push(pair);
  }
  const foundR = new Set(full.map((p) => p.reference));
  const foundP = new Set(full.map((p) => p.predicted));
  return {
    documentId,
    counts,
    values,
    indicatorFields,
    indicatorFieldMismatches,
    details,
    detailMismatches,
    misses: reference.filter((f) => !foundR.has(f)),
    falsePositives: predicted.filter((f) => !foundP.has(f)),
    mismatches: span.filter((p) => !p.agree),
  };
}

export interface KindSummary extends KindCounts {
  precision: number | null;
  recall: number | null;
  spanPrecision: number | null;
  spanRecall: number | null;
  target: number;
  /** Both precision and recall reach the target. */
  meetsTarget: boolean;
}

export interface Summary {
  documents: number;
  kinds: Record<FactKind, KindSummary>;
  valueAccuracy: ValueCounts & { accuracy: number | null; target: number; meetsTarget: boolean };
  indicatorFields: IndicatorFieldCounts;
  details: DetailFieldCounts;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Adds document scores up into precision, recall and value accuracy per kind. */
export function summarize(scores: readonly DocumentScore[]): Summary {
  const total = emptyCounts();
  const values: ValueCounts = { compared: 0, correct: 0 };
  const indicatorFields: IndicatorFieldCounts = { compared: 0, subject: 0, period: 0, status: 0, span: 0 };
  const details = emptyDetails();
  for (const s of scores) {
    details.people += s.details.people;
    details.organizations += s.details.organizations;
    for (const field of DETAIL_FIELDS) details.agree[field] += s.details.agree[field];
    for (const field of ['compared', 'subject', 'period', 'status', 'span'] as const)
      indicatorFields[field] += s.indicatorFields[field];
    for (const kind of FACT_KINDS) {
      const t = total[kind];
      const c = s.counts[kind];
      t.reference += c.reference;
      t.predicted += c.predicted;
      t.matched += c.matched;
      t.spanMatched += c.spanMatched;
    }
    values.compared += s.values.compared;
    values.correct += s.values.correct;
  }
  const kinds = Object.fromEntries(
    FACT_KINDS.map((kind) => {
      const c = total[kind];
      const precision = ratio(c.matched, c.predicted);
      const recall = ratio(c.matched, c.reference);
      const target = TARGETS[kind];
      return [
        kind,
        {
          ...c,
          precision,
          recall,
          spanPrecision: ratio(c.spanMatched, c.predicted),
          spanRecall: ratio(c.spanMatched, c.reference),
          target,
          meetsTarget: (precision ?? 0) >= target && (recall ?? 0) >= target,
        },
      ];
    }),
  ) as Record<FactKind, KindSummary>;
  const accuracy = ratio(values.correct, values.compared);
  return {
    documents: scores.length,
    kinds,
    valueAccuracy: {
      ...values,
      accuracy,
      target: VALUE_ACCURACY_TARGET,
      meetsTarget: (accuracy ?? 0) >= VALUE_ACCURACY_TARGET,
    },
    indicatorFields,
    details,
  };
}
