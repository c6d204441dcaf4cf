/** The types a column can have; the same names as Frictionless Table Schema field types. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One cell: dates are ISO `YYYY-MM-DD` strings, a missing value is null. */
export type Cell = string | number | boolean | null;

/** The cells of one row, in the order of its table's columns. */
export type Row = Cell[];

/** Where a column's value lives in the document or fact, e.g. ["evidence", "start"]. */
export type FieldPath = readonly (string | number)[];

/** A column as every format describes it. */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** From the zod `.describe()` text of the field the column comes from. */
  readonly description: string;
  /** False when the cell may be empty (a nullable field, an empty list, an empty string). */
  readonly required: boolean;
  /** The allowed values of an enum field; absent for free columns. */
  readonly values?: readonly string[];
  /** The field the column comes from. */
  readonly path: FieldPath;
}

export type TableName =
  | 'documents'
  | 'quantities'
  | 'times'
  | 'people'
  | 'organizations'
  | 'locations'
  | 'indicators'
  | 'facts';

/** A table as every format describes it. */
export interface TableSpec {
  readonly name: TableName;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
}

/** A table that can turn an item into a row and a row (by column name) back into an item. */
export interface Table<T> extends TableSpec {
  /** The cells of one item, in column order. */
  row(item: T): Row;
  /** The item a record of typed cells describes; not yet validated. */
  fromRecord(record: Readonly<Record<string, Cell>>): unknown;
}
