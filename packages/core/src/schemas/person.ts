import { z } from 'zod';
import { factBaseShape } from './fact-base.js';

export const PersonFact = z
  .strictObject({
    ...factBaseShape,
    kind: z.literal('person').describe('Fact kind'),
    name: z.string().min(1).describe('Full name as written ("Nguyễn Văn A")'),
    titles: z
      .array(z.string().min(1))
      .describe('Titles written at this mention, in order, as written ("Bí thư Tỉnh ủy")'),
    rank: z.string().nullable().describe('Military or police rank ("Đại tá", "Thiếu tướng"); null otherwise'),
  })
  .describe('One mention of a named person with the titles written there')
  .meta({ id: 'PersonFact' });
export type PersonFact = z.infer<typeof PersonFact>;
