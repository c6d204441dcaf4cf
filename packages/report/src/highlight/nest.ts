/** A range of the text, in UTF-16 indices. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * One element of the highlighted text. A span that nests gets one mark over its whole range.
 * A span that crosses an open one (starts inside it, ends after it) gets its mark over its
 * first segment, up to where the open one closes, flagged `continues`; the rest becomes
 * `continuation` marks, which carry no fact id, so each span still has exactly one mark
 * that names it.
 */
export interface Mark<T extends Span> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
  readonly continuation: boolean;
  continues: boolean;
  /** Levels of marks inside this one: 0 for a mark with no marks inside. */
  height: number;
  readonly children: Mark<T>[];
}

interface Piece<T extends Span> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
  readonly continuation: boolean;
}

/** Outer before inner: earlier start, then longer span, then whole before continuation. */
function pieceOrder<T extends Span>(tieBreak: (a: T, b: T) => number) {
  return (a: Piece<T>, b: Piece<T>): number =>
    a.start - b.start ||
    b.end - a.end ||
    Number(a.continuation) - Number(b.continuation) ||
    tieBreak(a.item, b.item);
}

/** Index at which `piece` keeps `pieces[from..]` sorted. */
function insertionIndex<T extends Span>(
  pieces: Piece<T>[],
  piece: Piece<T>,
  from: number,
  order: (a: Piece<T>, b: Piece<T>) => number,
): number {
  let low = from;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (order(pieces[mid]!, piece) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function setHeights<T extends Span>(marks: Mark<T>[]): number {
  let height = -1;
  for (const mark of marks) {
    mark.height = setHeights(mark.children) + 1;
    height = Math.max(height, mark.height);
  }
  return height;
}

/**
 * Nests possibly overlapping spans into a tree of properly nested marks, in text order.
 * `tieBreak` orders spans with the same range, the first becoming the outer one.
 */
export function nestSpans<T extends Span>(items: readonly T[], tieBreak: (a: T, b: T) => number): Mark<T>[] {
  const order = pieceOrder(tieBreak);
  const pieces: Piece<T>[] = items
    .filter((item) => item.start < item.end)
    .map((item) => ({ item, start: item.start, end: item.end, continuation: false }))
    .sort(order);
  const roots: Mark<T>[] = [];
  const open: Mark<T>[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    while (open.length > 0 && open[open.length - 1]!.end <= piece.start) open.pop();
    const parent = open[open.length - 1];
    let end = piece.end;
    if (parent && end > parent.end) {
      // Crossing: "A [B ] C" with A's span ending inside C's; C's mark stops where the parent does.
      end = parent.end;
      const rest = { item: piece.item, start: end, end: piece.end, continuation: true };
      pieces.splice(insertionIndex(pieces, rest, i + 1, order), 0, rest);
    }
    const mark: Mark<T> = {
      item: piece.item,
      start: piece.start,
      end,
      continuation: piece.continuation,
      continues: end < piece.end,
      height: 0,
      children: [],
    };
    (parent ? parent.children : roots).push(mark);
    open.push(mark);
  }
  setHeights(roots);
  return roots;
}
