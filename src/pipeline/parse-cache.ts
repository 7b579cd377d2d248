// Parses each bulletin once per content: a bulletin's result is stored under a hash of its path (which names its records),
// bytes, manifest entry and the parser's code, one entry per bulletin, so adding a bulletin writes one entry. An entry is
// two files: the head (records without their text, messages) that every build reads, and the text (paragraphs, the
// bulletin's lines), read only for the bulletins whose pages a build renders or whose data it writes.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../manifest.ts";
import { attachCorrections } from "../corrections.ts";
import { attachRecurring, shortLines } from "../recurring-lines.ts";
import { parseBulletin } from "../parse/index.ts";
import type { ArticleRecord, ParseResult } from "../parse/types.ts";
import { bulletinNames, folderMessages, readSeedFile, type SeedsResult } from "../read-seeds.ts";
import { readCache, writeCache } from "./cache-file.ts";
import { hashFiles } from "./hash.ts";
import { runPool } from "./pool.ts";
import type { Task } from "./worker.ts";

export interface ParsedSeeds extends SeedsResult {
  /** How many bulletins were parsed rather than taken from the cache. */
  parsed: number;
  /** file → the key of its parse result: equal keys, equal records (it names the content in page hashes). */
  keys: Map<string, string>;
  /** Records of bulletins taken from the cache have no paragraphs (but the first of a record without a headline), and
   * `lines` lacks those bulletins, until this loads their text (for the given bulletins; those loaded already are skipped). */
  loadText(files: Iterable<string>): void;
  /** Whether a bulletin's records have all their text and `lines` has its lines. */
  hasText(file: string): boolean;
}

/** A cache entry's head: the records without their paragraphs, except the first of a record without a headline (which
 * names it: displayTitle() in build-data.ts), and the number of lines of the bulletin. */
interface EntryHead extends Omit<ParseResult, "lines"> {
  lineCount: number;
}

/** A cache entry's text: each record's paragraphs, and the bulletin's lines. */
interface EntryText {
  paragraphs: string[][];
  lines: string[];
}

const textPath = (entry: string) => entry.replace(/\.json$/, ".text.json");

/** Parses one bulletin and stores the result under `entry` (in a worker thread, so that both cores serialise too). */
export function parseOne(file: string, meta: Record<string, unknown>, entry: string): ParseResult {
  const result = parseBulletin(file, readSeedFile(file), meta);
  const paragraphs = result.records.map((r) => r.paragraphs);
  const text: EntryText = { paragraphs, lines: result.lines };
  // the text first: a head is only ever found with its text beside it (unless the text is damaged, which loadText handles)
  writeCache(textPath(entry), text, true);
  // the head: the records with their paragraphs swapped out while it is written, rather than a copy of every record
  try {
    for (const r of result.records) r.paragraphs = r.headline ? [] : r.paragraphs.slice(0, 1);
    const head: EntryHead = { records: result.records, messages: result.messages, furniture: result.furniture, lineCount: result.lines.length };
    writeCache(entry, head, true);
  } finally {
    result.records.forEach((r, k) => (r.paragraphs = paragraphs[k]!));
  }
  return result;
}

const BATCH = 50;

/** Per seeds folder: name → [size, mtime, manifest entry, key], so an unchanged file is not even read to be hashed. */
interface CacheIndex {
  parserHash: string;
  /** When the index was written: a file modified less than RACY_MS before that may have changed unseen since (as in git). */
  written: number;
  files: Record<string, [number, number, string, string, string[]?]>;
}

const RACY_MS = 2000;

/** Like readSeeds(), with every bulletin's result cached in `cacheDir`; the bulletins that changed are parsed in worker
 * threads when there are many. */
