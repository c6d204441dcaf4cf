/**
 * The document page's behaviour, plain browser JavaScript kept inline so the page opens from
 * file:// alone. Clicking a table row (or Enter on it) scrolls its fact's element into view
 * and marks both with `is-active`; Enter on a highlighted fact does the same from the text
 * side; hover or focus shows the fact's normalized fields; the kind checkboxes hide rows and
 * highlights of a kind. Tooltip content is built with textContent, never parsed as HTML.
 */
export const DOCUMENT_SCRIPT = `(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('fact-data').textContent);
  const byAttr = (selector, attr) => {
    const map = new Map();
    for (const el of document.querySelectorAll(selector)) {
      const key = el.getAttribute(attr);
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(el);
    }
    return map;
  };
  const marks = byAttr('.mark[data-fact-id]', 'data-fact-id');
  const continuations = byAttr('.mark[data-continues]', 'data-continues');
  const rows = byAttr('tr[data-row-for]', 'data-row-for');
  const unplaced = byAttr('li[data-unplaced-for]', 'data-unplaced-for');
  const tip = document.getElementById('tooltip');
  let active = [];

  const idOf = (el) => el.getAttribute('data-fact-id') || el.getAttribute('data-continues');

  function activate(id, from) {
    for (const el of active) el.classList.remove('is-active');
    const mark = (marks.get(id) || [])[0];
    const target = mark || (unplaced.get(id) || [])[0];
    active = [...(marks.get(id) || []), ...(continuations.get(id) || []), ...(rows.get(id) || []), ...(unplaced.get(id) || [])];
    for (const el of active) el.classList.add('is-active');
    if (from === 'row' && target) {
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (mark) mark.focus({ preventScroll: true });
    }
    const row = (rows.get(id) || [])[0];
    if (from === 'text' && row) {
      row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      row.focus({ preventScroll: true });
    }
  }

  const table = document.getElementById('fact-table');
  table.addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-row-for]');
    if (row) activate(row.getAttribute('data-row-for'), 'row');
  });
  table.addEventListener('keydown', (event) => {
    const row = event.target.closest('tr[data-row-for]');
    if (row && event.key === 'Enter') {
      event.preventDefault();
      activate(row.getAttribute('data-row-for'), 'row');
    }
  });

  const text = document.getElementById('text');
  text.addEventListener('click', (event) => {
    const mark = event.target.closest('.mark[data-fact-id]');
    if (mark) activate(idOf(mark), 'mark');
  });
  text.addEventListener('keydown', (event) => {
    const mark = event.target.closest('.mark[data-fact-id]');
    if (mark && event.key === 'Enter') {
      event.preventDefault();
      activate(idOf(mark), 'text');
    }
  });

  function showTip(el) {
    const fact = data[idOf(el)];
    if (!fact) return;
    tip.replaceChildren();
    const head = document.createElement('strong');
    head.textContent = fact.kind + ': ' + fact.text;
    const list = document.createElement('dl');
    for (const [label, value] of fact.fields) {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    tip.append(head, list);
    for (const message of fact.problems) {
      const p = document.createElement('div');
      p.className = 'tip-problem';
      p.textContent = '\\u26A0 ' + message;
      tip.append(p);
    }
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + window.scrollX + 'px';
    tip.style.top = box.bottom + window.scrollY + 10 + 'px';
  }
  const hideTip = () => { tip.hidden = true; };
  const markOf = (event) => event.target.closest && event.target.closest('.mark');
  text.addEventListener('mouseover', (event) => { const m = markOf(event); if (m) showTip(m); });
  text.addEventListener('mouseout', (event) => { if (markOf(event)) hideTip(); });
  text.addEventListener('focusin', (event) => { const m = markOf(event); if (m) showTip(m); });
  text.addEventListener('focusout', hideTip);

  for (const box of document.querySelectorAll('input[data-kind-toggle]')) {
    box.addEventListener('change', () => {
      const kind = box.getAttribute('data-kind-toggle');
      document.body.classList.toggle('hide-' + kind, !box.checked);
      for (const row of document.querySelectorAll('tr[data-row-for].k-' + kind)) row.hidden = !box.checked;
      for (const mark of document.querySelectorAll('.mark[data-fact-id].k-' + kind)) {
        if (box.checked) mark.setAttribute('tabindex', '0');
        else mark.removeAttribute('tabindex');
      }
    });
  }
})();
`;
