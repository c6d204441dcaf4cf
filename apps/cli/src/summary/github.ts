import { appendFileSync } from 'node:fs';
import type { Problem } from '@dukien/core';
import { formatProblemsGithub } from '../report/format-github.js';
import type { Position } from '../report/locate.js';
import type { LocatedProblem } from '../report/problem-lines.js';
import { formatSummaryMarkdown } from './format.js';
import type { RunSummary } from './summary.js';

/** GitHub shows only some annotations per step; more would only slow the log. */
export const MAX_ANNOTATIONS = 200;

export const inGithubActions = (env: NodeJS.ProcessEnv = process.env) => env.GITHUB_ACTIONS === 'true';

/** Collects problems as workflow annotations pointing into the article files. */
export class GithubReport {
  private readonly located: LocatedProblem[] = [];
  private dropped = 0;

  add(problem: Problem, file: string | null, at: { from: Position; to: Position } | null): void {
    if (this.located.length >= MAX_ANNOTATIONS) {
      this.dropped++;
      return;
    }
    this.located.push({ ...problem, file, from: at?.from ?? null, to: at?.to ?? null });
  }

  /** Prints the annotations and appends the Markdown summary to $GITHUB_STEP_SUMMARY. */
  flush(summary: RunSummary, env: NodeJS.ProcessEnv = process.env): void {
    if (this.located.length) process.stdout.write(`${formatProblemsGithub(this.located)}\n`);
    if (this.dropped) {
      process.stdout.write(`::notice title=dukien::${this.dropped} more problem(s) in problems.jsonl\n`);
    }
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, formatSummaryMarkdown(summary));
  }
}
