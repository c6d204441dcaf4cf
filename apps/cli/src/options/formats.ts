import { UsageError } from '../errors.js';

/** The output formats of extract, merge and export. */
export const FORMATS = ['json', 'jsonl', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** A comma list such as "json,csv" to formats in their canonical order; "all" or nothing is every format. */
export function parseFormats(list: string | undefined): Format[] {
  if (list === undefined || list.trim() === '' || list.trim() === 'all') return [...FORMATS];
  const asked = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  for (const f of asked) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`--format: unknown format "${f}"; use a comma list of ${FORMATS.join(', ')}`);
    }
  }
  return FORMATS.filter((f) => asked.includes(f));
}
