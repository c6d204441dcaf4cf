import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';

/** --jobs: a positive whole number; the default is the number of cores. */
export function parseJobs(text: string | undefined): number {
  if (text === undefined) return Math.max(1, availableParallelism());
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number >= 1; got "${text}"`);
  return jobs;
}
