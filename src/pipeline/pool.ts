// A small pool of worker threads (one per core) that runs build tasks in batches and keeps their order.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { Task } from "./worker.ts";

/** A worker thread of the build (worker.ts). It is TypeScript: tsx is registered in it first, as the build runs under tsx. */
export function startWorker(): Worker {
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); });`, { eval: true });
}

/** Runs one task on a worker of startWorker(). */
export function ask<R>(worker: Worker, task: Task): Promise<R> {
  return new Promise((ok, fail) => {
    const failed = (e: Error) => fail(e);
    worker.once("error", failed);
    worker.once("message", (r: R) => {
      worker.off("error", failed);
      ok(r);
    });
    worker.postMessage(task);
  });
}

export async function runPool<R>(tasks: Task[], report: (done: number, total: number) => void = () => {}, size = Math.min(availableParallelism(), 2)): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(size, tasks.length) }, () => startWorker());
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((ok, fail) => {
            const give = () => {
              if (next >= tasks.length) return ok();
              const k = next++;
              w.once("message", (r: R) => {
                results[k] = r;
                report(++done, tasks.length);
                give();
              });
              w.postMessage(tasks[k]);
            };
            w.once("error", fail);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
