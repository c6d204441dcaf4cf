import { type DraftOf, evidence, type RecognizeContext } from '../context.js';

type Quantity = DraftOf<'quantity'>;

// "từ 400.000 đồng đến 1 triệu đồng", "từ 30.000 đồng/kg đến 45.000 đồng/kg": both ends carry the
// unit, "từ" opens the first and "đến", "tới" or a dash joins them.
const OPENS = /(?<![\p{L}\p{M}])từ +$/u;
const JOINS = /^ *(?:đến|tới|-|–) *$/u;
const UNDER = /^dưới /u;
const DASH = /^ *[-–] *$/u;

/**
 * Joins two quantities of the same unit and rate into one range when "từ" opens the first and
 * "đến" joins them, as "từ 86 đến 88 triệu đồng" is one: the first gives `value`, the second
 * `valueMax`. Quantities are in text order; the others pass through as they are.
 */
export function joinUnitRanges(ctx: RecognizeContext, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const low = quantities[i] as Quantity;
    const high = quantities[i + 1];
    const from = low.evidence.start;
    const sliceStart = Math.max(0, from - 8);
    const opening = OPENS.exec(ctx.folded.slice(sliceStart, from));
    // "5% - 6%/năm", "tăng 5%–6%": a range of rates needs no "từ", a dash joining them, and the
    // second end's rate covers both.
    const rates =
      high !== undefined &&
      low.unit === '%' &&
      (low.per === null || low.per === high.per) &&
      DASH.test(ctx.folded.slice(low.evidence.end, high.evidence.start));
    const joined =
      high !== undefined &&
      (opening !== null || rates) &&
      low.valueMax === null &&
      high.valueMax === null &&
      low.ratio === null &&
      high.ratio === null &&
      low.approx === 'exact' &&
      // "từ 12 m đến dưới 15 m": a class of sizes, its upper end excluded.
      (high.approx === 'exact' ||
        (high.approx === 'under' && UNDER.test(ctx.folded.slice(high.evidence.start)))) &&
      low.unit !== null &&
      low.unit === high.unit &&
      // ("từ 350.000 đồng đến 1,2 triệu đồng/kg": the second end's rate covers the first.)
      (low.per === high.per || rates || (opening !== null && low.per === null)) &&
      high.value > low.value &&
      JOINS.test(ctx.folded.slice(low.evidence.end, high.evidence.start));
    if (!joined) {
      out.push(low);
      continue;
    }
    // The range keeps its opening word, as "từ 86 đến 88 triệu đồng" does.
    const start = opening ? sliceStart + opening.index : from;
    out.push({
      ...low,
      evidence: evidence(ctx.text, start, high.evidence.end),
      valueMax: high.value,
      per: high.per,
    });
    i++;
  }
  return out;
}
