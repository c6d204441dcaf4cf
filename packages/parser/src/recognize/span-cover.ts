import type { Span } from './context.js';

/**
 * Spans kept sorted by start, to pick those touching one paragraph without reading
 * every span of the article for every paragraph.
 */
export class SpansByStart {
  private readonly sorted: readonly { span: Span; order: number }[];
  private readonly longest: number;

  constructor(spans: readonly Span[]) {
    this.sorted = spans.map((span, order) => ({ span, order })).sort((a, b) => a.span.start - b.span.start);
    this.longest = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** The spans overlapping `range`, in the order they were given. */
  overlapping(range: Span): Span[] {
    // A span overlapping the range starts at most `longest` characters before it.
    const from = range.start - this.longest;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid]?.span.start ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const found: { span: Span; order: number }[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const item = this.sorted[i] as { span: Span; order: number };
      if (item.span.start >= range.end) break;
      if (item.span.end > range.start && item.span.end > item.span.start) found.push(item);
    }
    return found.sort((a, b) => a.order - b.order).map((item) => item.span);
  }
}

/**
 * Which of a list of spans covers a stretch of one range: the first in list order, as
 * `spans.find(s => overlaps(s, query))` would answer for a query inside the range. Each
 * character of the range remembers the first span over it, so a question costs the length
 * of the stretch asked about, not the number of spans.
 */
export class SpanCover {
  private readonly first: Int32Array;

  constructor(
    private readonly spans: readonly Span[],
    private readonly range: Span,
  ) {
    this.first = new Int32Array(Math.max(0, range.end - range.start));
    for (let i = spans.length - 1; i >= 0; i--) {
      const { start, end } = spans[i] as Span;
      const from = Math.max(start, range.start) - range.start;
      const to = Math.min(end, range.end) - range.start;
      if (from < to) this.first.fill(i + 1, from, to);
    }
  }

  /** The first span (in list order) sharing a character with `query`, if any. */
  firstOverlapping(query: Span): Span | undefined {
    const from = Math.max(query.start, this.range.start) - this.range.start;
    const to = Math.min(query.end, this.range.end) - this.range.start;
    let best = 0;
    for (let i = from; i < to; i++) {
      const n = this.first[i] ?? 0;
      if (n !== 0 && (best === 0 || n < best)) best = n;
    }
    return best === 0 ? undefined : this.spans[best - 1];
  }
}
