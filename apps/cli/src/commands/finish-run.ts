import { writeFileAtomic } from '@dukien/export';
import { EXIT } from '../errors.js';
import { formatSummaryText } from '../summary/format.js';
import type { GithubReport } from '../summary/github.js';
import type { RunSummary } from '../summary/summary.js';

/** Flags every command that writes a dataset shares. */
export interface RunFlags {
  quiet?: boolean;
  progress?: boolean;
  summaryJson?: string;
}

/** Ends a run: its exit code, the summary printed and, when asked, written as JSON; returns the code. */
export async function finishRun(
  summary: RunSummary,
  started: number,
  flags: RunFlags,
  github: GithubReport | null,
): Promise<number> {
  summary.elapsedSeconds = (performance.now() - started) / 1000;
  summary.exitCode = summary.errors > 0 ? EXIT.problems : EXIT.ok;
  if (flags.summaryJson) await writeFileAtomic(flags.summaryJson, `${JSON.stringify(summary, null, 2)}\n`);
  if (!flags.quiet) process.stdout.write(`${formatSummaryText(summary)}\n`);
  else for (const k of summary.skipped) process.stderr.write(`dukien: skipped ${k.file}: ${k.reason}\n`);
  github?.flush(summary);
  return summary.exitCode;
}
