import { z } from 'zod';

/** Where a fact stands in its article: code-point offsets into the canonical text. */
export const Evidence = z
  .strictObject({
    start: z.int().min(0).describe('Offset of the first character of the span, in Unicode code points'),
    end: z.int().min(0).describe('Offset just past the last character of the span, in Unicode code points'),
    text: z.string().min(1).describe('The canonical text between start and end, exactly'),
  })
  .describe('The characters of the article a fact was read from')
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

/** An ISO calendar date, YYYY-MM-DD. Persisted as a string, never as a Date. */
export const IsoDate = z.iso.date().describe('An ISO 8601 calendar date, YYYY-MM-DD');
