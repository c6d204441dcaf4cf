import { z } from 'zod';

export const ProblemCode = z
  .enum([
    'schema',
    'evidence_mismatch',
    'evidence_out_of_range',
    'span_boundary',
    'value_mismatch',
    'unit_mismatch',
    'code_mismatch',
    'duplicate_id',
    'duplicate_fact',
    'unknown_document',
    'source_missing',
    'source_changed',
    'encoding',
    'header',
    'empty',
    'binary',
    'too_large',
    'unreadable',
    'internal',
  ])
  .describe('What went wrong, as a closed set of codes')
  .meta({ id: 'ProblemCode' });
export type ProblemCode = z.infer<typeof ProblemCode>;

export const Problem = z
  .strictObject({
    code: ProblemCode,
    severity: z
      .enum(['error', 'warning'])
      .describe('error: the fact or file is wrong; warning: worth a look'),
    message: z.string().min(1).describe('What is wrong, for a person: expected vs. found'),
    documentId: z.string().nullable().describe('The document concerned; null when not known'),
    source: z.string().nullable().describe('The file concerned, as given or relative to the corpus root'),
    factId: z.string().nullable().describe('The fact concerned; null for a document-level problem'),
    start: z.int().min(0).nullable().describe('Start of the span concerned, in code points'),
    end: z.int().min(0).nullable().describe('End of the span concerned, in code points'),
    path: z.string().nullable().describe('Where in the input the problem is: a JSON pointer, or sheet!cell'),
  })
  .describe('A problem found while reading, parsing or validating')
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
