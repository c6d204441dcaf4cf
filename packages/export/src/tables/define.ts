import type { Cell, Column, Row, Table, TableName } from './column.js';
import type { ColumnDef } from './describe.js';

/** A table from its column definitions; the getters stay private to `row`. */
export function defineTable<T>(
  name: TableName,
  primaryKey: readonly string[],
  defs: readonly ColumnDef<T>[],
  fromRecord: (record: Readonly<Record<string, Cell>>) => unknown,
): Table<T> {
  const getters = defs.map((def) => def.get);
  const columns: Column[] = defs.map(({ get: _get, ...publicPart }) => publicPart);
  return {
    name,
    columns,
    primaryKey,
    row(item: T): Row {
      const row: Row = new Array(getters.length);
      for (let i = 0; i < getters.length; i++) row[i] = getters[i]!(item);
      return row;
    },
    fromRecord,
  };
}
