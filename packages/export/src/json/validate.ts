import { FACT_KINDS, type Problem } from '@dukien/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type KindValidator, problemOf, relevantErrors } from './problems.js';
import { datasetJsonSchema } from './schema.js';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** Checks a dataset against the committed JSON Schema; the schema is compiled once, here. */
export function createDatasetValidator(): (dataset: unknown) => Problem[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schema = datasetJsonSchema();
  const validate = ajv.compile(schema);
  const byKind = new Map<unknown, KindValidator>(
    FACT_KINDS.map((kind) => {
      const name = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}Fact`;
      const branch = ajv.getSchema(`${String(schema.$id)}#/$defs/${name}`);
      if (!branch) throw new Error(`dataset.schema.json has no $defs/${name}`);
      return [kind, (fact: unknown) => (branch(fact) ? null : (branch.errors ?? []))];
    }),
  );
  return (dataset) => {
    if (validate(dataset)) return [];
    return relevantErrors(dataset, validate.errors ?? [], (kind) => byKind.get(kind)).map((error) =>
      problemOf(dataset, error),
    );
  };
}

/** Thrown instead of writing a dataset that does not match its schema. */
export class DatasetInvalidError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 5).map((p) => `  ${p.message} at ${p.path}`);
    const more = problems.length > 5 ? [`  ... and ${problems.length - 5} more`] : [];
    super(['dataset does not match dataset.schema.json; nothing was written:', ...shown, ...more].join('\n'));
    this.name = 'DatasetInvalidError';
    this.problems = problems;
  }
}
