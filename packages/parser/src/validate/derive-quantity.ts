import { recognizeQuantities } from '../recognize/quantity.js';
import { foldForMatch } from '../text/fold.js';

/**
 * Reads a quantity's evidence text again, on its own, with the same recognizer
 * the parser uses: what a hand-edited facts file claims must follow from the
 * characters it points at. The longest quantity found wins.
 */
export function deriveQuantity(evidence: string): { value: number; unit: string | null } | null {
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
