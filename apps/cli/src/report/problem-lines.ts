import type { Problem } from '@dukien/core';
import { locator, type Position } from './locate.js';

/** A problem with where it points in a file, when it points anywhere. */
export interface LocatedProblem extends Problem {
  file: string | null;
  from: Position | null;
  to: Position | null;
}

/**
 * Adds file:line:column to problems that have a span in a known document.
 * `fileOf` gives the path a person can open for a document id.
 */
export function locateProblems(
  problems: readonly Problem[],
  texts: ReadonlyMap<string, string>,
  fileOf: (documentId: string) => string | null,
): LocatedProblem[] {
  const locators = new Map<string, ReturnType<typeof locator>>();
  return problems.map((p) => {
    const file = p.documentId ? fileOf(p.documentId) : p.source;
    const text = p.documentId ? texts.get(p.documentId) : undefined;
    if (text === undefined || p.start === null || !p.documentId) return { ...p, file, from: null, to: null };
    let at = locators.get(p.documentId);
    if (!at) {
      at = locator(text);
      locators.set(p.documentId, at);
    }
    return { ...p, file, from: at(p.start), to: p.end === null ? null : at(p.end) };
  });
}

/** Problems grouped by document, in first-seen order; problems without a document come last. */
export function groupByDocument(problems: readonly LocatedProblem[]): Map<string, LocatedProblem[]> {
  const groups = new Map<string, LocatedProblem[]>();
  for (const p of problems) {
    const key = p.documentId ?? '';
    const group = groups.get(key) ?? [];
    group.push(p);
    groups.set(key, group);
  }
  const general = groups.get('');
  if (general) {
    groups.delete('');
    groups.set('', general);
  }
  return groups;
}
