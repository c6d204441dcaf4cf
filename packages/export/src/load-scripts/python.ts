import type { ColumnType, TableSpec } from '../tables/column.js';

// Nullable pandas dtypes, so an empty cell is <NA> without turning integers into floats.
const DTYPE: Record<Exclude<ColumnType, 'date'>, string> = {
  string: 'string',
  integer: 'Int64',
  number: 'float64',
  boolean: 'boolean',
};

// A JSON string is also a Python string literal.
const py = (text: string) => JSON.stringify(text);

function readTable(table: TableSpec): string {
  const dtypes = table.columns
    .filter((c) => c.type !== 'date')
    .map((c) => `${py(c.name)}: ${py(DTYPE[c.type as Exclude<ColumnType, 'date'>])}`)
    .join(', ');
  const dates = table.columns.filter((c) => c.type === 'date').map((c) => py(c.name));
  return `    ${py(table.name)}: ({${dtypes}}, [${dates.join(', ')}]),`;
}

function describeTable(table: TableSpec): string {
  const lines = table.columns.map((c) => `        ${py(c.name)}: ${py(c.description)},`);
  return `    ${py(table.name)}: {\n${lines.join('\n')}\n    },`;
}

/** load.py: every table read by pandas with explicit dtypes and parsed dates. */
export function loadPython(tables: readonly TableSpec[]): string {
  return `"""Loads the dukien CSV tables into pandas DataFrames with typed columns.

Generated from dukien's column tables: do not edit.
Usage: python -i load.py, or tables = runpy.run_path("path/to/load.py")["load"]()
Then documents, quantities, ... are DataFrames; DESCRIPTIONS[table][column] says what a column holds.
"""
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()

# table: (dtypes, date columns)
TABLES = {
${tables.map(readTable).join('\n')}
}

DESCRIPTIONS = {
${tables.map(describeTable).join('\n')}
}


def read_table(name, folder=HERE):
    dtype, dates = TABLES[name]
    return pd.read_csv(
        Path(folder) / f"{name}.csv",
        dtype=dtype,
        parse_dates=dates,
        keep_default_na=False,
        na_values=[""],
        true_values=["true"],
        false_values=["false"],
        encoding="utf-8-sig",
    )


def load(folder=HERE):
    return {name: read_table(name, folder) for name in TABLES}


if __name__ == "__main__":
    globals().update(load())
`;
}
