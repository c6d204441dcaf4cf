import { longestNumberWords } from '../recognize/number-words.js';
import { recognizeQuantities } from '../recognize/quantity.js';
import { foldForMatch, foldKey } from '../text/fold.js';

/**
 * Reads a quantity's evidence text again, on its own, with the same recognizer
 * the parser uses: what a hand-edited facts file claims must follow from the
 * characters it points at. The longest quantity found wins.
 */
export function deriveQuantity(evidence: string): { value: number; unit: string | null } | null {
  const read = readAlone(evidence);
  if (read) return read;
  // "một người": alone, "một" reads as the article; the recognizer counted it beside another
  // count of its noun ("ba người chết, một người mất tích"), so it reads here as the digit.
  const one = /^[Mm]ột\s/u.exec(evidence);
  const asOne = one ? readAlone(`1 ${evidence.slice(one[0].length)}`) : null;
  return asOne ?? leadingNumberWords(evidence);
}

/**
 * "ba đời", "hai bếp củi": the recognizer reads a number in words only before a noun it knows
 * counts things, since "ba" and "năm" are also other words. A facts file that calls such a span a
 * quantity has already decided that; what the validator checks is that the value is the number the
 * span opens with. The noun after it is no unit the evidence states, so the unit goes unchecked.
 */
function leadingNumberWords(evidence: string): { value: number; unit: null } | null {
  // With a digit in the span ("năm 2023"), the recognizer's reading stands.
  if (/\d/u.test(evidence)) return null;
  const words = evidence.trim().split(/\s+/u).map(foldKey);
  const read = longestNumberWords(words);
  return read ? { value: read[0], unit: null } : null;
}

function readAlone(evidence: string): { value: number; unit: string | null } | null {
  const quantities = recognizeQuantities({
    text: evidence,
    folded: foldForMatch(evidence),
    date: '2000-01',
    paragraphs: [{ start: 0, end: evidence.length, role: 'body' }],
  });
  let best: (typeof quantities)[number] | undefined;
  for (const q of quantities) {
    const length = q.evidence.end - q.evidence.start;
    if (!best || length > best.evidence.end - best.evidence.start) best = q;
  }
  return best ? { value: best.value, unit: best.unit } : null;
}
