import type { FactKind } from './schemas/fact.js';

/** The stable id of a fact: "<documentId>:<kind>:<start>-<end>". */
export function factId(documentId: string, kind: FactKind, start: number, end: number): string {
  return `${documentId}:${kind}:${start}-${end}`;
}

/**
 * Gives facts that share a span and kind distinct ids ("...:12-20", "...:12-20.2"),
 * in the order given, so ids stay stable as long as the order is.
 */
export function uniqueFactIds<T extends { id: string }>(facts: T[]): T[] {
  const seen = new Map<string, number>();
  return facts.map((fact) => {
    const n = (seen.get(fact.id) ?? 0) + 1;
    seen.set(fact.id, n);
    return n === 1 ? fact : { ...fact, id: `${fact.id}.${n}` };
  });
}
