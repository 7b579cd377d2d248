// Parses each bulletin once per content: results are cached by a hash of the bytes, the manifest entry and the parser's code.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../manifest.ts";
import { parseBulletin } from "../parse/index.ts";
import type { ArticleRecord, Message, ParseResult } from "../parse/types.ts";
import { hashFiles } from "./hash.ts";
import { runPool } from "./pool.ts";
import type { Task } from "./worker.ts";

export interface ParsedSeeds {
  files: string[];
  records: ArticleRecord[];
  messages: Message[];
  lines: Map<string, string[]>;
  furniture: Map<string, number[]>;
  parsed: number;
}

/** Parses one bulletin, or reads its result from the cache when its bytes, manifest entry and the parser are unchanged. */
export function parseOne(file: string, meta: Record<string, unknown>, cacheDir: string, parserHash: string): ParseResult & { parsed: boolean } {
  const bytes = readFileSync(file);
  const key = createHash("sha1").update(parserHash).update(file).update(JSON.stringify(meta)).update(bytes).digest("hex");
  const cached = join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return { ...(JSON.parse(readFileSync(cached, "utf8")) as ParseResult), parsed: false };
  const result = parseBulletin(file, bytes, meta);
  writeFileSync(cached, JSON.stringify(result));
  return { ...result, parsed: true };
}

const BATCH = 50;

/** Like readSeeds(), in worker threads, with every bulletin's result cached. */
export async function parseSeedsCached(dir: string, cacheDir: string, report: (done: number, total: number) => void = () => {}): Promise<ParsedSeeds> {
  const parserHash = hashFiles(["src/parse", "src/data", "src/slug.ts"]);
  mkdirSync(cacheDir, { recursive: true });
  const { meta, messages } = readManifest(join(dir, "manifest.json"));
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const tasks: Task[] = [];
  for (let k = 0; k < names.length; k += BATCH) {
    tasks.push({ kind: "parse", files: names.slice(k, k + BATCH).map((name) => ({ file: join(dir, name), meta: (meta.get(name) ?? {}) as Record<string, unknown>, cacheDir, parserHash })) });
  }
  const batches = names.length > BATCH ? await runPool<ReturnType<typeof parseOne>[]>(tasks, (d, t) => report(d * BATCH, t * BATCH)) : tasks.map((t) => (t.kind === "parse" ? t.files.map((f) => parseOne(f.file, f.meta, f.cacheDir, f.parserHash)) : []));
  const out: ParsedSeeds = { files: [], records: [], messages, lines: new Map(), furniture: new Map(), parsed: 0 };
  batches.flat().forEach((result, k) => {
    const file = join(dir, names[k]!);
    out.files.push(file);
    for (const r of result.records) out.records.push(r);
    for (const m of result.messages) out.messages.push(m);
    out.lines.set(file, result.lines);
    out.furniture.set(file, result.furniture);
    if (result.parsed) out.parsed++;
  });
  for (const name of meta.keys()) {
    if (!names.includes(name)) out.messages.push({ file: join(dir, "manifest.json"), line: 1, severity: "warning", message: `manifest names ${name}, which is not in ${dir}/`, ruleId: "manifest/unknown-file" });
  }
  if (names.length === 0) out.messages.push({ file: dir, line: 1, severity: "error", message: `no .txt bulletins in ${dir}/`, ruleId: "manifest/no-bulletins" });
  return out;
}
