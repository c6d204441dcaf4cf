import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Fact, Problem } from '@dukien/core';
import { UsageError } from '../errors.js';
import { lines } from '../output/line-batches.js';

/** One document of a shard with its facts, as parsed objects and as the lines they were written as. */
export interface ShardDocument {
  document: Document;
  documentLine: string;
  facts: Fact[];
  factLines: string;
}

/** A shard's output folder, read back: its documents in order and its problems. */
export interface ShardOutput {
  dir: string;
  documents: AsyncGenerator<ShardDocument>;
  problems: () => Promise<Problem[]>;
}

async function* fromJsonl(dir: string): AsyncGenerator<ShardDocument> {
  const facts = lines(join(dir, 'facts.jsonl'));
  let pending: { fact: Fact; line: string } | null = null;
  const pull = async () => {
    const next = await facts.next();
    pending = next.done ? null : { fact: JSON.parse(next.value) as Fact, line: next.value };
  };
  await pull();
  for await (const documentLine of lines(join(dir, 'documents.jsonl'))) {
    const document = JSON.parse(documentLine) as Document;
    const own: Fact[] = [];
    let factLines = '';
    while (pending && (pending as { fact: Fact }).fact.documentId === document.id) {
      const { fact, line } = pending as { fact: Fact; line: string };
      own.push(fact);
      factLines += `${line}\n`;
      await pull();
    }
    yield { document, documentLine, facts: own, factLines };
  }
  if (pending) {
    const { fact } = pending as { fact: Fact };
    throw new UsageError(
      `${dir}/facts.jsonl: fact ${fact.id} is out of order or names a document not in documents.jsonl`,
    );
  }
}

async function* fromDatasetJson(dir: string): AsyncGenerator<ShardDocument> {
  const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as {
    documents: Document[];
    facts: Fact[];
  };
  const byDocument = new Map<string, Fact[]>();
  for (const fact of dataset.facts) {
    const own = byDocument.get(fact.documentId) ?? [];
    own.push(fact);
    byDocument.set(fact.documentId, own);
  }
  for (const document of dataset.documents) {
    const facts = byDocument.get(document.id) ?? [];
    yield {
      document,
      documentLine: JSON.stringify(document),
      facts,
      factLines: facts.map((f) => `${JSON.stringify(f)}\n`).join(''),
    };
  }
}

async function readProblems(dir: string): Promise<Problem[]> {
  const path = join(dir, 'problems.jsonl');
  if (!existsSync(path)) return [];
  const out: Problem[] = [];
  for await (const line of lines(path)) if (line) out.push(JSON.parse(line) as Problem);
  return out;
}

/** Opens a shard's output folder: JSONL when it has it (streamed), else dataset.json. */
export function openShard(dir: string): ShardOutput {
  const has = (file: string) => existsSync(join(dir, file));
  if (has('documents.jsonl') && has('facts.jsonl')) {
    return { dir, documents: fromJsonl(dir), problems: () => readProblems(dir) };
  }
  if (has('dataset.json')) return { dir, documents: fromDatasetJson(dir), problems: () => readProblems(dir) };
  throw new UsageError(
    `${dir}: no documents.jsonl and facts.jsonl, nor dataset.json; run the shards with --format jsonl (or json)`,
  );
}
