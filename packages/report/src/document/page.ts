import { FACT_KINDS, type Fact, type Problem } from '../core.js';
import { describeFact, summarizeFact } from '../facts/describe.js';
import { KIND_STYLE } from '../facts/palette.js';
import { escapeAttribute, escapeHtml, jsonForScript } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { DOCUMENT_SCRIPT } from './script.js';
import { DOCUMENT_STYLE } from './style.js';
import { highlightText } from './text.js';
import type { DocumentView } from './view.js';

const swatch = (kind: Fact['kind']) => `<span class="swatch k-${kind}">${KIND_STYLE[kind].letter}</span>`;

function problemList(problems: readonly Problem[]): string {
  return problems.map((p) => `<li>${escapeHtml(`${p.severity} ${p.code}: ${p.message}`)}</li>`).join('');
}

function legend(view: DocumentView): string {
  const counts = new Map<string, number>();
  for (const fact of view.facts) counts.set(fact.kind, (counts.get(fact.kind) ?? 0) + 1);
  const items = FACT_KINDS.map((kind) => `<li>${swatch(kind)} ${kind} (${counts.get(kind) ?? 0})</li>`);
  return `<ul class="legend" aria-label="Colours of the fact kinds">${items.join('')}<li><span class="problem">\u26A0 wavy red: a problem</span></li></ul>`;
}

function kindFilter(): string {
  const boxes = FACT_KINDS.map(
    (kind) =>
      `<label><input type="checkbox" data-kind-toggle="${kind}" checked> ${swatch(kind)} ${kind}</label>`,
  );
  return `<fieldset class="kind-filter"><legend>Show kinds</legend>${boxes.join('')}</fieldset>`;
}

function factRow(fact: Fact, problems: readonly Problem[], unplacedReason: string | null): string {
  const classes = [`k-${fact.kind}`];
  if (problems.length > 0) classes.push('has-problem');
  if (unplacedReason !== null) classes.push('is-unplaced');
  const messages = problems.map((p) => `<div>\u26A0 ${escapeHtml(p.message)}</div>`);
  if (unplacedReason !== null) messages.push(`<div>not placed: ${escapeHtml(unplacedReason)}</div>`);
  return `<tr class="${classes.join(' ')}" data-row-for="${escapeAttribute(fact.id)}" tabindex="0"><td>${swatch(fact.kind)}</td><td>${escapeHtml(fact.evidence.text)}</td><td class="fields">${escapeHtml(summarizeFact(fact))}</td><td class="problem">${messages.join('')}</td></tr>`;
}

function unplacedPanel(view: DocumentView): string {
  const { unplaced } = view.placement;
  const items = unplaced.map(
    (u) =>
      `<li data-unplaced-for="${escapeAttribute(u.fact.id)}">${swatch(u.fact.kind)} <code>${escapeHtml(u.fact.id)}</code> “${escapeHtml(u.fact.evidence.text)}”: ${escapeHtml(u.message)}</li>`,
  );
  const body = items.length === 0 ? '<p>Every fact is placed in the text.</p>' : `<ul>${items.join('')}</ul>`;
  return `<section class="unplaced" id="unplaced"><h2>Unplaced facts (${unplaced.length})</h2>${body}</section>`;
}

function tooltipData(view: DocumentView): string {
  const data: Record<string, { kind: string; text: string; fields: unknown; problems: string[] }> = {};
  for (const fact of view.facts) {
    data[fact.id] ??= {
      kind: fact.kind,
      text: fact.evidence.text,
      fields: describeFact(fact),
      problems: (view.factProblems.get(fact.id) ?? []).map((p) => p.message),
    };
  }
  return jsonForScript(data);
}

/** The page of one document: highlighted text, the facts table, unplaced facts and problems. */
export function documentPage(view: DocumentView, indexHref: string): string {
  const { document, placement, factProblems } = view;
  const flagged = new Set(factProblems.keys());
  const unplacedReason = new Map(placement.unplaced.map((u) => [u.fact, u.message]));
  const rows = view.facts.map((fact) =>
    factRow(fact, factProblems.get(fact.id) ?? [], unplacedReason.get(fact) ?? null),
  );
  const documentProblems =
    view.documentProblems.length === 0
      ? ''
      : `<section class="problems"><h2>Problems of this document (${view.documentProblems.length})</h2><ul>${problemList(view.documentProblems)}</ul></section>`;
  const body = `<header>
<a class="skip" href="#fact-table">Skip to the facts table</a>
<a href="${escapeAttribute(indexHref)}">\u2190 All documents</a>
<h1>${escapeHtml(document.title)}</h1>
<p class="meta">${escapeHtml(document.date)} · <code>${escapeHtml(document.id)}</code> · ${escapeHtml(document.source)} · ${view.facts.length} facts</p>
${legend(view)}
</header>
${documentProblems}
<main class="layout">
<article class="text" id="text" lang="vi">${highlightText(document.text, placement.placed, flagged)}</article>
<aside class="facts" aria-label="Facts">
${kindFilter()}
<table class="fact-table" id="fact-table"><thead><tr><th>Kind</th><th>Text</th><th>Normalized</th><th>Problems</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${unplacedPanel(view)}
</aside>
</main>
<div id="tooltip" role="tooltip" hidden></div>
<script type="application/json" id="fact-data">${tooltipData(view)}</script>`;
  return htmlPage({
    title: `${document.title} · dukien`,
    style: DOCUMENT_STYLE,
    script: DOCUMENT_SCRIPT,
    body,
  });
}
