import type { IndicatorStatus } from '@dukien/core';
import { vietnameseRegex } from '../../text/vietnamese-regex.js';

// "ước đạt 7%", "dự kiến có 11/13 huyện": an estimate. "khoảng" only qualifies the number (approx).
const ESTIMATE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:ước|ước đạt|ước tính|dự kiến|dự báo)(?:[^\\p{L}]|$)',
  'u',
);
// "mục tiêu đến năm 2025 là 8%", "phấn đấu đạt", "kế hoạch vốn là", "dự toán thu năm 2022 là",
// "phải bảo đảm thu ngân sách đạt …", "toàn tỉnh phải giải ngân thêm 5.940 tỷ đồng", "vốn đầu tư
// công giao cho tỉnh năm 2024 là 2.746,5 tỷ đồng", "tỉnh được giao 86.900 căn": a target (what
// "không phải", "gặp phải" say is not, nor "phải dừng": what must be reached follows "phải", as
// does the least it must be, "giải ngân phải trên 40%" or "phải vượt 45%", though "phải vượt qua" a
// hardship aims at nothing).
const TARGET = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:mục tiêu|kế hoạch|dự toán|phấn đấu|chỉ tiêu|đề ra|định hướng|sẽ đạt|hướng tới|tầm nhìn|được giao|giao cho|(?<!(?:không|chưa|gặp|chịu)\\s+)phải(?=\\s+(?:giải ngân|tăng trưởng|thu|đạt|vượt(?!\\s+qua)|hoàn thành|bảo đảm|đảm bảo|thu hút|tăng|giảm|xây|là|có|trên|ít nhất|tối thiểu)(?:[^\\p{L}]|$))|cần đạt)(?:[^\\p{L}]|$)',
  'u',
);
// A plan named as the yardstick of a result is no target: "bằng 94,3% kế hoạch", "vượt kế hoạch", "so với chỉ tiêu"
// (but "để hoàn thành kế hoạch xuất khẩu … 980 triệu USD" aims at it, and so does "chưa đạt mục
// tiêu tăng trưởng 8,5%", "thấp xa so với mục tiêu tăng trưởng 7 - 7,5%": the figure a plan word
// names right after it is the plan's).
// A count of targets is no target either: "trong 24 chỉ tiêu chủ yếu, 21 chỉ tiêu đạt", "ba chỉ
// tiêu chưa đạt, trong đó giải ngân … mới đạt 71,3%", nor are
// targets said to be met ("các chỉ tiêu đều đạt và vượt kế hoạch: GRDP ước tăng 11,02%"); nor is
// an earmarked grant ("hỗ trợ có mục tiêu", "bổ sung có mục tiêu" from the budget), nor a
// national target programme ("chương trình mục tiêu quốc gia") named by its kind.
const YARDSTICK = vietnameseRegex(
  '(?<!(?:để|nhằm)\\s+)(?:(?:\\d[\\d.,]*\\s*%|bằng)\\s*(?:\\d[\\d.,]*\\s*%\\s*)?|(?:vượt|hoàn thành|đạt|so với)\\s*\\d[\\d.,]*\\s*%\\s*)(?:so với\\s*)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)|(?<!(?:để|nhằm)\\s+)(?:vượt|hoàn thành|đạt|so với)\\s*(?:so với\\s*)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?!\\s+(?!năm\\s)\\p{L}[^\\d.,;:()]{0,40}?\\s\\d)|(?:\\d+(?:/\\d+)?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s*chỉ tiêu|(?:hỗ trợ|bổ sung|chương trình)\\s*có mục tiêu|mục tiêu quốc gia|(?:các|những)\\s+chỉ tiêu(?:\\s+[^\\s\\d,;:.]+){0,3}?\\s+(?:đều\\s+)?(?:đạt|vượt|hoàn thành)',
  'gu',
);

// "đề nghị huyện Sìn Hồ …; năm 2022 có thêm 2 xã đạt chuẩn": a leader's request to a body or
// level of the administration; what it asks for is aimed at. ("theo đề nghị của Sở", "đáp ứng
// yêu cầu" name no one asked.)
// (The caller blanks the names of bodies, so "yêu cầu UBND tỉnh chỉ đạo …" reaches here as
// "yêu cầu" and a run of spaces: a body named right after the verb is asked too.)
const REQUEST = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đề nghị|yêu cầu)(?:\\s+(?:các\\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|sở|ngành|địa phương|ubnd|ủy ban|đơn vị|chính quyền|cấp ủy)(?:[^\\p{L}]|$)|(?:\\s+(?:đến|trước|trong)(?:\\s+hết)?\\s+(?:ngày|tháng|quý|năm)\\s+[\\divx/.-]+)?(?:\\s+(?:tập trung|quyết tâm|nỗ lực|khẩn trương))?\\s+(?:giải ngân|hoàn thành|phấn đấu|bảo đảm|đảm bảo)(?:[^\\p{L}]|$)|\\s{4,}\\p{L})',
  'u',
);

// ("Ông yêu cầu giải ngân trên 95%": or what is to be done, right after the verb, or after the
// deadline it is due by: "yêu cầu đến ngày 31/12 giải ngân trên 95% kế hoạch vốn".)
// "yêu cầu UBND tỉnh đẩy nhanh tiến độ, bởi giải ngân … mới đạt 38,4%": the reason given for a
// request states what is, not what is asked.
const REASON = vietnameseRegex('(?:^|[^\\p{L}])(?:bởi|vì|bởi vì|do|nguyên nhân là)\\s', 'u');

