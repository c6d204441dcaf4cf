import type { Problem } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { sortProblems } from './sink.js';

const p = (documentId: string | null, message: string, source: string | null = null): Problem => ({
  code: 'header',
  severity: 'error',
  message,
  documentId,
  source,
  factId: null,
  start: null,
  end: null,
  path: null,
});

describe('sortProblems', () => {
  it('orders by document and keeps the order within a document', () => {
    const sorted = sortProblems([p('b', '1'), p('a', '2'), p('b', '3'), p(null, '4', 'a0.txt')]);
    expect(sorted.map((x) => x.message)).toEqual(['2', '4', '1', '3']);
  });
});
