import { z } from 'zod';
import { IsoDate } from './evidence.js';
import { factBaseShape } from './fact-base.js';

export const IndicatorStatus = z
  .enum(['actual', 'estimate', 'target'])
  .describe('actual (reached), estimate ("ước đạt", "dự kiến"), target ("mục tiêu", "kế hoạch", "phấn đấu")')
  .meta({ id: 'IndicatorStatus' });
export type IndicatorStatus = z.infer<typeof IndicatorStatus>;

export const Period = z
  .strictObject({
    start: IsoDate.nullable().describe('First day of the period (inclusive); null when unknown or open'),
    end: IsoDate.nullable().describe('Last day of the period (inclusive); null when unknown or open'),
  })
  .describe('The period a statistic covers')
  .meta({ id: 'Period' });
export type Period = z.infer<typeof Period>;

export const IndicatorFact = z
  .strictObject({
    ...factBaseShape,
    kind: z.literal('indicator').describe('Fact kind'),
    subject: z.string().min(1).describe('Who or what reached the value: a province, organization or zone'),
    indicator: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .describe(
        'Stable key of the statistic (grdp_growth, grdp_per_capita, fdi_projects, poverty_rate, ...)',
      ),
    value: z.number().describe('The value, scale words applied'),
    unit: z.string().nullable().describe('Unit of the value, as in quantity facts'),
    period: Period,
    status: IndicatorStatus,
  })
  .describe('A statistic tied to a subject and a period')
  .meta({ id: 'IndicatorFact' });
export type IndicatorFact = z.infer<typeof IndicatorFact>;
