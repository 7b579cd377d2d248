// The search directory: which shards can hold a query. For every character and every pair of neighbouring characters of
// the text a shard indexes (Traditional folded to Simplified as well as as printed, Latin letters in lower case), it says
// which shards hold it and in how many of their records; a key that few records of the whole archive hold (LIST_MAX) also
// names those records. A query term can only be in a shard that holds all of its pairs: the search page reads only those
// shards, and says 未找到 at once when no shard holds them all; when a key of the query names its records, the page reads
// those records' own pages instead, whatever the size of the archive.
//
// Beside them, every shard's Bloom filter of its strings of three characters (trigrams.ts): a string whose pairs every
// shard holds (训的来) is read only in the shards whose filter holds its trigrams.
//
// Written at build time, after the shards are planned, into many small files by the key's hash (`pagefind/dir-<hash>/`,
// a folder named by its content, so a cache never mixes two builds): a query reads one small file per pair. Each shard's
// keys are cached by the shard's hash (`.cache/directory/`), so a rebuild counts only the shards it indexes again.
//
// The functions here are pure (no file system) except those that say so; `lookup.ts` is the browser's half.
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bucketOf, keyOf, recordFile, type DirectoryInfo } from "./keys.ts";
import { cachedShardTrigrams, shardTrigrams, trigramFiles } from "./trigrams.ts";
import { readShardCache, writeShardCache } from "./shard-cache.ts";

/** Record URLs to a directory file (`r-<shard>-<first>.json`). */
const RECORDS_PER_FILE = 256;

/** What of a record the article page gives Pagefind to index (templates/article.11ty.ts), as plain text. A superset is
 * harmless (a shard read for nothing); anything missing would hide a record from a search, so labels the template adds
 * (记者, 图注:) are in it too. */
export interface IndexedRecord {
  section: string | null;
  kicker: string | null;
  pretitle: string | null;
  title: string;
  subtitle: string | null;
  byline: { raw: string; people: { name: string; role: string }[] };
  paragraphs: string[];
  captions: { text: string }[];
  credits: string[];
}

export function recordText(r: IndexedRecord): string {
  const people = r.byline.people.map((p) => `${p.role} ${p.name}`).join(" ");
  return [r.section, r.kicker, r.pretitle, r.title, r.subtitle && `——${r.subtitle}`, r.byline.raw, people, ...r.paragraphs, ...r.captions.map((c) => `图注:${c.text}`), ...r.credits]
    .filter(Boolean)
    .join("\n");
}

/** A key held by at most this many records of the archive lists them in the directory. */
export const LIST_MAX = 8;

/** A shard's keys: how many of its records hold each, and which (their index in the shard) for a key held by at most
 * LIST_MAX of them. */
export interface ShardKeys {
  df: Map<number, number>;
  lists: Map<number, number[]>;
}

/** Adds the keys of `text` (code units, lower-cased: each unit, and each pair of neighbouring units not split by white
 * space) to `df`, counting a key once per record (`last` holds the record that last counted it), and the record to the
 * key's list in `lists` while the key has at most LIST_MAX records. */
export function countKeys(text: string, record: number, df: Map<number, number>, last: Map<number, number>, lists?: Map<number, number[]>): void {
  const s = text.toLowerCase();
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0) {
      prev = -1;
      continue;
    }
    add(c, record, df, last, lists);
    if (prev >= 0) add(keyOf(prev, c), record, df, last, lists);
    prev = c;
  }
}

function add(key: number, record: number, df: Map<number, number>, last: Map<number, number>, lists: Map<number, number[]> | undefined): void {
  if (last.get(key) === record) return;
  last.set(key, record);
  const n = (df.get(key) ?? 0) + 1;
  df.set(key, n);
  if (!lists) return;
  if (n === 1) lists.set(key, [record]);
  else if (n <= LIST_MAX) lists.get(key)!.push(record);
  else if (n === LIST_MAX + 1) lists.delete(key);
}

