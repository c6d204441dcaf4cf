import { recognizeQuantities } from '../recognize/quantity.js';
import { foldForMatch } from '../text/fold.js';

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
  return one ? readAlone(`1 ${evidence.slice(one[0].length)}`) : null;
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
