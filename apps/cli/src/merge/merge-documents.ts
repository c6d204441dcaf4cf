import { UsageError } from '../errors.js';
import type { ShardDocument, ShardOutput } from './shard-documents.js';

/**
 * The documents of every shard in one stream ordered by id, as one whole run orders them.
 * Each shard is already in order, so this is a k-way merge holding one document per shard.
 */
export async function* mergeDocuments(shards: readonly ShardOutput[]): AsyncGenerator<ShardDocument> {
  const heads: (ShardDocument | null)[] = await Promise.all(
    shards.map(async (s) => (await s.documents.next()).value ?? null),
  );
  let last: { id: string; dir: string } | null = null;
  for (;;) {
    let pick = -1;
    heads.forEach((head, i) => {
      const best = pick >= 0 ? heads[pick] : null;
      if (head && (!best || head.document.id < best.document.id)) pick = i;
    });
    if (pick < 0) return;
    const head = heads[pick] as ShardDocument;
    const dir = (shards[pick] as ShardOutput).dir;
    if (last && head.document.id <= last.id) {
      throw new UsageError(
        head.document.id === last.id
          ? `document ${head.document.id} is in both ${last.dir} and ${dir}: merge the shards of one run only once each`
          : `${dir}: documents are not ordered by id; was it written by dukien?`,
      );
    }
    last = { id: head.document.id, dir };
    yield head;
    heads[pick] = (await (shards[pick] as ShardOutput).documents.next()).value ?? null;
  }
}
