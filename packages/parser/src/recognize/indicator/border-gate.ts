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

/** The border gates named in text[from, to), in order; with `through`, only those after "qua". */
export function gateNamesIn(text: string, from: number, to: number, through = false): GateName[] {
  const out: GateName[] = [];
  for (const m of text.slice(from, to).matchAll(through ? THROUGH : NAMED)) {
    const name = m[1]!;
    out.push({ name, at: from + m.index + m[0].length - name.length });
  }
  return out;
}
