import { foldForMatch } from '../../text/fold.js';
import type { RecognizeContext } from '../context.js';

/**
 * A context for tests: each blank-line-separated block is a body paragraph;
 * with `byline`, the last block is the byline.
 */
export function contextOf(
  text: string,
  date = '2023-11',
  options: { byline?: boolean } = {},
): RecognizeContext {
  const paragraphs: RecognizeContext['paragraphs'][number][] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    paragraphs.push({ start: m.index, end: m.index + m[0].length, role: 'body' });
  }
  const last = paragraphs.at(-1);
  if (options.byline && last) last.role = 'byline';
  return { text, folded: foldForMatch(text), date, paragraphs };
}
