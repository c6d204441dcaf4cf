/** Lines of JSON joined into chunks of about a thousand, for streaming writes. */
export function* jsonLines(items: Iterable<unknown>, batch = 1000): Generator<string> {
  let chunk = '';
  let n = 0;
  for (const item of items) {
    chunk += `${JSON.stringify(item)}\n`;
    if (++n === batch) {
      yield chunk;
      chunk = '';
      n = 0;
    }
  }
  if (chunk) yield chunk;
}

/**
 * dataset.json as text, one document or fact per line so large datasets stream and diffs
 * stay readable; the same dataset gives the same bytes.
 */
export function* datasetJsonText(dataset: {
  schemaVersion: string;
  generator: unknown;
  documents: Iterable<unknown>;
  facts: Iterable<unknown>;
}): Generator<string> {
  yield `{\n  "schemaVersion": ${JSON.stringify(dataset.schemaVersion)},\n  "generator": ${JSON.stringify(dataset.generator)},\n`;
  yield* list('documents', dataset.documents, ',');
  yield* list('facts', dataset.facts, '');
  yield '}\n';
}

function* list(name: string, items: Iterable<unknown>, after: string): Generator<string> {
  let chunk = `  "${name}": [`;
  let first = true;
  let n = 0;
  for (const item of items) {
    chunk += `${first ? '' : ','}\n    ${JSON.stringify(item)}`;
    first = false;
    if (++n % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${first ? '' : '\n  '}]${after}\n`;
}
