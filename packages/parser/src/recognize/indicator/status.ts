import type { IndicatorStatus } from '@dukien/core';

// "ước đạt 7%", "dự kiến có 11/13 huyện": an estimate; "mục tiêu đến năm 2025 là 8%", "phấn đấu đạt": a target.
const ESTIMATE = /(?:^|[^\p{L}])(?:ước|ước đạt|ước tính|dự kiến|dự báo|khoảng)(?:[^\p{L}]|$)/u;
const TARGET =
  /(?:^|[^\p{L}])(?:mục tiêu|kế hoạch|phấn đấu|chỉ tiêu|đề ra|định hướng|dự kiến đến năm|sẽ đạt|hướng tới|tầm nhìn)(?:[^\p{L}]|$)/u;

/** The status of a statistic from the folded words before its value in the clause. */
export function statusOf(foldedBefore: string): IndicatorStatus {
  if (TARGET.test(foldedBefore)) return 'target';
  if (ESTIMATE.test(foldedBefore)) return 'estimate';
  return 'actual';
}
