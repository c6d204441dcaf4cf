// "được hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang", "sáp nhập Hà Nam, Nam Định và Ninh Bình":
// the units merged, as they were before, whatever lives on under a name.
// ("hợp nhất với TP.HCM và Bà Rịa - Vũng Tàu": the partners a unit merges with.)
const MERGED_CUE = /(?:hợp nhất|sáp nhập)(?: từ| với)?(?: toàn bộ)?\s+/giu;
// ("sau khi ba xã An Hòa, Hoàng Đan và Hoàng Lâu hợp nhất": communes too, listed with commas.)
const MERGED_AFTER =
  /^[\p{L}\p{M}]*(?:,?\s+(?:và|tỉnh|thành phố|xã|phường|thị trấn|\p{Lu}[\p{L}\p{M}]*))*\s+(?:hợp nhất|sáp nhập)(?:[^\p{L}]|$)/u;
// The list runs over names joined by commas, the last by "và"; a count of units may open it
// ("hợp nhất hai tỉnh Lào Cai và Yên Bái", "sáp nhập 4 xã Định An, Định Yên, Tân Phước và Tân
// Thành"); past "và" and its name, a comma ends it ("…, tỉnh X có 99 xã").
const UNIT_WORD = '(?:tỉnh|thành phố|xã|phường|thị trấn)';
const MERGED_ITEM = String.raw`(?:${UNIT_WORD}\s+)?\p{Lu}[\p{L}\p{M}]*(?:\.\p{Lu}+)?(?:\s+(?:-\s+)?\p{Lu}[\p{L}\p{M}]*)*`;
const MERGED_LIST = new RegExp(
  String.raw`^(?:(?:hai|ba|bốn|năm|sáu|các|\d{1,2})\s+)?(?:${MERGED_ITEM}\s*[,-]\s*)*(?:${MERGED_ITEM}\s+và\s+)?(?:${UNIT_WORD}\s+)?$`,
  'u',
);

/** A place in the list of units a merger joined, right after "hợp nhất (từ)", "sáp nhập". */
export function mergedFrom(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  let last: RegExpExecArray | null = null;
  MERGED_CUE.lastIndex = 0;
  for (let m = MERGED_CUE.exec(before); m; m = MERGED_CUE.exec(before)) last = m;
  if (last !== null && MERGED_LIST.test(before.slice(last.index + last[0].length))) return true;
  // "sau khi tỉnh Bắc Giang và tỉnh Bắc Ninh hợp nhất": the list before the verb.
  const after = MERGED_AFTER.exec(text.slice(at, at + 80));
  return (
    after !== null &&
    /\svà\s/u.test(before.slice(-40) + after[0]) &&
    /(?:(?:^|\s)(?:tỉnh|thành phố|xã|phường|thị trấn)|,|\svà)\s+$/u.test(before)
  );
}
