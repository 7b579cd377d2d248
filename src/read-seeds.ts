// seeds/*.txt + seeds/manifest.json → parsed records and messages, one bulletin at a time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "./manifest.ts";
import { attachCorrections } from "./corrections.ts";
import { parseBulletin } from "./parse/index.ts";
import type { ArticleRecord, Message } from "./parse/types.ts";

export interface SeedsResult {
  files: string[];
  records: ArticleRecord[];
  messages: Message[];
  furniture: Map<string, number[]>;
  lines: Map<string, string[]>;
  /** Each bulletin's number of lines (known without its lines: see parse-cache.ts). */
  lineCounts: Map<string, number>;
}

export function readSeeds(dir = "seeds"): SeedsResult {
  const { meta, messages } = readManifest(join(dir, "manifest.json"));
  const files = bulletinNames(dir);
  messages.push(...attachCorrections(join(dir, "corrections.json"), files, meta));
  const records: ArticleRecord[] = [];
  const furniture = new Map<string, number[]>();
  const lines = new Map<string, string[]>();
  const lineCounts = new Map<string, number>();
  for (const name of files) {
    const file = join(dir, name);
    const result = parseBulletin(file, readFileSync(file), meta.get(name) ?? {});
    records.push(...result.records);
    messages.push(...result.messages);
    furniture.set(file, result.furniture);
    lines.set(file, result.lines);
    lineCounts.set(file, result.lines.length);
  }
  messages.push(...folderMessages(dir, files, meta));
  return { files: files.map((f) => join(dir, f)), records, messages, furniture, lines, lineCounts };
}

/** The bulletins of a seeds folder, in a stable order. */
export function bulletinNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/** What is wrong with the folder as a whole: manifest entries with no file, no bulletins at all. */
export function folderMessages(dir: string, names: string[], meta: Map<string, unknown>): Message[] {
  const out: Message[] = [];
  const present = new Set(names);
  for (const name of meta.keys()) {
    if (!present.has(name)) out.push({ file: join(dir, "manifest.json"), line: 1, severity: "warning", message: `manifest names ${name}, which is not in ${dir}/`, ruleId: "manifest/unknown-file" });
  }
  if (names.length === 0) out.push({ file: dir, line: 1, severity: "error", message: `no .txt bulletins in ${dir}/`, ruleId: "manifest/no-bulletins" });
  return out;
}
