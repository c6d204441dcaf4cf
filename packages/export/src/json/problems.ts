import type { Problem } from '@dukien/core';
import type { ErrorObject } from 'ajv';

type Loose = Record<string, unknown>;

function at(value: unknown, index: string | undefined): Loose | undefined {
  if (!Array.isArray(value) || index === undefined) return undefined;
  const item: unknown = value[Number(index)];
  return item !== null && typeof item === 'object' ? (item as Loose) : undefined;
}

const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asOffset = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;

/** Validates one fact against its own kind's branch of the schema. */
export type KindValidator = (fact: unknown) => readonly ErrorObject[] | null;

/**
 * The errors that say what is wrong: a fact is checked against all six kinds (oneOf), and
 * only its own kind's complaints help the person who has to fix it, so a fact of a known
 * kind is checked again against that kind alone.
 */
export function relevantErrors(
  dataset: unknown,
  errors: readonly ErrorObject[],
  kindValidator: (kind: unknown) => KindValidator | undefined,
): ErrorObject[] {
  const out: ErrorObject[] = [];
  const rechecked = new Set<string>();
  for (const error of errors) {
    const [, list, index] = error.instancePath.split('/');
    const fact = list === 'facts' ? at((dataset as Loose | null)?.facts, index) : undefined;
    const validate = fact ? kindValidator(fact.kind) : undefined;
    if (!validate) {
      if (
        error.keyword !== 'oneOf' ||
        !errors.some((e) => e !== error && e.instancePath === error.instancePath)
      ) {
        out.push(error);
      }
      continue;
    }
    if (rechecked.has(index!)) continue;
    rechecked.add(index!);
    for (const inner of validate(fact) ?? []) {
      out.push({ ...inner, instancePath: `/facts/${index}${inner.instancePath}` });
    }
  }
  return out;
}

/** An ajv error as a problem naming the fact (or document) and the field. */
export function problemOf(dataset: unknown, error: ErrorObject): Problem {
  const [, list, index, ...rest] = error.instancePath.split('/');
  const item = at((dataset as Loose | null)?.[list ?? ''], index);
  const isFact = list === 'facts';
  const evidence = isFact ? (item?.evidence as Loose | undefined) : undefined;
  const extra =
    error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
  const field = rest.length > 0 ? rest.join('.') : 'the object';
  const who = item
    ? `${isFact ? 'fact' : 'document'} ${asString(item.id) ?? `#${index}`}`
    : error.instancePath || 'the dataset';
  return {
    code: 'schema',
    severity: 'error',
    message: `${who}: ${item ? `${field} ` : ''}${error.message ?? error.keyword}${extra}`,
    documentId: isFact ? asString(item?.documentId) : list === 'documents' ? asString(item?.id) : null,
    source: list === 'documents' ? asString(item?.source) : null,
    factId: isFact ? asString(item?.id) : null,
    start: asOffset(evidence?.start),
    end: asOffset(evidence?.end),
    path: error.instancePath,
  };
}
