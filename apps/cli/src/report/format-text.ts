import { groupByDocument, type LocatedProblem } from './problem-lines.js';

/** Human-readable problem listing, grouped by document, each line starting with file:line:column. */
export function formatProblemsText(problems: readonly LocatedProblem[]): string {
  const lines: string[] = [];
  for (const [documentId, group] of groupByDocument(problems)) {
    lines.push(documentId ? `${documentId}${group[0]?.file ? ` (${group[0].file})` : ''}` : 'dataset');
    for (const p of group) {
      const place = p.file && p.from ? `${p.file}:${p.from.line}:${p.from.column}` : (p.path ?? p.file ?? '');
      lines.push(`  ${place}  ${p.severity} ${p.code}  ${p.message}`);
    }
  }
  return lines.join('\n');
}
