import type { DraftOf } from '../context.js';

// A cooperative names itself "Hợp tác xã" or "HTX" in full or short.
const COOPERATIVE = /^(?:Hợp tác xã|HTX)\s/u;

/** A cooperative: no company under the law, but it trades and is named like one. */
export const isCooperative = (name: string): boolean => COOPERATIVE.test(name);

/** A body that trades: a company, a group or a cooperative. */
export const isFirm = (body: DraftOf<'organization'>): boolean =>
  body.type === 'company' || isCooperative(body.name);
