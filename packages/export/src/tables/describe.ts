import type { Cell, Column, ColumnType, FieldPath } from './column.js';

/** The part of a zod schema a column reads: its description and what it accepts. */
export interface FieldSchema {
  readonly description?: string | undefined;
  safeParse(value: unknown): { success: boolean };
}

/** A column's getter beside its public description. */
export interface ColumnDef<T> extends Column {
  get(item: T): Cell;
}

interface Options {
  /** Said after the zod description, for columns that encode a field: "the part", "joined with |". */
  readonly note?: string;
  /** A list field written as one cell: it may be empty. */
  readonly list?: boolean;
}

/** The enum values of a field, through `.nullable()` if need be. */
function enumValues(field: FieldSchema): readonly string[] | undefined {
  const f = field as { options?: unknown; unwrap?: () => unknown };
  if (Array.isArray(f.options)) return f.options as string[];
  const inner = typeof f.unwrap === 'function' ? (f.unwrap() as { options?: unknown }) : undefined;
  return inner && Array.isArray(inner.options) ? (inner.options as string[]) : undefined;
}

/**
 * A column whose description and emptiness come from the zod field, so the column
 * tables cannot drift from the schemas. Throws at load time when a field lost its description.
 */
export function column<T>(
  name: string,
  type: ColumnType,
  field: FieldSchema,
  path: FieldPath,
  get: (item: T) => Cell,
  options: Options = {},
): ColumnDef<T> {
  const text = field.description;
  if (!text) throw new Error(`column ${name}: the zod field at ${path.join('.')} has no description`);
  const description = options.note ? `${text}. Column: ${options.note}` : text;
  const required =
    !options.list && !field.safeParse(null).success && !(type === 'string' && field.safeParse('').success);
  const values = enumValues(field);
  return { name, type, description, required, path, get, ...(values ? { values } : {}) };
}
