/**
 * The index's behaviour, inline: header buttons sort the rows (numbers as numbers, text in
 * Vietnamese order), the search box filters by title or id ignoring tone marks, and a
 * checkbox keeps only documents with problems.
 */
export const INDEX_SCRIPT = `(() => {
  'use strict';
  const body = document.querySelector('#documents tbody');
  const rows = Array.from(body.rows);
  const fold = (s) => s.normalize('NFD').replace(/\\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const keys = new Map(rows.map((row) => [row, fold(row.getAttribute('data-search') || '')]));
  const search = document.getElementById('filter');
  const onlyProblems = document.getElementById('only-problems');
  const shown = document.getElementById('shown');
  const collator = new Intl.Collator('vi', { numeric: true });

  function filter() {
    const query = fold(search.value.trim());
    let count = 0;
    for (const row of rows) {
      const visible = keys.get(row).includes(query) && (!onlyProblems.checked || row.classList.contains('has-problem'));
      row.hidden = !visible;
      if (visible) count++;
    }
    shown.textContent = count + ' of ' + rows.length + ' shown';
  }
  search.addEventListener('input', filter);
  onlyProblems.addEventListener('change', filter);

  for (const button of document.querySelectorAll('th button[data-column]')) {
    button.addEventListener('click', () => {
      const th = button.parentElement;
      const column = Number(button.getAttribute('data-column'));
      const numeric = th.classList.contains('num');
      const direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (const other of document.querySelectorAll('#documents th')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
      const value = (row) => row.cells[column].getAttribute('data-value') || row.cells[column].textContent;
      const sorted = rows.slice().sort((a, b) =>
        direction * (numeric ? Number(value(a)) - Number(value(b)) : collator.compare(value(a), value(b))));
      body.append(...sorted);
    });
  }
  filter();
})();
`;
