/**
 * The index's behaviour, inline. Rows come from the JSON the page carries; header buttons
 * sort them (numbers as numbers, text in Vietnamese order), the search box filters by title
 * or id ignoring tone marks, a checkbox keeps documents with problems, and only a page of
 * matching rows is drawn at a time ("Show more" adds the next). Cells are filled with
 * textContent, never parsed as HTML.
 */
export const INDEX_SCRIPT = `(() => {
  'use strict';
  const source = document.getElementById('rows');
  const data = JSON.parse(source.textContent);
  const page = Number(source.getAttribute('data-page'));
  const body = document.querySelector('#documents tbody');
  const search = document.getElementById('filter');
  const onlyProblems = document.getElementById('only-problems');
  const shown = document.getElementById('shown');
  const more = document.getElementById('more');
  const collator = new Intl.Collator('vi', { numeric: true });
  const fold = (s) => s.normalize('NFD').replace(/\\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const TOTAL = data.length ? data[0].length - 2 : 0;
  const PROBLEMS = TOTAL + 1;
  let keys = null;
  let order = data;
  let sortField = -1;
  let direction = 1;
  let limit = page;

  // Column of the table to field of a row: date, title, then counts from field 4 on.
  const fieldOf = (column) => (column < 2 ? column : column + 2);

  function cell(text, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = text;
    return td;
  }

  function rowOf(d) {
    const tr = document.createElement('tr');
    const flagged = d[PROBLEMS] > 0;
    if (flagged) tr.className = 'has-problem';
    const title = document.createElement('td');
    title.className = 'doc-title';
    const link = document.createElement('a');
    link.href = d[3];
    link.textContent = d[1];
    const id = document.createElement('div');
    id.className = 'meta';
    const code = document.createElement('code');
    code.textContent = d[2];
    id.append(code);
    title.append(link, id);
    tr.append(cell(d[0]), title);
    for (let i = 4; i < PROBLEMS; i++) tr.append(cell(String(d[i]), 'num'));
    tr.append(cell(String(d[PROBLEMS]), 'num problems-cell' + (flagged ? ' has-problem' : '')));
    return tr;
  }

  function render() {
    const query = fold(search.value.trim());
    if (query && keys === null) keys = new Map(data.map((d) => [d, fold(d[1] + ' ' + d[2])]));
    const matching = order.filter((d) => (!query || keys.get(d).includes(query)) && (!onlyProblems.checked || d[PROBLEMS] > 0));
    const visible = matching.slice(0, limit);
    body.replaceChildren(...visible.map(rowOf));
    shown.textContent = visible.length + ' of ' + matching.length + ' shown' + (matching.length < data.length ? ' (' + data.length + ' in all)' : '');
    more.hidden = visible.length >= matching.length;
  }

  search.addEventListener('input', () => { limit = page; render(); });
  onlyProblems.addEventListener('change', () => { limit = page; render(); });
  more.addEventListener('click', () => { limit += page; render(); });

  for (const button of document.querySelectorAll('th button[data-column]')) {
    button.addEventListener('click', () => {
      const th = button.parentElement;
      const field = fieldOf(Number(button.getAttribute('data-column')));
      direction = field === sortField ? -direction : 1;
      sortField = field;
      for (const other of document.querySelectorAll('#documents th')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
      const numeric = field >= 4;
      order = data.slice().sort((a, b) =>
        direction * (numeric ? a[field] - b[field] : collator.compare(a[field], b[field])));
      render();
    });
  }
})();
`;