export async function parseSeedsCached(dir: string, cacheDir: string, report: (done: number, total: number) => void = () => {}): Promise<ParsedSeeds> {
  const parserHash = hashFiles(["src/parse", "src/data", "src/slug.ts", "src/pipeline/parse-cache.ts", "src/recurring-lines.ts"]);
  const indexPath = join(cacheDir, `index-${createHash("sha1").update(dir).digest("hex").slice(0, 12)}.json`);
  const old = readCache<CacheIndex>(indexPath);
  const known = old?.parserHash === parserHash ? old.files : {};
  const { meta, messages } = readManifest(join(dir, "manifest.json"));
  const names = bulletinNames(dir);
  messages.push(...attachCorrections(join(dir, "corrections.json"), names, meta));
  const files = names.map((name) => join(dir, name));
  const index: CacheIndex = { parserHash, written: Date.now(), files: {} };
  const trusted = (old?.written ?? 0) - RACY_MS;
  // an unchanged file is not read: its size, time and short lines (for lines recurring across pages) are in the index
  const stats = files.map((file) => lstatSync(file));
  const bytes = new Map<number, Buffer>();
  const read = (k: number) => bytes.get(k) ?? bytes.set(k, readSeedFile(files[k]!)).get(k)!;
  const unchanged = (k: number) => {
    const prev = known[names[k]!];
    return !!prev && prev[0] === stats[k]!.size && prev[1] === stats[k]!.mtimeMs && stats[k]!.mtimeMs < trusted && Array.isArray(prev[4]);
  };
  const lines = names.map((name, k) => (unchanged(k) ? known[name]![4]! : shortLines(read(k))));
  attachRecurring(new Map(names.map((name, k) => [name, lines[k]!])), meta);
  const keys = names.map((name, k) => {
    const { size, mtimeMs } = stats[k]!;
    const entry = JSON.stringify(meta.get(name) ?? {});
    const prev = known[name];
    const key = unchanged(k) && prev![2] === entry ? prev![3] : createHash("sha1").update(`${parserHash}\n${files[k]}\n${entry}\n`).update(read(k)).digest("hex");
    index.files[name] = [size, mtimeMs, entry, key, lines[k]!];
    return key;
  });
  const entryPath = (key: string) => join(cacheDir, `${key}.json`);

  const results: (ParseResult | EntryHead | null)[] = keys.map((key) => readCache<EntryHead>(entryPath(key)));
  const todo = results.flatMap((r, k) => (r ? [] : [k]));
  const metaOf = (k: number) => (meta.get(names[k]!) ?? {}) as Record<string, unknown>;
  const tasks: Task[] = [];
  for (let k = 0; k < todo.length; k += BATCH) tasks.push({ kind: "parse", files: todo.slice(k, k + BATCH).map((i) => ({ file: files[i]!, meta: metaOf(i), entry: entryPath(keys[i]!) })) });
  const parsed = todo.length > BATCH ? (await runPool<ParseResult[]>(tasks, (d, t) => report(d * BATCH, t * BATCH))).flat() : todo.map((i) => parseOne(files[i]!, metaOf(i), entryPath(keys[i]!)));
  todo.forEach((k, j) => (results[k] = parsed[j]!));
  writeCache(indexPath, index);
  if (todo.length) collectGarbage(cacheDir, parserHash);

  const at = new Map(files.map((file, k) => [file, k]));
  const recordsOf: ArticleRecord[][] = [];
  const out: ParsedSeeds = {
    files,
    records: [],
    messages,
    lines: new Map(),
    lineCounts: new Map(),
    furniture: new Map(),
    parsed: todo.length,
    keys: new Map(),
    hasText: (file) => out.lines.has(file),
    loadText: (wanted) => {
      for (const file of wanted) {
        const k = at.get(file);
        if (k === undefined) throw new Error(`loadText: ${file} is not a bulletin of ${dir}`);
        if (out.lines.has(file)) continue;
        let full = readCache<EntryText>(textPath(entryPath(keys[k]!)));
        if (!full) {
          // a text entry damaged or lost since its head was read: parse the bulletin again (same key, same records)
          const again = parseOne(file, metaOf(k), entryPath(keys[k]!));
          full = { paragraphs: again.records.map((r) => r.paragraphs), lines: again.lines };
        }
        // in place: copies of a record made before this (site records share its arrays) see the text too
        recordsOf[k]!.forEach((r, j) => r.paragraphs.splice(0, r.paragraphs.length, ...full.paragraphs[j]!));
        out.lines.set(file, full.lines);
      }
    },
  };
  files.forEach((file, k) => {
    const result = results[k]!;
    recordsOf.push(result.records);
    for (const r of result.records) out.records.push(r);
    for (const m of result.messages) out.messages.push(m);
    if ("lines" in result) out.lines.set(file, result.lines);
    out.lineCounts.set(file, "lines" in result ? result.lines.length : result.lineCount);
    out.furniture.set(file, result.furniture);
    out.keys.set(file, keys[k]!);
  });
  for (const m of folderMessages(dir, names, meta)) out.messages.push(m); // not push(...): that overflows the stack past ~100,000
  return out;
}

/** Drops the entries that no seeds folder's index names any more (bulletins edited or removed, an older parser), and
 * whatever else is in the folder (files cut short, caches of older builds); an index written by another parser names
 * nothing this one can use, and goes too. */
function collectGarbage(cacheDir: string, parserHash: string) {
  const names = readdirSync(cacheDir);
  const live = new Set<string>();
  for (const f of names.filter((n) => n.startsWith("index-") && n.endsWith(".json"))) {
    const index = readCache<CacheIndex>(join(cacheDir, f));
    if (index?.parserHash !== parserHash) continue;
    live.add(f);
    for (const [, , , key] of Object.values(index.files)) live.add(`${key}.json`).add(`${key}.text.json`);
  }
  for (const f of names) if (!live.has(f)) rmSync(join(cacheDir, f), { force: true });
}
