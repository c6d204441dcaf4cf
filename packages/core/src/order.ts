import { FACT_KINDS, type Fact } from './schemas/fact.js';

const KIND_RANK = new Map<string, number>(FACT_KINDS.map((kind, i) => [kind, i]));

/** Dataset order: document, then start offset, then longer spans first, then kind, then id. */
export function compareFacts(a: Fact, b: Fact): number {
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  if (a.evidence.start !== b.evidence.start) return a.evidence.start - b.evidence.start;
  if (a.evidence.end !== b.evidence.end) return b.evidence.end - a.evidence.end;
  const kind = (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0);
  if (kind !== 0) return kind;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
