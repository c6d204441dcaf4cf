import type { Problem, ProblemCode } from '@dukien/core';

/** Builds a problem; fields not given are null, severity defaults to error. */
export function problem(
  code: ProblemCode,
  message: string,
  where: Partial<Omit<Problem, 'code' | 'message'>> = {},
): Problem {
  return {
    code,
    severity: where.severity ?? 'error',
    message,
    documentId: where.documentId ?? null,
    source: where.source ?? null,
    factId: where.factId ?? null,
    start: where.start ?? null,
    end: where.end ?? null,
    path: where.path ?? null,
  };
}

/** A short, visible rendering of a piece of text for messages: quoted, newlines shown, long text cut. */
export function quote(text: string, max = 80): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(shown);
}
