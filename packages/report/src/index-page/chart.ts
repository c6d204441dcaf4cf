import { FACT_KINDS } from '../core.js';
import { escapeHtml } from '../html/escape.js';
import type { DocumentSummary } from './summary.js';

const WIDTH = 640;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 110;
const STACK_HEIGHT = 120;
const MAX_COLUMN = 24;
const MAX_COLUMNS = 240;

const round = (n: number) => Math.round(n * 10) / 10;

/** Horizontal bars: how many facts of each kind the whole report holds. */
export function kindChart(summaries: readonly DocumentSummary[]): string {
  const totals = FACT_KINDS.map((kind) => summaries.reduce((sum, s) => sum + s.counts[kind], 0));
  const max = Math.max(1, ...totals);
  const room = WIDTH - LABEL_WIDTH - 60;
  const bars = FACT_KINDS.map((kind, i) => {
    const y = i * (BAR_HEIGHT + 6);
    const width = round((totals[i]! / max) * room);
    return `<g class="k-${kind}"><text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${kind}</text><rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}"/><text x="${LABEL_WIDTH + width + 6}" y="${y + 14}">${totals[i]}</text></g>`;
  });
  const height = FACT_KINDS.length * (BAR_HEIGHT + 6);
  return `<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"><title>Facts per kind</title>${bars.join('')}</svg>`;
}

/** Documents in a column: past MAX_COLUMNS documents, a column shows the mean of a group. */
function columnsOf(summaries: readonly DocumentSummary[]): { columns: DocumentSummary[]; group: number } {
  const group = Math.ceil(summaries.length / MAX_COLUMNS);
  if (group <= 1) return { columns: [...summaries], group: 1 };
  const columns: DocumentSummary[] = [];
  for (let i = 0; i < summaries.length; i += group) {
    const members = summaries.slice(i, i + group);
    const mean = (f: (s: DocumentSummary) => number) =>
      members.reduce((sum, s) => sum + f(s), 0) / members.length;
    const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, mean((s) => s.counts[k])]));
    columns.push({
      ...members[0]!,
      counts: counts as DocumentSummary['counts'],
      total: mean((s) => s.total),
    });
  }
  return { columns, group };
}

/**
 * One stacked column per document, in index order, coloured by kind; a big report groups
 * documents so the chart stays small. Each kind is one path of rectangles.
 */
export function documentChart(all: readonly DocumentSummary[]): string {
  const { columns: summaries, group } = columnsOf(all);
  const max = Math.max(1, ...summaries.map((s) => s.total));
  const step = WIDTH / Math.max(1, summaries.length);
  // Columns touch once there are many; a few documents get narrow columns with gaps.
  const width = round(Math.max(0.5, Math.min(MAX_COLUMN, step * (summaries.length > 60 ? 1 : 0.8))));
  const base = summaries.map(() => STACK_HEIGHT);
  const paths = FACT_KINDS.map((kind) => {
    const d = summaries
      .map((s, i) => {
        const h = (s.counts[kind] / max) * STACK_HEIGHT;
        if (h === 0) return '';
        base[i]! -= h;
        return `M${round(i * step)} ${round(base[i]!)}h${width}v${round(h)}h${-width}z`;
      })
      .join('');
    return `<path class="k-${kind} stack" d="${d}"/>`;
  });
  const label =
    group === 1
      ? `Facts per document: ${all.length} documents, at most ${max} facts`
      : `Facts per document: ${all.length} documents, each column the mean of ${group}`;
  return `<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${STACK_HEIGHT}" width="${WIDTH}" height="${STACK_HEIGHT}" preserveAspectRatio="none"><title>${escapeHtml(label)}</title>${paths.join('')}</svg>`;
}
