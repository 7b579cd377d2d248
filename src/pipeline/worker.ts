// A worker thread of the build: parses bulletins or segments records, so that both cores work.
import { parentPort } from "node:worker_threads";
import { parseOne } from "./parse-cache.ts";
import { loadJieba, segmentBatch } from "../jieba/segment-records.ts";

export type Task =
  | { kind: "parse"; files: { file: string; meta: Record<string, unknown>; entry: string }[] }
  | { kind: "segment"; records: Parameters<typeof segmentBatch>[0]; dictPath: string }
  | { kind: "load-jieba"; dictPath: string };

parentPort!.on("message", (task: Task) => {
  if (task.kind === "parse") parentPort!.postMessage(task.files.map((f) => parseOne(f.file, f.meta, f.entry)));
  else if (task.kind === "segment") parentPort!.postMessage(segmentBatch(task.records, task.dictPath));
  else parentPort!.postMessage(loadJieba(task.dictPath));
});
