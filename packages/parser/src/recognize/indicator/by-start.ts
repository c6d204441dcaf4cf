import type { Span } from '../context.js';

type Spanned = { evidence: Span } | Span;

const startOf = (x: Spanned): number => ('evidence' in x ? x.evidence.start : x.start);

/** The index of the first item of `sorted` (by start) that starts at `at` or later. */
export function firstStartingAt(sorted: readonly Spanned[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items sorted by start whose start is in [from, to): a binary search, then a slice. */
export function startingIn<T extends Spanned>(sorted: readonly T[], from: number, to: number): T[] {
  return from >= to ? [] : sorted.slice(firstStartingAt(sorted, from), firstStartingAt(sorted, to));
}
