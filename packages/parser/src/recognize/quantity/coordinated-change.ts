import type { QuantityFact } from '@dukien/core';
import type { DraftOf } from '../context.js';

type Quantity = DraftOf<'quantity'>;

/**
 * What may stand between two coordinated numbers of one change: an aspect ("về lượng",
 * "so với cùng kỳ") and a joint (", ", " và ", ", và "). Any other word (a verb like "đạt")
 * opens a new statement.
 */
const JOINT = /^(?: (?:về|so với|đối với|ở) [\p{L}\p{M} ]{1,30}?)?(?:,| và|, và) $/u;

/**
 * "tăng 18% về lượng và 35% về giá trị", "giảm 5%, 7% và 9%": a number of the same unit
 * coordinated with a change carries the change of the number before it. `quantities` are in text order;
 * `folded` is the folded text their offsets point into. Returns new drafts.
 */
export function carryChange(folded: string, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let previous: Quantity | undefined;
  for (const q of quantities) {
    let change: QuantityFact['change'] = q.change;
    if (change === null && previous?.change && previous.unit === q.unit) {
      const between = folded.slice(previous.evidence.end, q.evidence.start);
      if (JOINT.test(between)) change = previous.change;
    }
    const next = change === q.change ? q : { ...q, change };
    out.push(next);
    previous = next;
  }
  return out;
}
