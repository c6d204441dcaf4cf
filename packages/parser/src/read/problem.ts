import type { Problem, ProblemCode } from '@dukien/core';

/** Where a reading problem belongs: the file, and the document once its id is known. */
export interface ReadTarget {
  source: string;
  documentId: string | null;
}

/** A document-level reading problem, with the code point span when there is one. */
export function readProblem(
  code: ProblemCode,
  message: string,
  target: ReadTarget,
  span: { start: number; end: number } | null = null,
  severity: Problem['severity'] = 'error',
): Problem {
  return {
    code,
    severity,
    message,
    documentId: target.documentId,
    source: target.source,
    factId: null,
    start: span?.start ?? null,
    end: span?.end ?? null,
    path: null,
  };
}
