import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';

/**
 * Reads what `dukien validate` was given: a dataset.json. Failures to read or
 * parse are usage errors, so they print one line and exit 2.
 */
export function loadDatasetInput(path: string): unknown {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`${path}: no such file`);
  }
  if (stat.isDirectory()) {
    throw new UsageError(`${path} is a folder; give a dataset.json file`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
}
