import { z } from 'zod';
import { factBaseShape } from './fact-base.js';

export const OrganizationType = z
  .enum([
    'party',
    'government',
    'council',
    'front',
    'military',
    'police',
    'agency',
    'delegation',
    'company',
    'other',
  ])
  .describe(
    'party (Tỉnh ủy, Đảng bộ, Ban ... Tỉnh ủy); government (UBND, Chính phủ, Bộ); council (HĐND, Quốc hội); front (the Fatherland Front: Ủy ban MTTQ); military (Bộ CHQS); police (Công an); agency (Sở, Ban, Cục, Chi cục); delegation (Đoàn ĐBQH, đoàn công tác); company (Công ty, Tập đoàn); other (mass organizations: Liên đoàn Lao động, Công đoàn, Đoàn Thanh niên, Hội Nông dân, Hội LHPN; cooperatives; public-service units)',
  )
  .meta({ id: 'OrganizationType' });
export type OrganizationType = z.infer<typeof OrganizationType>;

export const OrganizationFact = z
  .strictObject({
    ...factBaseShape,
    kind: z.literal('organization').describe('Fact kind'),
    name: z
      .string()
      .min(1)
      .describe('Full name with abbreviations expanded ("UBND tỉnh" is "Ủy ban nhân dân tỉnh")'),
    shortName: z
      .string()
      .nullable()
      .describe('The name as written when it differs from the expanded name; null otherwise'),
    type: OrganizationType,
  })
  .describe('A mention of an organization')
  .meta({ id: 'OrganizationFact' });
export type OrganizationFact = z.infer<typeof OrganizationFact>;
