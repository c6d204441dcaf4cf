import type { Generator } from '@dukien/core';

const CHUNK = 1 << 16;

async function* list(
  name: string,
  batches: AsyncIterable<readonly string[]>,
  after: string,
): AsyncGenerator<string> {
  let chunk = `  "${name}": [`;
  let first = true;
  for await (const batch of batches) {
    for (const line of batch) {
      chunk += `${first ? '' : ','}\n    ${line}`;
      first = false;
    }
    if (chunk.length > CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${first ? '' : '\n  '}]${after}\n`;
}

/**
 * dataset.json from the JSON lines of its documents and facts, read back from the spooled
 * JSONL, so the corpus is never held whole. The bytes are those of the export package's
 * `datasetJsonText` for the same dataset (a test holds them equal).
 */
export async function* datasetJsonFromLines(
  head: { schemaVersion: string; generator: Generator },
  documents: AsyncIterable<readonly string[]>,
  facts: AsyncIterable<readonly string[]>,
): AsyncGenerator<string> {
  yield `{\n  "schemaVersion": ${JSON.stringify(head.schemaVersion)},\n  "generator": ${JSON.stringify(head.generator)},\n`;
  yield* list('documents', documents, ',');
  yield* list('facts', facts, '');
  yield '}\n';
}