// "đề nghị Sở … đẩy nhanh cấp mã số vùng trồng; hiện toàn tỉnh có 203 mã số": a clause that opens
// by saying what is now states it, whatever the sentence asked for or aimed at before.
// ("… được giao dự toán thu 440 tỉ đồng; hai tháng đầu năm, số thu đạt 71,8 tỉ đồng": so does one
// that opens on the months of the year gone by, or a date it counts up to; "…; lũy kế 9 tháng, toàn
// tỉnh giải ngân được 9.271 tỷ đồng": or a running total of them; "Kế hoạch vốn … là 6.850 tỷ đồng;
// đến ngày 30/6, toàn tỉnh giải ngân đạt 41,2%": or the day, a comma after it, a figure counts up to,
// "đến hết ngày 31-12-2024, tỉnh giải ngân được …" to its end.)
const PRESENT_OPENS = vietnameseRegex(
  '^\\s*(?:hiện|hiện nay|hiện tại|đến nay|tính đến nay|tính đến ngày|(?:tính\\s+)?đến(?:\\s+hết)?\\s+ngày\\s+\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{4})?\\s*,|(?:lũy kế|luỹ kế)\\s+(?:đến|\\d{1,2}\\s+tháng)|(?:\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một)\\s+tháng\\s+đầu\\s+năm)[\\s,]',
  'u',
);
// "…phấn đấu giảm còn 9,5% …; riêng huyện Tuy Đức, tỷ lệ hộ nghèo vẫn ở mức 26,4%": what "still"
// stands is now, whatever the sentence aimed at.
// ("Năm 2024, kế hoạch vốn … là 415,6 tỷ đồng; đến ngày 15/11 mới giải ngân 58,4%": nor does
// what has "only just" or "already" been reached; "vốn FDI thu hút mới đạt 800 triệu USD" is new
// capital, "mới" after the verb it qualifies.)
const STILL = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:vẫn\\s+(?:ở mức|còn|là|chiếm)|(?:(?<!(?:thu hút|cấp|đăng ký|đầu tư|thành lập|trồng)\\s+)mới|đã)\\s+(?:giải ngân|đạt|thu|hoàn thành))(?:[^\\p{L}]|$)',
  'u',
);

const TARGETS = new RegExp(TARGET.source, 'gu');

/**
 * Whether the clause's words aim at the figure: a target word no "mới/đã giải ngân" follows ("kế
 * hoạch vốn năm 2024 là 4.712 tỉ đồng nhưng mới giải ngân 1.366 tỉ đồng" has spent the second).
 */
function aimedAt(clause: string): boolean {
  const words = clause.replace(YARDSTICK, (m) => ' '.repeat(m.length));
  const last = [...words.matchAll(TARGETS)].at(-1);
  return last !== undefined && !STILL.test(words.slice(last.index + last[0].length));
}

/** Whether the words ask a body for the figure: a request not followed by its reason. */
function asks(text: string): boolean {
  const request = REQUEST.exec(text);
  return request !== null && !REASON.test(text.slice(request.index + request[0].length));
}

/**
 * The status of a statistic: an estimate from the folded words of its clause
 * up to the value, a target from those of its clause or of its sentence's head,
 * the words before the sentence's first value ("Năm 2024, tỉnh phấn đấu: GRDP
 * tăng 7%; thu ngân sách 9.000 tỷ đồng" makes both targets; "GRDP tăng 8%,
 * thấp hơn kế hoạch; thu ngân sách ..." makes neither). An estimate's "ước" reaches only
 * its own statement (`statementBefore`, from the value before it and a comma): "GRDP ước tăng
 * 9,52%, thu ngân sách đạt 52.318 tỷ đồng" estimates the growth, not the revenue.
 */
export function statusOf(
  clauseBefore: string,
  sentenceHead: string,
  statementBefore = clauseBefore,
): IndicatorStatus {
  if (aimedAt(clauseBefore)) return 'target';
  // "năm 2025 phấn đấu tăng trưởng …; tốc độ tăng trưởng bình quân giai đoạn 2021 - 2025 dự kiến
  // đạt 10,8%/năm": the statement's own "dự kiến" outweighs the aim the sentence opened with.
  if (ESTIMATE.test(statementBefore)) return 'estimate';
  const present = PRESENT_OPENS.test(clauseBefore) || STILL.test(clauseBefore);
  if (!present && TARGET.test(sentenceHead.replace(YARDSTICK, ' '))) return 'target';
  if ((!present && asks(sentenceHead)) || asks(clauseBefore)) return 'target';
  return 'actual';
}

// "thấp hơn mục tiêu đề ra (40%)", "chưa đạt kế hoạch (2,5%)": the plan named right before a
// bracket; "đạt 45,2% kế hoạch (cùng kỳ năm 2021 đạt 66,8%)" measures a result by the plan, and
// its bracket is a baseline.
const PLAN_AT_END = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:mục tiêu|kế hoạch|chỉ tiêu)(?:\\s+(?:đề ra|đặt ra|nghị quyết|của tỉnh|năm))?\\s*$',
  'u',
);
const SHARE_OF_PLAN_AT_END = vietnameseRegex(
  '%\\s*(?:so với\\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)(?:\\s+(?:đề ra|đặt ra|nghị quyết|của tỉnh|năm))?\\s*$',
  'u',
);

/** Whether the folded words before a bracket end by naming the plan whose figure the bracket gives. */
export function namesPlanBefore(folded: string): boolean {
  return PLAN_AT_END.test(folded) && !SHARE_OF_PLAN_AT_END.test(folded);
}

/** Whether a clause's own words, up to its value, aim at the figure or ask for it. */
export function clauseAims(clauseBefore: string): boolean {
  return aimedAt(clauseBefore) || asks(clauseBefore);
}
