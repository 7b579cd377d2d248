// Parses each bulletin once per content: results are cached by a hash of the bytes, the manifest entry and the parser's code.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../manifest.ts";
import { parseBulletin } from "../parse/index.ts";
import type { ArticleRecord, Message, ParseResult } from "../parse/types.ts";
import { hashFiles } from "./hash.ts";

export interface ParsedSeeds {
  files: string[];
  records: ArticleRecord[];
  messages: Message[];
  lines: Map<string, string[]>;
  furniture: Map<string, number[]>;
  parsed: number;
}

/** Like readSeeds(), but a bulletin whose bytes, manifest entry and parser are unchanged is read from the cache. */
export function parseSeedsCached(dir: string, cacheDir: string, report: (done: number, total: number) => void = () => {}): ParsedSeeds {
  const parserHash = hashFiles(["src/parse", "src/data", "src/slug.ts"]);
  mkdirSync(cacheDir, { recursive: true });
  const { meta, messages } = readManifest(join(dir, "manifest.json"));
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const out: ParsedSeeds = { files: [], records: [], messages, lines: new Map(), furniture: new Map(), parsed: 0 };
  names.forEach((name, k) => {
    const file = join(dir, name);
    const bytes = readFileSync(file);
    const m = meta.get(name) ?? {};
    const key = createHash("sha1").update(parserHash).update(file).update(JSON.stringify(m)).update(bytes).digest("hex");
    const cached = join(cacheDir, `${key}.json`);
    let result: ParseResult;
    if (existsSync(cached)) result = JSON.parse(readFileSync(cached, "utf8")) as ParseResult;
    else {
      result = parseBulletin(file, bytes, m);
      writeFileSync(cached, JSON.stringify(result));
      out.parsed++;
    }
    out.files.push(file);
    out.records.push(...result.records);
    out.messages.push(...result.messages);
    out.lines.set(file, result.lines);
    out.furniture.set(file, result.furniture);
    if (k % 100 === 0) report(k, names.length);
  });
  for (const name of meta.keys()) {
    if (!names.includes(name)) out.messages.push({ file: join(dir, "manifest.json"), line: 1, severity: "warning", message: `manifest names ${name}, which is not in ${dir}/`, ruleId: "manifest/unknown-file" });
  }
  if (names.length === 0) out.messages.push({ file: dir, line: 1, severity: "error", message: `no .txt bulletins in ${dir}/`, ruleId: "manifest/no-bulletins" });
  return out;
}
