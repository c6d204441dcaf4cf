import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/**
 * The names of @dukien/core's PUBLISHED_SCHEMAS, written out so that `dukien --help` need not load
 * zod and every schema to list them; schema.test.ts keeps the two the same.
 */
export const SCHEMA_NAMES = [
  'dataset',
  'document',
  'fact',
  'quantity',
  'time',
  'person',
  'organization',
  'location',
  'indicator',
  'problem',
] as const;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of the dataset or of one fact kind')
    .description(
      'Prints the JSON Schema (draft 2020-12) generated from the zod schemas that every output is ' +
        'checked with: the whole dataset by default, or one part with --kind.',
    )
    .option('-k, --kind <name>', `one of ${SCHEMA_NAMES.join(', ')}`, 'dataset')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dukien schema > dataset.schema.json\n  $ dukien schema --kind quantity',
    )
    .action(async (flags: { kind: string }) => {
      const kind = SCHEMA_NAMES.find((name) => name === flags.kind);
      if (!kind)
        throw new UsageError(`--kind must be one of ${SCHEMA_NAMES.join(', ')}; got "${flags.kind}"`);
      const { jsonSchemaText } = await import('@dukien/core');
      process.stdout.write(jsonSchemaText(kind));
    });
}
