import { compareFacts } from '../core.js';
import { KIND_STYLE } from '../facts/palette.js';
import { type Mark, nestSpans } from '../highlight/nest.js';
import type { PlacedFact } from '../highlight/place.js';
import { renderMarks } from '../highlight/render.js';
import { escapeAttribute } from '../html/escape.js';

/** Underline layers drawn apart; deeper nesting shares the last layer. */
const MAX_LAYER = 4;

function openTag(mark: Mark<PlacedFact>, flagged: ReadonlySet<string>): string {
  const { fact } = mark.item;
  const classes = ['mark', `k-${fact.kind}`, `h${Math.min(mark.height, MAX_LAYER)}`];
  if (mark.continues) classes.push('continues');
  if (flagged.has(fact.id)) classes.push('has-problem');
  const id = escapeAttribute(fact.id);
  if (mark.continuation) {
    classes.push('continuation');
    return `<span class="${classes.join(' ')}" data-continues="${id}">`;
  }
  const label = `${KIND_STYLE[fact.kind].letter} ${fact.kind}`;
  return `<span class="${classes.join(' ')}" data-fact-id="${id}" data-kind="${fact.kind}" tabindex="0" aria-label="${escapeAttribute(`${label}: ${fact.evidence.text}`)}">`;
}

/**
 * The canonical text as HTML with one element per placed fact (`data-fact-id`, `data-kind`).
 * Nested facts nest; a fact crossing another is drawn over its first segment, with a dashed
 * edge, and continued by `continuation` elements that carry no id (see nestSpans). Each
 * element's `h<n>` class says how many layers lie inside it, so its underline sits below
 * theirs.
 */
export function highlightText(
  text: string,
  placed: readonly PlacedFact[],
  flagged: ReadonlySet<string>,
): string {
  const marks = nestSpans(placed, (a, b) => compareFacts(a.fact, b.fact));
  return renderMarks(text, marks, (mark) => openTag(mark, flagged), '</span>');
}
