import { FACT_KINDS } from '../core.js';
import { THEME_STYLE } from '../html/theme.js';

/**
 * Each fact is a tinted element with an underline in its kind's colour. Inner elements' tints
 * add up, and an element with `h<n>` layers inside gets `n` steps of bottom padding, so every
 * nested fact's underline shows as its own line below the text. A crossing fact's first
 * segment ends with a dashed edge and its continuation starts with one, dashed underline too.
 */
export const DOCUMENT_STYLE = `${THEME_STYLE}
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(360px, 2fr); gap: 24px; padding: 0 20px 40px; }
.text { white-space: pre-wrap; overflow-wrap: break-word; font-size: 17px; line-height: 2.6; max-width: 80ch; margin-top: 12px; }
.mark { --d: 0; background: color-mix(in srgb, var(--c) 16%, transparent); border-bottom: 2px solid var(--c);
  padding-bottom: calc(1px + var(--d) * 4px); border-radius: 2px; cursor: pointer; }
.h1 { --d: 1; } .h2 { --d: 2; } .h3 { --d: 3; } .h4 { --d: 4; }
.mark.continues { border-right: 2px dashed var(--c); border-top-right-radius: 0; border-bottom-right-radius: 0; }
.mark.continuation { border-left: 2px dashed var(--c); border-bottom-style: dashed; cursor: default; }
.mark.has-problem { text-decoration: underline wavy var(--problem); text-decoration-thickness: 1px; text-underline-offset: 4px;
  outline: 2px dashed var(--problem); outline-offset: 1px; }
.mark.is-active { outline: 3px solid #1b1b1b; outline-offset: 1px; background: color-mix(in srgb, var(--c) 40%, #fff); }
${FACT_KINDS.map((kind) => `.hide-${kind} .mark.k-${kind} { background: none; border-color: transparent; cursor: default; }`).join('\n')}
.facts { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-top: 8px; }
.kind-filter { display: flex; flex-wrap: wrap; gap: 4px 12px; border: 1px solid #ddd; border-radius: 4px; margin: 0 0 8px; }
.kind-filter label { white-space: nowrap; }
.fact-table td { font-size: 14px; overflow-wrap: anywhere; }
.fact-table tbody tr { cursor: pointer; }
.fact-table tbody tr:hover { background: #f4f8fc; }
.fact-table tr.is-active { background: #fff2b8; }
.fact-table tr.has-problem td:first-child { box-shadow: inset 4px 0 0 var(--problem); }
.fact-table tr.is-unplaced td:nth-child(2) { text-decoration: line-through dotted; }
.fields { color: #444; }
.unplaced { border: 1px dashed #999; border-radius: 4px; padding: 4px 10px; margin-top: 12px; }
.unplaced li.is-active { background: #fff2b8; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 20px; top: 4px; background: #fff; padding: 4px 8px; z-index: 5; }
#tooltip { position: absolute; z-index: 10; max-width: 380px; padding: 6px 10px; border-radius: 4px; background: #1f1f1f; color: #fff;
  font-size: 13px; line-height: 1.45; pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
#tooltip dl { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 4px 0 0; }
#tooltip dt { color: #bbb; } #tooltip dd { margin: 0; overflow-wrap: anywhere; }
#tooltip .tip-problem { color: #ffb3b3; margin-top: 4px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } .facts { position: static; max-height: none; } }
`;
