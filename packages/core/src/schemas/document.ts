import { z } from 'zod';

export const ParagraphRole = z
  .enum(['title', 'lead', 'body', 'caption', 'byline'])
  .describe(
    'title (the header line), lead (first paragraph), body, caption (a short photo caption line), byline (closing author line)',
  )
  .meta({ id: 'ParagraphRole' });
export type ParagraphRole = z.infer<typeof ParagraphRole>;

export const Paragraph = z
  .strictObject({
    start: z.int().min(0).describe('Offset of the paragraph start, in code points'),
    end: z.int().min(0).describe('Offset just past the paragraph end, in code points'),
    role: ParagraphRole,
  })
  .describe('A paragraph of the canonical text and its role')
  .meta({ id: 'Paragraph' });
export type Paragraph = z.infer<typeof Paragraph>;

export const Document = z
  .strictObject({
    id: z.string().min(1).describe('Document identifier: the source path without its .txt extension'),
    source: z
      .string()
      .min(1)
      .describe('Path of the article file, relative to the corpus root, with / separators'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the source file bytes, lower-case hex'),
    date: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .describe('Publication month from the header, YYYY-MM'),
    title: z.string().describe('Article title from the header'),
    byline: z.string().nullable().describe('Author line closing the article; null when there is none'),
    captions: z.array(z.string()).describe('Photo captions, in order'),
    paragraphs: z.array(Paragraph).describe('Paragraphs of the canonical text, in order'),
    text: z.string().describe('Canonical text: decoded, BOM removed, line ends LF, NFC'),
  })
  .describe('An article of the corpus')
  .meta({ id: 'Document' });
export type Document = z.infer<typeof Document>;
