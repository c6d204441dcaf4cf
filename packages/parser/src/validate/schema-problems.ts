import { Dataset, Fact, type Problem } from '@dukien/core';
import { problem } from './problem.js';

/** A JSON pointer for a zod issue path ("/facts/3/evidence/start"). */
export function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Checks the dataset's shape. A dataset whose envelope is broken yields only
 * schema problems; otherwise each fact is checked on its own, so one bad fact
 * is named by its id and the good ones can still be grounded.
 */
export function schemaProblems(input: unknown): { problems: Problem[]; facts: Map<number, Fact> } {
  const problems: Problem[] = [];
  const facts = new Map<number, Fact>();
  const whole = Dataset.safeParse(input);
  if (whole.success) {
    whole.data.facts.forEach((fact, i) => {
      facts.set(i, fact);
    });
    return { problems, facts };
  }
  const raw = input as { facts?: unknown };
  const rawFacts = Array.isArray(raw?.facts) ? raw.facts : [];
  const factIssues = new Set<number>();
  for (const issue of whole.error.issues) {
    if (issue.path[0] === 'facts' && typeof issue.path[1] === 'number') {
      factIssues.add(issue.path[1]);
      continue;
    }
    problems.push(schemaProblem(issue, null, null));
  }
  rawFacts.forEach((rawFact: unknown, i: number) => {
    const parsed = Fact.safeParse(rawFact);
    if (parsed.success) {
      facts.set(i, parsed.data);
      return;
    }
    const f = rawFact as { id?: unknown; documentId?: unknown };
    const id = typeof f?.id === 'string' ? f.id : null;
    const doc = typeof f?.documentId === 'string' ? f.documentId : null;
    for (const issue of parsed.error.issues) {
      problems.push(schemaProblem({ ...issue, path: ['facts', i, ...issue.path] }, id, doc));
    }
  });
  return { problems, facts };
}

type ZodIssue = NonNullable<ReturnType<typeof Dataset.safeParse>['error']>['issues'][number];

function schemaProblem(issue: ZodIssue, factId: string | null, documentId: string | null): Problem {
  const at = pointer(issue.path);
  return problem('schema', `${at || '/'}: ${issue.message}`, { factId, documentId, path: at || '/' });
}
