import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { XlsxSummary, XlsxTableSpec } from '../types.js';

export const SUMMARY: XlsxSummary = { documents: 2, facts: { quantity: 3, time: 1 }, problems: 1 };

export const QUANTITIES: XlsxTableSpec = {
  name: 'quantities',
  columns: [
    { name: 'document_id', type: 'string', description: 'The article the fact is in' },
    { name: 'start', type: 'integer', description: 'First code point of the evidence' },
    { name: 'value', type: 'number', description: 'The number the text states' },
    { name: 'published', type: 'date', description: 'Day the article came out' },
    { name: 'approximate', type: 'boolean', description: 'Whether the text hedges the number' },
    { name: 'evidence', type: 'string', description: 'The exact characters of the article' },
  ],
};

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dukien-xlsx-'));
}

/** The XML of every worksheet in the zip, by entry name. */
export async function sheetXml(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const sheets = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const entry = zip.file(name);
      if (entry) sheets.set(name, await entry.async('string'));
    }
  }
  return sheets;
}
