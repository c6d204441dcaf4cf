import { compareFacts, type Document, type Fact, type Problem } from '../core.js';
import { type Placement, placeFacts } from '../highlight/place.js';

/** What a document's page shows: its facts placed in the text and its problems sorted out. */
export interface DocumentView {
  readonly document: Document;
  /** The document's facts in dataset order. */
  readonly facts: readonly Fact[];
  readonly placement: Placement;
  /** Problems about one of the facts, by fact id. */
  readonly factProblems: ReadonlyMap<string, Problem[]>;
  /** Problems about the document as a whole, or about a fact it does not hold. */
  readonly documentProblems: readonly Problem[];
}

export function viewDocument(
  document: Document,
  facts: readonly Fact[],
  problems: readonly Problem[],
): DocumentView {
  const sorted = [...facts].sort(compareFacts);
  const ids = new Set(sorted.map((f) => f.id));
  const factProblems = new Map<string, Problem[]>();
  const documentProblems: Problem[] = [];
  for (const problem of problems) {
    if (problem.factId === null || !ids.has(problem.factId)) {
      documentProblems.push(problem);
      continue;
    }
    const list = factProblems.get(problem.factId);
    if (list) list.push(problem);
    else factProblems.set(problem.factId, [problem]);
  }
  return { document, facts: sorted, placement: placeFacts(document, sorted), factProblems, documentProblems };
}