/** A shard's keys, from its records' text and their Simplified folding where it differs (`fold`: Traditional →
 * Simplified, for the text that holds a Traditional character). */
export function shardKeys(texts: Iterable<string>, fold: (s: string) => string = (s) => s): ShardKeys {
  const df = new Map<number, number>();
  const last = new Map<number, number>();
  const lists = new Map<number, number[]>();
  let k = 0;
  for (const text of texts) {
    countKeys(text, k, df, last, lists);
    const folded = fold(text);
    if (folded !== text) countKeys(folded, k, df, last, lists);
    k++;
  }
  return { df, lists };
}

/** Buckets (a power of two) so that one file holds about 8 KB: a query of a few pairs reads a few small files. */
export function bucketCount(bytes: number): number {
  let n = 16;
  while (n < 1 << 16 && bytes / n > 8192) n *= 2;
  return n;
}

const keyString = (key: number) => (key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000));

/** The directory's files: bucket number → JSON of `{ key: [shard, records, shard, records…, -record, -record…] }`, shards
 * by their index in `shards`; when the archive has at most LIST_MAX records holding the key, those records follow, shard by
 * shard in the entry's order, each as -(its index in its shard + 1). `records`: file name → JSON array of the site-relative
 * page URLs of a shard's records (`urlsOf(shard)`), RECORDS_PER_FILE to a file (recordFile). */
