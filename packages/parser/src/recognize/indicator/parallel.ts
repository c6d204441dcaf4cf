import type { Span } from '../context.js';

// ", KCN Liên Chiểu mới đạt ": a comma, a new capitalized subject, then the verb that gives
// the value; no number or comma inside but the one or two digits that close a name (", KCN
// Phú Mỹ 3 đạt "), and brackets only round where the subject lies (", KCN An Phú (TP Tuy Hòa) đạt ").
// "..., của KCN Tân Phú Thạnh mới đạt": the subject may come after "của", "tại" or "ở".
// "..., qua cửa khẩu quốc tế Vĩnh Xương đạt": or after a lower-case type word of a place.
// "…, KCN Đồng Văn III đạt 91,5% và KCN Đồng Văn IV đạt 78,2%": the last of a list after "và".
// "… 20,6% (cuối năm 2021 là 24,35%), riêng huyện Pác Nặm vẫn còn 41,8%": after a baseline's
// bracket, one place singled out ("riêng"), its figure what is left ("còn"); "…; riêng khu vực
// Bình Phước (cũ) là 0,74%": after a semicolon too, when "riêng" singles the place out, past the
// change of the figure before ("…), giảm 0,68 điểm phần trăm; riêng huyện Bắc Bình vẫn còn 6,12%").
// "…, còn TP Biên Hòa chỉ đạt 14,8%", "…, trong khi TP Tây Ninh mới đạt 42,5%": "còn" and
// "trong khi" set the place against the ones before.
const PARALLEL =
  /^\s*\)?(?:\s*,\s*(?:(?:tương ứng|tức)\s+)?(?:tăng|giảm)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s*(?:điểm phần trăm|%)(?:\s+so với[^,;()]{0,40})?(?=\s*;))?\s*(?:,(?:\s*và(?=\s))?|;(?=\s*riêng\s)|\s+và(?=\s))\s*(?:(?:riêng|còn|trong\s+khi)\s+)?(?:(?:của|tại|ở|qua)\s+)?(?:(?:cửa khẩu(?: quốc tế)?|khu công nghiệp|khu kinh tế|khu vực|huyện|xã|phường|thị xã|thành phố|tỉnh)\s+)?(?=\p{Lu})(?:[^\d,;:()]|(?<=\p{L}\s)\d{1,2}(?=\s)|\([^\d;:()]{1,60}\)){1,100}?\s(?:đạt|là|còn)\s*$/u;

// ", KCN Khánh Phú khoảng 92%", ", huyện Đồng Văn 18%": after a comma, the subject alone, the
// verb left out with the phrase; a short name, no verb in it.
// (Capitalized words only: ", KCN Quang Châu đón dự án điện tử 150 triệu USD" says what else
// happened, a measure of its own.)
const PARALLEL_BARE =
  /^\s*,\s*(?:(?:khu công nghiệp|khu kinh tế|khu vực|huyện|xã|phường|thị xã|thành phố|tỉnh)\s+)?(?=\p{Lu})(?=[^\d,;:()]{1,40}$)(?:(?:\p{Lu}[\p{L}\p{M}]*|-)\s*)+$/u;

// "… kim ngạch xuất khẩu đạt 18,7 triệu USD; 10 tháng năm nay đạt khoảng 17,2 triệu USD": after a
// semicolon, the same measure for another time, the phrase left out ("…; năm 2022 đạt 391,2 triệu
// USD" after its growth over five years).
const PARALLEL_TIME =
  /^\s*;\s*(?:riêng\s+)?(?:(?:\d{1,2}\s+tháng(?:\s+đầu)?|quý\s+[IV]{1,3}|tháng\s+\d{1,2}|6\s+tháng\s+cuối)(?:\s+năm(?:\s+nay|\s+\d{4})?|\/\d{4})?|năm\s+(?:\d{4}|nay))\s*,?\s+(?:ước\s+)?(?:đạt|là)\s*$/u;

/**
 * The stretch of a parallel clause between two values, or null: "Tỷ lệ lấp đầy tại KCN Hòa
 * Cầm đạt 82%, KCN Liên Chiểu mới đạt 47,6%" reports the same indicator for a second subject,
 * the phrase left out after the comma. The stretch holds that subject.
 */
export function parallelStretch(text: string, previousEnd: number, valueStart: number): Span | null {
  const between = text.slice(previousEnd, valueStart);
  return PARALLEL.test(between) ||
    PARALLEL_BARE.test(between) ||
    PARALLEL_TIME.test(between) ||
    partAfterPart(text, previousEnd, between)
    ? { start: previousEnd, end: valueStart }
    : null;
}

/**
 * "… tăng bình quân 9,3%/năm; năm 2022 đạt 391,2 triệu USD": the stretch after a semicolon that
 * gives the measure's level for a time, after its growth; null when it does not.
 */
export function levelForTimeStretch(text: string, previousEnd: number, valueStart: number): Span | null {
  return PARALLEL_TIME.test(text.slice(previousEnd, valueStart))
    ? { start: previousEnd, end: valueStart }
    : null;
}

// "…; trong đó xuất khẩu hạt điều nhân ước đạt 1.480 triệu USD, cao su ước đạt 585 triệu USD":
// in a list of parts, the next part named in lower case, the measure left out.
// (Not a new measure: "…, vốn sự nghiệp 465,2 tỷ đồng", "…, thu nội địa …".)
// (Nor a part of the part singled out: "…, thu nội địa gần 13.100 tỷ đồng, riêng tiền sử dụng
// đất khoảng 3,2 nghìn tỷ đồng".)
const NEXT_PART =
  /^\s*,\s*(?:và\s+)?(?!(?:vốn|thu|chi|tổng|tỷ|tỉ|giá trị|kim ngạch|doanh thu|sản lượng|riêng)\s)\p{Ll}[\p{Ll}\p{M} ]{1,30}?(?:\s(?:ước\s+)?(?:đạt|khoảng))?\s*$/u;
const PARTS_OPEN = /(?:^|[^\p{L}])[Tt]rong đó(?:[^\p{L}]|$)(?:[^.;!?\n]|(?<=\d)\.(?=\d))*$/u;

function partAfterPart(text: string, previousEnd: number, between: string): boolean {
  return NEXT_PART.test(between) && PARTS_OPEN.test(text.slice(Math.max(0, previousEnd - 160), previousEnd));
}
