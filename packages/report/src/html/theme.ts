import { FACT_KINDS } from '../core.js';
import { KIND_STYLE } from '../facts/palette.js';

/** Styles both kinds of page share: the base text, kind colours, swatches and tables. */
export const THEME_STYLE = `
:root { color-scheme: light; --problem: #C00000; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1b1b; background: #fff; }
header { padding: 12px 20px; border-bottom: 1px solid #ddd; background: #fafafa; }
h1 { font-size: 20px; margin: 4px 0; }
h2 { font-size: 16px; margin: 12px 0 6px; }
a { color: #0b57a4; }
.meta { color: #555; margin: 2px 0; overflow-wrap: anywhere; }
${FACT_KINDS.map((kind) => `.k-${kind} { --c: ${KIND_STYLE[kind].colour}; }`).join('\n')}
.swatch { display: inline-block; min-width: 1.6em; padding: 0 4px; text-align: center; font-weight: 700;
  color: #111; background: color-mix(in srgb, var(--c) 28%, #fff); border: 2px solid var(--c); border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; list-style: none; padding: 0; margin: 6px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #e3e3e3; }
th { background: #f2f2f2; position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.problem { color: var(--problem); }
.problems { border-left: 4px solid var(--problem); background: #fff5f5; padding: 6px 12px; margin: 10px 20px; }
.problems li { color: var(--problem); }
:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
`;