export function directoryFiles(shards: string[], keysOf: Map<string, ShardKeys>, urlsOf: (shard: string) => string[] = () => []): { buckets: number; files: Map<number, string>; records: Map<string, string> } {
  const all = new Map<number, number[]>();
  shards.forEach((name, s) => {
    for (const [key, n] of keysOf.get(name)?.df ?? []) {
      const entry = all.get(key);
      if (entry) entry.push(s, n);
      else all.set(key, [s, n]);
    }
  });
  const listed = (key: number, entry: number[]): number[] => {
    let total = 0;
    for (let i = 1; i < entry.length; i += 2) total += entry[i]!;
    if (total > LIST_MAX) return [];
    const out: number[] = [];
    for (let i = 0; i < entry.length; i += 2) for (const r of keysOf.get(shards[entry[i]!]!)!.lists.get(key) ?? []) out.push(-(r + 1));
    return out;
  };
  const items: [string, string][] = [];
  let bytes = 0;
  for (const [key, entry] of all) {
    const k = keyString(key);
    const item = `${JSON.stringify(k)}:[${[...entry, ...listed(key, entry)].join(",")}]`;
    bytes += item.length + 4;
    items.push([k, item]);
  }
  const buckets = bucketCount(bytes);
  const byBucket = new Map<number, string[]>();
  for (const [k, item] of items) {
    const b = bucketOf(k, buckets);
    const list = byBucket.get(b);
    if (list) list.push(item);
    else byBucket.set(b, [item]);
  }
  const files = new Map<number, string>();
  for (let b = 0; b < buckets; b++) files.set(b, `{${(byBucket.get(b) ?? []).sort().join(",")}}`);
  const records = new Map<string, string>();
  shards.forEach((name, s) => {
    const urls = urlsOf(name).map((u) => u.replace(/^\//, ""));
    for (let i = 0; i < urls.length; i += RECORDS_PER_FILE) records.set(recordFile(s, i), JSON.stringify(urls.slice(i, i + RECORDS_PER_FILE)));
  });
  return { buckets, files, records };
}

/** Writes the directory into `site/pagefind/dir-<hash>/` (file system): `<bucket>.json`, the records' files and, given
 * the shards' trigrams, their filters (trigrams.ts). */
export function writeDirectory(site: string, shards: string[], keysOf: Map<string, ShardKeys>, urlsOf: (shard: string) => string[], trigramsOf?: Map<string, Uint32Array>): DirectoryInfo {
  const { buckets, files, records } = directoryFiles(shards, keysOf, urlsOf);
  const filters = trigramsOf ? trigramFiles(shards, trigramsOf) : null;
  const h = createHash("sha1").update(JSON.stringify(shards));
  for (const text of files.values()) h.update(text);
  for (const text of records.values()) h.update(text);
  if (filters) h.update(JSON.stringify(filters.info));
  for (const bytes of filters?.files.values() ?? []) h.update(bytes);
  const path = `pagefind/dir-${h.digest("hex").slice(0, 12)}/`;
  const dir = join(site, path);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [b, text] of files) writeFileSync(join(dir, `${b.toString(16)}.json`), text);
  for (const [name, text] of records) writeFileSync(join(dir, name), text);
  for (const [name, bytes] of filters?.files ?? []) writeFileSync(join(dir, name), bytes);
  return { path, buckets, shards, recordsPerFile: RECORDS_PER_FILE, ...(filters ? { trigrams: filters.info } : {}) };
}

/** A shard's keys, from the cache when its hash is unchanged, else counted and cached (file system). The cache file is
 * 32-bit words: key, records, and the records' indices when there are at most LIST_MAX of them. */
export function cachedShardKeys(cacheDir: string, name: string, hash: string, count: () => ShardKeys): ShardKeys {
  const key = `${hash}-${LIST_MAX}`;
  const a = readShardCache(cacheDir, "directory", name, key);
  if (a) {
    const keys: ShardKeys = { df: new Map(), lists: new Map() };
    let i = 0;
    while (i + 1 < a.length) {
      const k = a[i]!;
      const n = a[i + 1]!;
      keys.df.set(k, n);
      i += 2;
      if (n <= LIST_MAX) {
        keys.lists.set(k, Array.from(a.subarray(i, i + n)));
        i += n;
      }
    }
    if (i === a.length) return keys;
  }
  const m = count();
  let size = 0;
  for (const n of m.df.values()) size += 2 + (n <= LIST_MAX ? n : 0);
  const words = new Uint32Array(size);
  let i = 0;
  for (const [k, n] of m.df) {
    words[i++] = k;
    words[i++] = n;
    if (n <= LIST_MAX) {
      words.set(m.lists.get(k)!, i);
      i += n;
    }
  }
  writeShardCache(cacheDir, "directory", name, key, words);
  return m;
}

/** Traditional → Simplified for text that holds a Traditional character (fold.ts); other text as it is. */
export async function simplifier(): Promise<(s: string) => string> {
  const { simplifiedCopy } = await import("./fold.ts");
  return (s) => simplifiedCopy(s) ?? s;
}

/** The build's step (file system): every shard's keys (cached by shard hash; `texts` gives a shard's records' text,
 * loading it if need be; `urls` their pages, in the same order) merged into the directory's files in `site`. */
export async function buildDirectory(
  site: string,
  cacheDir: string,
  shards: { name: string }[],
  hashes: Record<string, string>,
  texts: (shard: string) => Iterable<string>,
  urls: (shard: string) => string[],
): Promise<DirectoryInfo> {
  const fold = await simplifier();
  const keysOf = new Map<string, ShardKeys>();
  const trigramsOf = new Map<string, Uint32Array>();
  for (const s of shards) {
    // a shard's texts are read once for both, when neither is cached
    let read: string[] | null = null;
    const shardTexts = () => (read ??= [...texts(s.name)]);
    keysOf.set(s.name, cachedShardKeys(cacheDir, s.name, hashes[s.name] ?? "none", () => shardKeys(shardTexts(), fold)));
    trigramsOf.set(s.name, cachedShardTrigrams(cacheDir, s.name, hashes[s.name] ?? "none", () => shardTrigrams(shardTexts(), fold)));
  }
  return writeDirectory(
    site,
    shards.map((s) => s.name),
    keysOf,
    urls,
    trigramsOf,
  );
}
