import { FACT_KINDS, type FactKind } from '../core.js';
import type { DocumentView } from '../document/view.js';

/** One row of the index. */
export interface DocumentSummary {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  /** The page's path relative to the index. */
  readonly href: string;
  readonly counts: Readonly<Record<FactKind, number>>;
  readonly total: number;
  /** Validation problems of the document and its facts, plus facts that could not be placed. */
  readonly problems: number;
}

export function summarize(view: DocumentView, href: string): DocumentSummary {
  const counts = Object.fromEntries(FACT_KINDS.map((kind) => [kind, 0])) as Record<FactKind, number>;
  for (const fact of view.facts) counts[fact.kind] += 1;
  const factProblems = [...view.factProblems.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    id: view.document.id,
    date: view.document.date,
    title: view.document.title,
    href,
    counts,
    total: view.facts.length,
    problems: factProblems + view.documentProblems.length + view.placement.unplaced.length,
  };
}
