import type { Fact, FactKind, FactOf, Paragraph } from '@dukien/core';

/**
 * What every recognizer sees of one document. Recognizers are pure functions
 * of this context; they never read files.
 *
 * Offsets inside the parser are UTF-16 indices into `text` (what JavaScript
 * regexes give); parseDocument converts them to code points once, at the end.
 */
export interface RecognizeContext {
  /** Canonical text of the whole file (header line included). */
  readonly text: string;
  /** foldForMatch(text): same length, for case- and tone-placement-insensitive matching. */
  readonly folded: string;
  /** The article month from the header, YYYY-MM: resolves "11/11" to a year. */
  readonly date: string;
  /** Paragraphs in UTF-16 offsets; recognizers skip the byline. */
  readonly paragraphs: readonly Paragraph[];
}

export interface Span {
  start: number;
  end: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A fact as a recognizer returns it: no id or document yet, UTF-16 offsets. */
export type DraftFact = DistributiveOmit<Fact, 'id' | 'documentId'>;
export type DraftOf<K extends FactKind> = DistributiveOmit<FactOf<K>, 'id' | 'documentId'>;

/** Evidence for text[start, end). */
export function evidence(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** The parts of the text recognizers read: every paragraph but the byline. */
export function readableSpans(ctx: RecognizeContext): Span[] {
  return ctx.paragraphs.filter((p) => p.role !== 'byline').map(({ start, end }) => ({ start, end }));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
