import type { Dataset } from '@dukien/core';
import type { Column, TableSpec } from '../tables/column.js';
import { LIST_SEPARATOR } from '../tables/lists.js';
import { TABLES } from '../tables/registry.js';

/** A Table Schema field: name, type and description from the column table. */
function fieldOf(column: Column): Record<string, unknown> {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.values ? { enum: column.values } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function resourceOf(table: TableSpec): Record<string, unknown> {
  const linksDocuments = table.name !== 'documents';
  return {
    name: table.name,
    type: 'table',
    path: `${table.name}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: {
      $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
      header: true,
      delimiter: ',',
      lineTerminator: '\r\n',
      quoteChar: '"',
      doubleQuote: true,
    },
    schema: {
      $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
      fields: table.columns.map(fieldOf),
      primaryKey: table.primaryKey,
      ...(linksDocuments
        ? {
            foreignKeys: [
              { fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } },
            ],
          }
        : {}),
      missingValues: [''],
    },
  };
}

/** The property of datapackage.json that carries what the CSV files cannot. */
export const DUKIEN_PROPERTY = 'dukien';

/** datapackage.json (Frictionless Data Package v2) describing every CSV table. */
export function dataPackageOf(
  dataset: Pick<Dataset, 'schemaVersion' | 'generator'>,
): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'dukien-dataset',
    title: 'dukien dataset: documents and the grounded facts read from them',
    description: [
      'One CSV per table: documents, one table per fact kind, and the long facts table.',
      'Offsets (start, end) count Unicode code points into the document text.',
      `Lists share one cell, joined with "${LIST_SEPARATOR}".`,
      "A text cell that starts with = + - @, tab or CR (or quotes before one) has one more ' in front, so spreadsheets do not run it as a formula; drop that first ' to get the text.",
    ].join(' '),
    [DUKIEN_PROPERTY]: { schemaVersion: dataset.schemaVersion, generator: dataset.generator },
    resources: TABLES.map(resourceOf),
  };
}

/** The text of datapackage.json: pretty JSON and a final newline. */
export function dataPackageText(dataset: Pick<Dataset, 'schemaVersion' | 'generator'>): string {
  return `${JSON.stringify(dataPackageOf(dataset), null, 2)}\n`;
}
