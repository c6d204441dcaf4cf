import type { Problem } from '@dukien/core';
import type { DocumentOutput } from './task.js';

export interface ArticleRef {
  id: string;
  source: string;
}

export const problemAt = (ref: ArticleRef, code: Problem['code'], message: string): Problem => ({
  code,
  severity: 'error',
  message,
  documentId: ref.id,
  source: ref.source,
  factId: null,
  start: null,
  end: null,
  path: null,
});

/** The output of a file that goes into no table, with why. */
export function skippedOutput(problems: Problem[]): DocumentOutput {
  return {
    written: false,
    documentLine: null,
    factLines: '',
    csv: null,
    factCounts: {},
    problems,
    positions: problems.map(() => null),
  };
}

/** A file that could not be read or parsed at all: one problem that says why. */
export function failedOutput(ref: ArticleRef, code: Problem['code'], message: string): DocumentOutput {
  return skippedOutput([problemAt(ref, code, message)]);
}
