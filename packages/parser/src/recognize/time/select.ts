import type { Candidate } from './candidate.js';

/**
 * Settles overlapping readings: the longest wins ("Sáng 11/11" over "11/11",
 * "6 tháng đầu năm" over "6 tháng"), then the earliest, then the first found.
 * Returns the kept candidates in text order.
 */
export function selectLongest(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort(
      (x, y) =>
        y.c.span.end - y.c.span.start - (x.c.span.end - x.c.span.start) ||
        x.c.span.start - y.c.span.start ||
        x.order - y.order,
    );
  // Characters already taken by a kept reading: a reading is checked against its own
  // characters, not against every reading kept before it.
  const taken = new Uint8Array(candidates.reduce((n, c) => Math.max(n, c.span.end), 0));
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    const { start, end } = c.span;
    if (taken.subarray(start, end).includes(1)) continue;
    taken.fill(1, start, end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
