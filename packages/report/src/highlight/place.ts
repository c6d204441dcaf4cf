import { type Document, type Fact, offsetMap } from '../core.js';

/** A fact located in the document's text, in UTF-16 indices as the DOM counts. */
export interface PlacedFact {
  readonly fact: Fact;
  readonly start: number;
  readonly end: number;
}

export type UnplacedReason = 'out_of_range' | 'text_mismatch' | 'duplicate_id';

/** A fact the text view cannot show, kept so the report lists it instead of losing it. */
export interface UnplacedFact {
  readonly fact: Fact;
  readonly reason: UnplacedReason;
  readonly message: string;
}

export interface Placement {
  readonly placed: PlacedFact[];
  readonly unplaced: UnplacedFact[];
}

/**
 * Puts each fact at its evidence offsets (code points) in the canonical text. A span outside
 * the text, a span whose text differs from the evidence, and a second fact with an id already
 * placed (one element per id is the page's contract) are set aside with a reason.
 */
export function placeFacts(document: Document, facts: readonly Fact[]): Placement {
  const map = offsetMap(document.text);
  const placed: PlacedFact[] = [];
  const unplaced: UnplacedFact[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    const { start, end, text } = fact.evidence;
    if (start >= end || end > map.length) {
      unplaced.push({
        fact,
        reason: 'out_of_range',
        message: `span ${start}-${end} lies outside the text (${map.length} characters)`,
      });
      continue;
    }
    const from = map.toUtf16(start);
    const to = map.toUtf16(end);
    const found = document.text.slice(from, to);
    if (found !== text) {
      unplaced.push({
        fact,
        reason: 'text_mismatch',
        message: `span ${start}-${end} reads "${found}", the evidence says "${text}"`,
      });
      continue;
    }
    if (seen.has(fact.id)) {
      unplaced.push({ fact, reason: 'duplicate_id', message: `another fact already has the id ${fact.id}` });
      continue;
    }
    seen.add(fact.id);
    placed.push({ fact, start: from, end: to });
  }
  return { placed, unplaced };
}
