import { Piscina } from 'piscina';
import { InOrder } from './reorder.js';
import { runTask, settledResult } from './run-task.js';
import type { DocumentResult, DocumentTask } from './task.js';

export interface RunAllOptions {
  jobs: number;
  /** Called for each result in task order, whatever order workers finish in. */
  onResult: (result: DocumentResult) => void;
  /** Lets the caller stop dispatching (an interrupt). */
  stopped?: () => boolean;
}

/** Tasks in flight per worker: enough to keep workers busy, few enough to bound held results. */
const IN_FLIGHT_PER_JOB = 4;

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** With --jobs 1 everything runs in this thread, one task at a time, yielding so signals are heard. */
async function runInThread(tasks: readonly DocumentTask[], options: RunAllOptions): Promise<void> {
  for (const task of tasks) {
    if (options.stopped?.()) return;
    options.onResult(await runTask(task));
    await nextTick();
  }
}

let activePool: Piscina | null = null;

/** Ends the worker threads at once, for an interrupt. */
export async function stopWorkers(): Promise<void> {
  await activePool?.destroy();
}

async function runInPool(tasks: readonly DocumentTask[], options: RunAllOptions): Promise<void> {
  // Started on the first task that needs parsing: a run served from --cache starts no thread.
  let pool: Piscina | null = null;
  const startPool = () => {
    pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: options.jobs,
      maxThreads: options.jobs,
    });
    activePool = pool;
    return pool;
  };
  const window = options.jobs * IN_FLIGHT_PER_JOB;
  const order = new InOrder<DocumentResult>((result) => options.onResult(result));
  try {
    await new Promise<void>((resolve, reject) => {
      let dispatched = 0;
      const pump = () => {
        if (order.next === tasks.length) return resolve();
        if (options.stopped?.()) return resolve();
        while (dispatched < tasks.length && dispatched - order.next < window) {
          const task = tasks[dispatched++] as DocumentTask;
          const settled = settledResult(task);
          if (settled) {
            order.push(task.index, settled);
            continue;
          }
          (pool ?? startPool()).run(task).then((result: DocumentResult) => {
            try {
              order.push(task.index, result);
              pump();
            } catch (error) {
              reject(error);
            }
          }, reject);
        }
        // Every task settled here, from the cache: nothing will call pump again.
        if (order.next === tasks.length) resolve();
      };
      pump();
    });
  } finally {
    activePool = null;
    await (pool as Piscina | null)?.destroy();
  }
}

/**
 * Runs every task, in worker threads when jobs > 1, and hands the results on in task order:
 * the output is the same bytes whatever --jobs is. At most jobs x 4 results wait at once.
 */
export function runAll(tasks: readonly DocumentTask[], options: RunAllOptions): Promise<void> {
  return options.jobs <= 1 || tasks.length <= 1 ? runInThread(tasks, options) : runInPool(tasks, options);
}
