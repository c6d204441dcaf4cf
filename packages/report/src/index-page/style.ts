import { THEME_STYLE } from '../html/theme.js';

export const INDEX_STYLE = `${THEME_STYLE}
main { padding: 0 20px 40px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px 40px; align-items: flex-start; }
.chart { max-width: 100%; height: auto; font-size: 12px; }
.chart .bar, .chart .stack { fill: var(--c); }
.controls { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; margin: 14px 0 8px; }
.controls input[type="search"] { font: inherit; padding: 4px 8px; min-width: 280px; }
th button { font: inherit; font-weight: 700; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.problems-cell.has-problem { color: var(--problem); font-weight: 700; }
.doc-title { overflow-wrap: anywhere; }
/* A fixed layout lets a thousand rows lay out without measuring every cell first. */
#documents { table-layout: fixed; }
.date-col { width: 6em; } .count-col { width: 3.2em; } .total-col { width: 6.5em; }
`;
