import { z } from 'zod';
import { Evidence } from './evidence.js';

/** Fields every fact carries, whatever its kind. */
export const factBaseShape = {
  id: z
    .string()
    .min(1)
    .describe(
      'Stable fact identifier: <documentId>:<kind>:<start>-<end>, with a suffix when two facts share it',
    ),
  documentId: z.string().min(1).describe('Identifier of the document the fact comes from'),
  evidence: Evidence,
};
