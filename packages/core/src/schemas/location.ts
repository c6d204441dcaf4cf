import { z } from 'zod';
import { factBaseShape } from './fact-base.js';

export const LocationType = z
  .enum(['province', 'city', 'district', 'commune', 'industrial_zone', 'region', 'country', 'road'])
  .describe(
    'province (tỉnh), city (centrally run city: Hà Nội, TP.HCM...), district (huyện, quận, thị xã, city under a province), commune (xã, phường, thị trấn), industrial_zone (KCN, CCN), region, country, road',
  )
  .meta({ id: 'LocationType' });
export type LocationType = z.infer<typeof LocationType>;

export const LocationFact = z
  .strictObject({
    ...factBaseShape,
    kind: z.literal('location').describe('Fact kind'),
    name: z.string().min(1).describe('The place name without its type word ("Bình Phước", "Đồng Phú")'),
    type: LocationType,
    code: z
      .string()
      .nullable()
      .describe(
        'Official administrative code where one exists (province 2 digits, district 3, commune 5); null otherwise',
      ),
  })
  .describe('A mention of a place')
  .meta({ id: 'LocationFact' });
export type LocationFact = z.infer<typeof LocationFact>;
