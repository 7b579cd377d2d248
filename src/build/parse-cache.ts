// Parses each bulletin once per content: results are cached by a hash of the bytes, the manifest entry and the parser's code.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../manifest.ts";
import { parseBulletin } from "../parse/index.ts";
import type { ParseResult } from "../parse/types.ts";
import { bulletinNames, folderMessages, type SeedsResult } from "../read-seeds.ts";
import { hashFiles } from "./hash.ts";
import { runPool } from "./pool.ts";
import type { Task } from "./worker.ts";

export interface ParsedSeeds extends SeedsResult {
  /** How many bulletins were parsed rather than taken from the cache. */
  parsed: number;
}

/** Parses one bulletin (in a worker thread). */
export function parseOne(file: string, meta: Record<string, unknown>): ParseResult {
  return parseBulletin(file, readFileSync(file), meta);
}

const BATCH = 50;

interface CacheFile {
  parserHash: string;
  /** file → [hash of its bytes and manifest entry, its parse result] */
  entries: Record<string, [string, ParseResult]>;
}

/** Like readSeeds(): one cache file per seeds folder holds every bulletin's result, so an unchanged bulletin costs a hash;
 * the bulletins that changed are parsed in worker threads when there are many. */
export async function parseSeedsCached(dir: string, cacheDir: string, report: (done: number, total: number) => void = () => {}): Promise<ParsedSeeds> {
  const parserHash = hashFiles(["src/parse", "src/data", "src/slug.ts"]);
  mkdirSync(cacheDir, { recursive: true });
  const cachePath = join(cacheDir, `${createHash("sha1").update(dir).digest("hex").slice(0, 12)}.json`);
  const old = existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, "utf8")) as CacheFile) : null;
  const cache = old?.parserHash === parserHash ? old.entries : {};
  const { meta, messages } = readManifest(join(dir, "manifest.json"));
  const names = bulletinNames(dir);
  const files = names.map((name) => join(dir, name));
  const keys = names.map((name, k) => createHash("sha1").update(JSON.stringify(meta.get(name) ?? {})).update(readFileSync(files[k]!)).digest("hex"));
  const todo = names.map((_, k) => k).filter((k) => cache[files[k]!]?.[0] !== keys[k]);
  const tasks: Task[] = [];
  for (let k = 0; k < todo.length; k += BATCH) tasks.push({ kind: "parse", files: todo.slice(k, k + BATCH).map((i) => ({ file: files[i]!, meta: (meta.get(names[i]!) ?? {}) as Record<string, unknown> })) });
  const parsed = todo.length > BATCH ? (await runPool<ParseResult[]>(tasks, (d, t) => report(d * BATCH, t * BATCH))).flat() : todo.map((i) => parseOne(files[i]!, (meta.get(names[i]!) ?? {}) as Record<string, unknown>));

  const next: CacheFile = { parserHash, entries: {} };
  const fresh = new Map(todo.map((i, j) => [i, parsed[j]!]));
  const out: ParsedSeeds = { files, records: [], messages, lines: new Map(), furniture: new Map(), parsed: todo.length };
  files.forEach((file, k) => {
    const result = fresh.get(k) ?? cache[file]![1];
    next.entries[file] = [keys[k]!, result];
    for (const r of result.records) out.records.push(r);
    for (const m of result.messages) out.messages.push(m);
    out.lines.set(file, result.lines);
    out.furniture.set(file, result.furniture);
  });
  writeFileSync(cachePath, JSON.stringify(next));
  out.messages.push(...folderMessages(dir, names, meta));
  return out;
}
