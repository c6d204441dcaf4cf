import type { ParagraphRole } from '@dukien/core';
import type { Span } from '../recognize/context.js';
import { isByline } from './byline.js';
import { isCaption } from './caption.js';

/**
 * Roles of the paragraphs after the header: the first is the lead, the last
 * may be the byline, short photo-description lines are captions, the rest
 * body. A lone paragraph is the lead, never a byline.
 */
export function assignRoles(text: string, body: readonly Span[]): ParagraphRole[] {
  const last = body.length - 1;
  return body.map((p, i) => {
    const content = text.slice(p.start, p.end);
    if (i === 0) return 'lead';
    if (i === last && isByline(content)) return 'byline';
    return isCaption(content) ? 'caption' : 'body';
  });
}
