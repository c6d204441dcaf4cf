import type { Dataset, Problem } from '../core.js';

/** Problems sorted to where the report shows them. */
export interface ProblemsByPlace {
  /** Per document id: the problems about it or one of its facts. */
  readonly byDocument: ReadonlyMap<string, Problem[]>;
  /** Problems of no known document, shown on the index. */
  readonly general: Problem[];
}

/**
 * A problem belongs to its document; one that names only a fact goes to that fact's
 * document; the rest (a missing file, an unknown document) are general.
 */
export function groupProblems(dataset: Dataset, problems: readonly Problem[]): ProblemsByPlace {
  const documents = new Set(dataset.documents.map((d) => d.id));
  const documentOfFact = new Map(dataset.facts.map((f) => [f.id, f.documentId]));
  const byDocument = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const problem of problems) {
    const documentId =
      problem.documentId ?? (problem.factId === null ? undefined : documentOfFact.get(problem.factId));
    if (documentId === undefined || !documents.has(documentId)) {
      general.push(problem);
      continue;
    }
    const list = byDocument.get(documentId);
    if (list) list.push(problem);
    else byDocument.set(documentId, [problem]);
  }
  return { byDocument, general };
}
