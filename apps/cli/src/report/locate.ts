/** 1-based line and column of a code point offset, as editors and GitHub count them. */
export interface Position {
  line: number;
  column: number;
}

/** Maps code point offsets of one text to line and column; build once per document. */
export function locator(text: string): (offset: number) => Position {
  const chars = Array.from(text);
  const lineStarts = [0];
  chars.forEach((ch, i) => {
    if (ch === '\n') lineStarts.push(i + 1);
  });
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}
