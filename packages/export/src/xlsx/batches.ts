/**
 * The items of a sync or async iterable in arrays of up to `size`: the writer then runs a plain
 * loop per batch and checks the zip's backpressure once per batch, not once per row.
 */
export async function* batches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  if (Symbol.asyncIterator in items) {
    for await (const item of items) {
      batch.push(item);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  } else {
    for (const item of items) {
      batch.push(item);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
