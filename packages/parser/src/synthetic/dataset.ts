import { createHash } from 'node:crypto';
import {
  compareFacts,
  type Dataset,
  type Fact,
  factId,
  offsetMap,
  type ParagraphRole,
  SCHEMA_VERSION,
  uniqueFactIds,
} from '@dukien/core';
import type { Article } from './article.js';

/** Paragraphs as facts-from-notes finds them: runs of lines between blank lines, trimmed. */
function paragraphSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

export const GENERATOR = { name: 'dukien synthetic articles', version: '1' } as const;

/**
 * The Dataset of a generated article, shaped like seeds/*.facts.json: code
 * point offsets into the canonical text, ids from factId, dataset order.
 */
export function articleDataset(article: Article, id: string, source: string, bytes: Uint8Array): Dataset {
  const { text } = article;
  const map = offsetMap(text);
  const spans = paragraphSpans(text);
  if (spans.length !== article.roles.length) {
    throw new Error(`${id}: ${spans.length} paragraphs for ${article.roles.length} roles`);
  }
  const paragraphs = spans.map((p, i) => ({
    start: map.toCodePoint(p.start),
    end: map.toCodePoint(p.end),
    role: article.roles[i] as ParagraphRole,
  }));
  const captions = spans
    .filter((_, i) => article.roles[i] === 'caption')
    .map((p) => text.slice(p.start, p.end));
  const facts = article.facts.map((placed): Fact => {
    const start = map.toCodePoint(placed.start);
    const end = map.toCodePoint(placed.end);
    return {
      id: factId(id, placed.body.kind, start, end),
      documentId: id,
      evidence: { start, end, text: text.slice(placed.start, placed.end) },
      ...placed.body,
    } as Fact;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { ...GENERATOR },
    documents: [
      {
        id,
        source,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        date: article.date,
        title: article.title.trim(),
        byline: article.byline,
        captions,
        paragraphs,
        text,
      },
    ],
    facts: uniqueFactIds(facts.sort(compareFacts)),
  };
}
