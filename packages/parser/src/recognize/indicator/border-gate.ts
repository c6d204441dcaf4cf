// "Cửa khẩu quốc tế Hữu Nghị", "cửa khẩu chính Chi Ma": a border gate's kind, then its capitalized
// name, which the gazetteer may not know (no commune bears it).
const GATE = String.raw`[Cc]ửa\s+khẩu(?:\s+(?:quốc\s+tế|chính|phụ|song\s+phương))?\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})`;
const NAMED = new RegExp(GATE, 'gu');
// "qua Cửa khẩu quốc tế Hữu Nghị", "qua các cửa khẩu …": the gate goods go through.
const THROUGH = new RegExp(String.raw`(?:^|[^\p{L}])[Qq]ua\s+(?:các\s+)?${GATE}`, 'gu');

export interface GateName {
  name: string;
  /** Where the name starts in the text. */
  at: number;
}

// "hai cửa khẩu Trà Lĩnh (huyện Trùng Khánh) và Sóc Giang": after gates counted or in the plural,
// the next gate of their list, past where the one before lies, a comma or "và". (Not after one
// gate: "cửa khẩu Tân Thanh, Lạng Sơn" names its province.)
const GATES_COUNTED = /(?:^|[^\p{L}])(?:các|những|hai|ba|bốn|năm|\d+)\s+$/u;
const NEXT_GATE =
  /^(?:\s*\([^()]{1,60}\))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/u;

// ("cửa khẩu quốc tế Mộc Bài (huyện Bến Cầu) và Xa Mát (…) lần lượt đạt …": after one gate, in a list
// "lần lượt" pairs with values, the gate after "và".)
const AND_NEXT_GATE = /^(?:\s*\([^()]{1,60}\))?\s+và\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/u;

/**
 * The border gates named in text[from, to), in order; with `through`, only those after "qua"; with
 * `listed`, the text lists them, so a gate "và" joins to one gate named by its kind is one too.
 */
export function gateNamesIn(
  text: string,
  from: number,
  to: number,
  through = false,
  listed = false,
): GateName[] {
  const out: GateName[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(through ? THROUGH : NAMED)) {
    const name = m[1]!;
    out.push({ name, at: from + m.index + m[0].length - name.length });
    const kind = m.index + m[0].search(/[Cc]ửa\s+khẩu/u);
    const plural = GATES_COUNTED.test(slice.slice(Math.max(0, kind - 8), kind));
    if (!plural && !listed) continue;
    const following = plural ? NEXT_GATE : AND_NEXT_GATE;
    for (let end = m.index + m[0].length, next = following.exec(slice.slice(end)); next; ) {
      const more = next[1]!;
      end += next[0].length;
      out.push({ name: more, at: from + end - more.length });
      next = following.exec(slice.slice(end));
    }
  }
  return out;
}
