import { Document } from '@dukien/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeVariant, generateArticle, VARIANTS } from '../synthetic/index.js';
import { fuzzSettings } from '../test-support/fuzz-settings.js';
import { readDocument } from './read-document.js';

const ARTICLE = generateArticle(11).bytes;

/** Bytes of an article with a few bytes overwritten, inserted or cut: what a broken download gives. */
const damagedArticle = fc
  .tuple(
    fc.constantFrom(...VARIANTS, null),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.uint8Array({ maxLength: 6 })), { maxLength: 6 }),
  )
  .map(([variant, edits]) => {
    let bytes = Buffer.from(variant ? encodeVariant(ARTICLE, variant) : ARTICLE);
    for (const [at, cut, insert] of edits) {
      const i = at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, i), insert, bytes.subarray(i + cut)]);
    }
    return new Uint8Array(bytes);
  });

/** A header line, then random text: reaches the paragraph and role rules. */
const headedText = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 300 }))
  .map(([title, body]) => `date 2023-11 ${title}\n\n${body}`);

const codePoints = (text: string) => [...text].length;

/** What every read must hold, document or not. */
function checkRead(input: Uint8Array | string): void {
  const { document, problems } = readDocument(input, { source: 'fuzz/a.txt' });
  for (const p of problems) {
    expect(p.code).toMatch(/^[a-z_]+$/);
    expect(p.message.length).toBeGreaterThan(5);
    expect(p.source).toBe('fuzz/a.txt');
  }
  if (!document) {
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    return;
  }
  expect(Document.safeParse(document).success).toBe(true);
  const { text } = document;
  expect(text.includes('\r')).toBe(false);
  expect(text.startsWith('\uFEFF')).toBe(false);
  expect(text.normalize('NFC')).toBe(text);
  const length = codePoints(text);
  let previousEnd = 0;
  for (const p of document.paragraphs) {
    expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(length);
    previousEnd = p.end;
  }
  expect(document.paragraphs[0]?.role).toBe('title');
}

describe('readDocument on arbitrary input', () => {
  it('never throws on arbitrary bytes; a document has its paragraphs inside its text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), checkRead), fuzzSettings(7001, 300));
  });

  it('never throws on a damaged article in any encoding', () => {
    fc.assert(fc.property(damagedArticle, checkRead), fuzzSettings(7002, 200));
  });

  it('never throws on arbitrary strings, headed or not', () => {
    fc.assert(
      fc.property(fc.oneof(headedText, fc.string({ unit: 'binary', maxLength: 500 })), checkRead),
      fuzzSettings(7003, 300),
    );
  });
});
