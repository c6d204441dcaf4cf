import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset, Fact, Problem } from './core.js';
import { documentPage } from './document/page.js';
import { viewDocument } from './document/view.js';
import { pageName } from './files/page-name.js';
import { indexPage } from './index-page/page.js';
import { type DocumentSummary, summarize } from './index-page/summary.js';
import { groupProblems } from './problems/group.js';

/** Pages written at once: enough to keep the disk busy, few enough to hold little memory. */
const CONCURRENT_PAGES = 16;

/** Document pages live here, beside index.html. */
export const DOCUMENTS_FOLDER = 'docs';

/**
 * Writes a static review site to `outDir`: `index.html` with one row per document, and
 * `docs/<page>.html` per document with its highlighted text and facts table. Every page is
 * self-contained (inline style and script, no network), so the folder opens from file://.
 */
export async function writeReport(dataset: Dataset, problems: Problem[], outDir: string): Promise<void> {
  await mkdir(join(outDir, DOCUMENTS_FOLDER), { recursive: true });
  const factsOf = new Map<string, Fact[]>();
  for (const fact of dataset.facts) {
    const list = factsOf.get(fact.documentId);
    if (list) list.push(fact);
    else factsOf.set(fact.documentId, [fact]);
  }
  const { byDocument, general } = groupProblems(dataset, problems);
  const known = new Set(dataset.documents.map((d) => d.id));
  const orphans = dataset.facts.filter((f) => !known.has(f.documentId)).length;
  const summaries: DocumentSummary[] = new Array(dataset.documents.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < dataset.documents.length) {
      const i = next++;
      const document = dataset.documents[i]!;
      const view = viewDocument(document, factsOf.get(document.id) ?? [], byDocument.get(document.id) ?? []);
      const name = pageName(document.id);
      summaries[i] = summarize(view, `${DOCUMENTS_FOLDER}/${name}`);
      await writeFile(join(outDir, DOCUMENTS_FOLDER, name), documentPage(view, '../index.html'));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
  const orphanProblem: Problem[] =
    orphans === 0
      ? []
      : [
          {
            code: 'unknown_document',
            severity: 'error',
            message: `${orphans} facts name a document the dataset does not hold; they are not shown`,
            documentId: null,
            source: null,
            factId: null,
            start: null,
            end: null,
            path: null,
          },
        ];
  await writeFile(join(outDir, 'index.html'), indexPage(summaries, [...general, ...orphanProblem]));
}
