import { z } from 'zod';
import { factBaseShape } from './fact-base.js';

export const Approx = z
  .enum(['exact', 'over', 'under', 'nearly', 'about'])
  .describe(
    'How the number is qualified: exact; over ("hơn", "trên"); under ("dưới"); nearly ("gần"); about ("khoảng", "ước đạt", "dự kiến")',
  )
  .meta({ id: 'Approx' });
export type Approx = z.infer<typeof Approx>;

export const QuantityFact = z
  .strictObject({
    ...factBaseShape,
    kind: z.literal('quantity').describe('Fact kind'),
    value: z.number().describe('The number with scale words applied: "2,5 tỷ USD" is 2500000000'),
    valueMax: z
      .number()
      .nullable()
      .describe('Upper bound for a range ("8,5 - 9%" has value 8.5, valueMax 9); null otherwise'),
    unit: z
      .string()
      .nullable()
      .describe(
        'ISO 4217 code for money (VND, USD), % for percentages, pp for percentage points, a unit symbol (ha, km, m2, tấn), or the counted noun as written ("dự án"); null for a bare number',
      ),
    per: z
      .string()
      .nullable()
      .describe(
        'The denominator of a rate as written, without the slash ("người/năm" in "triệu đồng/người/năm"); null otherwise',
      ),
    approx: Approx,
    ratio: z
      .tuple([z.number(), z.number()])
      .nullable()
      .describe('Part and whole for a ratio ("11/13 huyện" is [11, 13]); null otherwise'),
    change: z
      .enum(['increase', 'decrease'])
      .nullable()
      .describe('Set when the number is a change ("tăng 5%", "giảm 2 điểm"); null otherwise'),
  })
  .describe('A number with its unit, read from the text')
  .meta({ id: 'QuantityFact' });
export type QuantityFact = z.infer<typeof QuantityFact>;
