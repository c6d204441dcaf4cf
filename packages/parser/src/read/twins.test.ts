import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { encodeVariant, generateArticle, VARIANTS } from '../synthetic/index.js';

// Several generated articles, so the twins cover many fact shapes, not one text.
const SEEDS = [3, 7, 19, 42, 101, 2024];

describe.each(SEEDS)('the twins of generated article %i', (seed) => {
  const article = generateArticle(seed);
  const clean = parseDocument(article.bytes, { source: 'clean.txt', id: 'article' });

  it('is read cleanly and has facts of several kinds', () => {
    expect(clean.problems).toEqual([]);
    expect(new Set(clean.facts.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(VARIANTS)('%s gives the same text and exactly the same facts', (variant) => {
    const twin = parseDocument(encodeVariant(article.bytes, variant), {
      source: `${variant}.txt`,
      id: 'article',
    });
    expect(twin.document?.text).toBe(clean.document?.text);
    expect(twin.document?.paragraphs).toEqual(clean.document?.paragraphs);
    expect(twin.facts).toEqual(clean.facts);
    // Only the legacy code page is worth a word: a warning to convert the file.
    const expected = variant === 'windows1258' ? ['encoding'] : [];
    expect(twin.problems.map((p) => p.code)).toEqual(expected);
    expect(twin.problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});
