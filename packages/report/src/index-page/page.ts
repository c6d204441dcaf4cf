import { FACT_KINDS, type Problem } from '../core.js';
import { KIND_STYLE } from '../facts/palette.js';
import { escapeAttribute, escapeHtml, jsonForScript } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { documentChart, kindChart } from './chart.js';
import { ROWS_PER_PAGE, rowData } from './rows.js';
import { INDEX_SCRIPT } from './script.js';
import { INDEX_STYLE } from './style.js';
import type { DocumentSummary } from './summary.js';

function header(label: string, column: number, numeric: boolean): string {
  return `<th${numeric ? ' class="num"' : ''}><button type="button" data-column="${column}">${label}</button></th>`;
}

function row(s: DocumentSummary): string {
  const kinds = FACT_KINDS.map((kind) => `<td class="num">${s.counts[kind]}</td>`).join('');
  const flagged = s.problems > 0;
  return `<tr${flagged ? ' class="has-problem"' : ''}><td>${escapeHtml(s.date)}</td><td class="doc-title"><a href="${escapeAttribute(s.href)}">${escapeHtml(s.title)}</a><div class="meta"><code>${escapeHtml(s.id)}</code></div></td>${kinds}<td class="num">${s.total}</td><td class="num problems-cell${flagged ? ' has-problem' : ''}">${s.problems}</td></tr>`;
}

/**
 * The report's front page: totals, the two charts and the sortable, filterable documents
 * table. The first rows are written as HTML, so the page shows them even without script;
 * every row's data rides along as JSON, from which the script draws the rows a sort or a
 * filter asks for, a page at a time.
 */
export function indexPage(summaries: readonly DocumentSummary[], general: readonly Problem[]): string {
  const facts = summaries.reduce((sum, s) => sum + s.total, 0);
  const problems = summaries.reduce((sum, s) => sum + s.problems, 0) + general.length;
  const heads = [
    header('Date', 0, false),
    header('Title', 1, false),
    ...FACT_KINDS.map((kind, i) =>
      header(`<span class="swatch k-${kind}" title="${kind}">${KIND_STYLE[kind].letter}</span>`, i + 2, true),
    ),
    header('Facts', FACT_KINDS.length + 2, true),
    header('Problems', FACT_KINDS.length + 3, true),
  ];
  const legend = FACT_KINDS.map(
    (kind) => `<li><span class="swatch k-${kind}">${KIND_STYLE[kind].letter}</span> ${kind}</li>`,
  ).join('');
  const generalProblems =
    general.length === 0
      ? ''
      : `<section class="problems"><h2>Problems outside any document (${general.length})</h2><ul>${general
          .map((p) => `<li>${escapeHtml(`${p.severity} ${p.code}: ${p.source ?? ''} ${p.message}`)}</li>`)
          .join('')}</ul></section>`;
  const body = `<header>
<h1>dukien review report</h1>
<p class="meta">${summaries.length} documents · ${facts} facts · ${problems} problems</p>
<ul class="legend">${legend}</ul>
</header>
${generalProblems}
<main>
<div class="charts"><figure><figcaption>Facts per kind</figcaption>${kindChart(summaries)}</figure>
<figure><figcaption>Facts per document, in table order</figcaption>${documentChart(summaries)}</figure></div>
<div class="controls"><input type="search" id="filter" placeholder="Filter by title or id" aria-label="Filter by title or id">
<label><input type="checkbox" id="only-problems"> only documents with problems</label><span id="shown" aria-live="polite">${Math.min(ROWS_PER_PAGE, summaries.length)} of ${summaries.length} shown</span></div>
<table id="documents"><colgroup><col class="date-col"><col>${FACT_KINDS.map(() => '<col class="count-col">').join('')}<col class="total-col"><col class="total-col"></colgroup><thead><tr>${heads.join('')}</tr></thead>
<tbody>${summaries.slice(0, ROWS_PER_PAGE).map(row).join('\n')}</tbody></table>
<p><button type="button" id="more"${summaries.length > ROWS_PER_PAGE ? '' : ' hidden'}>Show ${ROWS_PER_PAGE} more</button></p>
</main>
<script type="application/json" id="rows" data-page="${ROWS_PER_PAGE}">${jsonForScript(summaries.map(rowData))}</script>`;
  return htmlPage({ title: 'dukien review report', style: INDEX_STYLE, script: INDEX_SCRIPT, body });
}
