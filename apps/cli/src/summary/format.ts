import { formatSize } from '../options/size.js';
import type { RunSummary } from './summary.js';

const list = (counts: Record<string, number | undefined>) =>
  Object.entries(counts)
    .filter(([, n]) => n)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

const rate = (s: RunSummary) => {
  const secs = Math.max(s.elapsedSeconds, 1e-3);
  return `${(s.filesRead / secs).toFixed(1)} docs/s, ${(s.bytes / 1e6 / secs).toFixed(2)} MB/s`;
};

/** The summary a person reads at the end of a run. */
export function formatSummaryText(s: RunSummary): string {
  const lines = [
    `${s.interrupted ? 'Interrupted' : 'Done'}: ${s.documents} of ${s.filesRead} files written as documents (${formatSize(s.bytes)}) in ${s.elapsedSeconds.toFixed(2)} s (${rate(s)})${s.cached ? `, ${s.cached} from cache` : ''}`,
    `  facts: ${s.factsTotal} (${list(s.facts)})`,
    `  problems: ${s.errors} error(s), ${s.warnings} warning(s)${s.errors + s.warnings ? ` (${list(s.problems)})` : ''}`,
  ];
  if (s.skipped.length) {
    lines.push(`  skipped ${s.skipped.length} file(s):`);
    for (const k of s.skipped) lines.push(`    ${k.file}: ${k.reason} [${k.code}]`);
  }
  for (const note of s.notes) lines.push(`  note: ${note}`);
  if (s.files.length) lines.push(`  wrote ${s.files.length} file(s) to ${s.outDir}`);
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The summary as Markdown, for $GITHUB_STEP_SUMMARY. */
export function formatSummaryMarkdown(s: RunSummary): string {
  const out = [
    `### dukien ${s.command}${s.interrupted ? ' (interrupted)' : ''}`,
    '',
    '| | |',
    '| --- | --- |',
    `| documents | ${s.documents} of ${s.filesRead} files |`,
    `| size | ${formatSize(s.bytes)} |`,
    `| elapsed | ${s.elapsedSeconds.toFixed(2)} s (${rate(s)}) |`,
    `| facts | ${s.factsTotal} (${list(s.facts)}) |`,
    `| problems | ${s.errors} error(s), ${s.warnings} warning(s) (${list(s.problems)}) |`,
    `| exit code | ${s.exitCode} |`,
  ];
  if (s.skipped.length) {
    out.push('', '#### Skipped files', '', '| file | code | reason |', '| --- | --- | --- |');
    for (const k of s.skipped) out.push(`| ${cell(k.file)} | ${k.code} | ${cell(k.reason)} |`);
  }
  return `${out.join('\n')}\n`;
}
