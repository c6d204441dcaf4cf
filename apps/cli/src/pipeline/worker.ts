import { runTask } from './run-task.js';
import type { DocumentResult, DocumentTask } from './task.js';

/** The piscina worker: one article in, its serialized outputs back. */
export default function work(task: DocumentTask): Promise<DocumentResult> {
  return runTask(task);
}
