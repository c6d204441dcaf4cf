import { z } from 'zod';
import { IsoDate } from './evidence.js';
import { factBaseShape } from './fact-base.js';

export const Granularity = z
  .enum(['day', 'month', 'quarter', 'half', 'year', 'range', 'duration'])
  .describe(
    'The precision of the expression: a day, a month, a quarter, a half year, a year, a range of those, or a duration',
  )
  .meta({ id: 'Granularity' });
export type Granularity = z.infer<typeof Granularity>;

export const TimeFact = z
  .strictObject({
    ...factBaseShape,
    kind: z.literal('time').describe('Fact kind'),
    start: IsoDate.nullable().describe(
      'First day the expression covers (inclusive); null when open-ended ("đến năm 2050")',
    ),
    end: IsoDate.nullable().describe('Last day the expression covers (inclusive); null when open-ended'),
    granularity: Granularity,
    partOfDay: z
      .string()
      .nullable()
      .describe('Part of the day as written, lower-cased ("sáng", "chiều", "tối"); null otherwise'),
    duration: z
      .string()
      .nullable()
      .describe('ISO 8601 duration for a length of time ("trong gần 3 năm" is P3Y); null otherwise'),
    relative: z
      .boolean()
      .describe('True when the expression is relative to another time ("cùng kỳ năm trước", "đầu nhiệm kỳ")'),
  })
  .describe('A date, period or duration, resolved against the article date')
  .meta({ id: 'TimeFact' });
export type TimeFact = z.infer<typeof TimeFact>;
