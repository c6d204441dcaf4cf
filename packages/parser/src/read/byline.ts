// One name: 1–5 capitalized words ("Ngọc Lan", "Nguyễn Văn Thành", "TTXVN", "H'Yim").
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’ʼ]*(?:\s+\p{Lu}[\p{L}\p{M}.'’ʼ]*){0,4}`;
// Several names joined by "-", ",", "và"; then maybe "(TTXVN)" or "(tổng hợp)".
const NAMES = new RegExp(
  String.raw`^${NAME}(?:\s*(?:[-–,]|\s+và)\s*${NAME}){0,3}(?:\s*\([^()\n]{1,40}\))?$`,
  'u',
);
// "Theo TTXVN", "Theo Báo Nhân Dân", "Nhóm PV", "PV", "Nhóm phóng viên".
const ATTRIBUTION =
  /^(?:theo\s+\S.{0,60}|nhóm\s+(?:pv|phóng viên|ctv|tác giả)(?:\s.{0,40})?|pv|ctv|nhóm pv)$/iu;

/**
 * True when a paragraph reads as the closing author line: a short name line
 * without final punctuation ("Ngọc Lan", "Minh Anh - Quốc Việt"), or an
 * attribution ("Theo TTXVN", "Nhóm PV").
 */
export function isByline(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line.includes('\n') || line.length > 80) return false;
  if (ATTRIBUTION.test(line)) return !/[.!?]$/.test(line) || /^theo\s/iu.test(line);
  if (/[.!?:;…]$/.test(line)) return false;
  return NAMES.test(line);
}
