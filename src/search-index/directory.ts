// The search directory: which shards can hold a query. For every character and every pair of neighbouring characters of
// the text a shard indexes (Traditional folded to Simplified as well as as printed, Latin letters in lower case), it says
// which shards hold it and in how many of their records; a key that few records of a part (below) hold (LIST_MAX) also
// names those records. A query term can only be in a shard that holds all of its pairs: the search page reads only those
// shards, and says 未找到 at once when no shard holds them all; when a key of the query names its records in every part
// that holds it, the page reads those records' own pages instead, whatever the size of the archive.
//
// Beside them, every shard's Bloom filter of its strings of three characters (trigrams.ts): a string whose pairs every
// shard holds (训的来) is read only in the shards whose filter holds its trigrams.
//
// Written at build time, after the shards are planned, into many small files by the key's hash (`pagefind/dir-<hash>/`,
// a folder named by its content, so a cache never mixes two builds): a query reads one small file per pair. The directory
// is in two parts, each a folder of its own: the newest period's shards, where a day's bulletin lands, and all the others
// (directoryParts). A rebuild that changed only the newest shards writes only their part and keeps the other folder as
// the live site has it (at 100,000 records, merging every shard's keys again had cost a rebuild 14 s). Each shard's keys
// are cached by the shard's hash (`.cache/directory/`), so a rebuild counts only the shards it indexes again.
//
// The functions here are pure (no file system) except those that say so; `lookup.ts` is the browser's half.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/** A shard's keys, packed as its cache keeps them: for each key, the key, the number of the shard's records that hold it
 * and, when that number is at most LIST_MAX, those records (their index in the shard). */
export type ShardKeys = Uint32Array;

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
  let size = 0;
  for (const n of df.values()) size += 2 + (n <= LIST_MAX ? n : 0);
  const packed = new Uint32Array(size);
  let i = 0;
  for (const [key, n] of df) {
    packed[i++] = key;
    packed[i++] = n;
    if (n <= LIST_MAX) {
      packed.set(lists.get(key)!, i);
      i += n;
    }
  }
  return packed;
}

/** Partitions of the keys by their hash: the most buckets bucketCount gives. */
const PARTS = 1 << 16;

/** Buckets (a power of two) so that one file holds about 8 KB: a query of a few pairs reads a few small files. */
export function bucketCount(bytes: number): number {
  let n = 16;
  while (n < PARTS && bytes / n > 8192) n *= 2;
  return n;
}

/** FNV-1a over the key's code units: bucketOf(keyString(key), buckets) is its low bits. */
function keyHash(key: number): number {
  let h = 0x811c9dc5;
  if (key >= 0x10000) h = Math.imul(h ^ Math.floor(key / 0x10000), 0x01000193) >>> 0;
  return Math.imul(h ^ (key & 0xffff), 0x01000193) >>> 0;
}

const digitCount = (n: number) => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : String(n).length);

/** Bytes appended to a growing buffer: the directory's files are written as bytes, not built as strings (8 million
 * entries at 100,000 records). */
const utf8 = new TextEncoder();

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private len = 0;
  get length(): number {
    return this.len;
  }
  reset(): void {
    this.len = 0;
  }
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }
  byte(c: number): this {
    this.room(1);
    this.buf[this.len++] = c;
    return this;
  }
  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }
  text(s: string): this {
    this.room(s.length * 3);
    this.len += utf8.encodeInto(s, this.buf.subarray(this.len)).written;
    return this;
  }
  /** A non-negative integer in decimal. */
  number(n: number): this {
    const digits = digitCount(n);
    this.room(digits);
    for (let i = this.len + digits - 1; i >= this.len; i--, n = Math.floor(n / 10)) this.buf[i] = 0x30 + (n % 10);
    this.len += digits;
    return this;
  }
  copy(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const keyString = (key: number) => (key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000));

/** The directory's files: bucket number → JSON of `{ key: [shard, records, shard, records…, -record, -record…] }`, shards
 * by their index in `shards`; when the archive has at most LIST_MAX records holding the key, those records follow, shard by
 * shard in the entry's order, each as -(its index in its shard + 1). `records`: file name → JSON array of the site-relative
 * page URLs of a shard's records (`urlsOf(shard)`), RECORDS_PER_FILE to a file (recordFile).
 *
 * Merged in typed arrays and written as bytes, not in maps of arrays and strings: at 100,000 records the shards hold 8
 * million entries, which took 35 s that way, and a rebuild merges them all again. */
export function directoryFiles(shards: string[], keysOf: Map<string, ShardKeys>, urlsOf: (shard: string) => string[] = () => []): { buckets: number; files: Map<number, Uint8Array>; records: Map<string, string> } {
  const packs = shards.map((name) => keysOf.get(name) ?? new Uint32Array(0));
  // every shard's entries, scattered by their key's hash into PARTS partitions (shard order kept within each): a bucket is
  // the partitions its number names modulo `buckets`, and a partition's entries lie together in memory
  const starts = new Uint32Array(PARTS + 1);
  let total = 0;
  for (const a of packs)
    for (let i = 0; i + 1 < a.length; i += 2 + (a[i + 1]! <= LIST_MAX ? a[i + 1]! : 0)) {
      starts[(keyHash(a[i]!) & (PARTS - 1)) + 1]!++;
      total++;
    }
  for (let p = 1; p <= PARTS; p++) starts[p]! += starts[p - 1]!;
  const keyAt = new Uint32Array(total);
  const shardAt = new Uint32Array(total);
  const offsetAt = new Uint32Array(total);
  const heldAt = new Uint32Array(total);
  const next = starts.slice(0, PARTS);
  packs.forEach((a, s) => {
    for (let i = 0; i + 1 < a.length; i += 2 + (a[i + 1]! <= LIST_MAX ? a[i + 1]! : 0)) {
      const e = next[keyHash(a[i]!) & (PARTS - 1)]!++;
      keyAt[e] = a[i]!;
      shardAt[e] = s;
      offsetAt[e] = i;
      heldAt[e] = a[i + 1]!;
    }
  });
  // each partition's items, `"key":[shard,records,…]` joined by commas, in key order
  const parts: Uint8Array[] = [];
  const out = new ByteWriter();
  let chars = 0;
  for (let p = 0; p < PARTS; p++) {
    out.reset();
    const order: number[] = [];
    for (let e = starts[p]!; e < starts[p + 1]!; e++) order.push(e);
    order.sort((x, y) => keyAt[x]! - keyAt[y]! || x - y);
    for (let j = 0; j < order.length; ) {
      const key = keyAt[order[j]!]!;
      let end = j;
      let held = 0;
      while (end < order.length && keyAt[order[end]!] === key) held += heldAt[order[end++]!]!;
      const json = JSON.stringify(keyString(key));
      const before = out.length;
      if (j > 0) out.byte(0x2c);
      out.text(json).byte(0x3a).byte(0x5b); // "key":[
      for (let k = j; k < end; k++) {
        if (k > j) out.byte(0x2c);
        out.number(shardAt[order[k]!]!).byte(0x2c).number(heldAt[order[k]!]!);
      }
      if (held <= LIST_MAX)
        for (let k = j; k < end; k++) {
          const a = packs[shardAt[order[k]!]!]!;
          const at = offsetAt[order[k]!]!;
          for (let r = 0; r < heldAt[order[k]!]!; r++) out.byte(0x2c).byte(0x2d).number(a[at + 2 + r]! + 1);
        }
      out.byte(0x5d); // ]
      // the item's length in characters, and 4 for its share of the file's punctuation (as the directory always counted)
      chars += out.length - before - (j > 0 ? 1 : 0) - Buffer.byteLength(json) + json.length + 4;
      j = end;
    }
    parts.push(out.copy());
  }
  const buckets = bucketCount(chars);
  const files = new Map<number, Uint8Array>();
  for (let b = 0; b < buckets; b++) {
    out.reset();
    out.byte(0x7b); // {
    let first = true;
    for (let p = b; p < PARTS; p += buckets) {
      if (parts[p]!.length === 0) continue;
      if (!first) out.byte(0x2c);
      out.bytes(parts[p]!);
      first = false;
    }
    out.byte(0x7d); // }
    files.set(b, out.copy());
  }
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
  const sizes = new Map<string, number>();
  for (const [b, text] of files) sizes.set(`${b.toString(16)}.json`, text.length);
  for (const [name, text] of records) sizes.set(name, Buffer.byteLength(text));
  for (const [name, bytes] of filters?.files ?? []) sizes.set(name, bytes.length);
  return { path, buckets, shards, recordsPerFile: RECORDS_PER_FILE, listing: listingOf(sizes), ...(filters ? { trigrams: filters.info } : {}) };
}

/** A folder's files, names and sizes, as one hash: a part the live site holds with another listing (a file gone, cut
 * short or replaced by hand) is written again. */
function listingOf(sizes: Map<string, number>): string {
  return createHash("sha1").update([...sizes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, size]) => `${n}:${size}`).join("\n")).digest("hex").slice(0, 16);
}

/** The listing of a folder on disk (file system); null when it is not there. */
function listingOnDisk(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const sizes = new Map<string, number>();
  for (const name of readdirSync(dir)) sizes.set(name, statSync(join(dir, name)).size);
  return listingOf(sizes);
}

/** The directory's parts: the shards a day's bulletin changes (the newest period's months, else the newest shard) and
 * the others, which a rebuild seldom touches. An archive of one shard, or of only the newest period, has one part. */
export function directoryParts(shards: { name: string; period?: string }[]): string[][] {
  const names = shards.map((s) => s.name);
  // by period, not name: a month over the shard bound is in several shards (2025-03, 2025-03.2, …), all of them the newest
  const period = (s: { name: string; period?: string }) => s.period ?? s.name;
  const months = shards.filter((s) => /^\d{4}-\d{2}$/.test(period(s)));
  const first = shards[0];
  const open = (months.length ? months : first && /^\d{4}/.test(period(first)) ? shards.filter((s) => period(s) === period(first)) : []).map((s) => s.name);
  const closed = names.filter((n) => !open.includes(n));
  return open.length && closed.length ? [open, closed] : [names];
}

/** What a part is made from: its shards and their hashes (which name the directory's code too). A rebuild keeps the live
 * site's part of the same key; the part's folder is named by its content, as before the parts, so that a cache never
 * mixes two builds' files. */
export const partKey = (shards: string[], hashes: Record<string, string>) =>
  createHash("sha1").update(JSON.stringify(shards.map((s) => [s, hashes[s] ?? "none"]))).digest("hex").slice(0, 16);

/** A shard's keys, from the cache when its hash is unchanged, else counted and cached (file system). */
export function cachedShardKeys(cacheDir: string, name: string, hash: string, count: () => ShardKeys): ShardKeys {
  const key = `${hash}-${LIST_MAX}`;
  const cached = readShardCache(cacheDir, "directory", name, key);
  if (cached && wellFormed(cached)) return cached;
  const keys = count();
  writeShardCache(cacheDir, "directory", name, key, keys);
  return keys;
}

/** Whether packed keys end where their last entry does (a cache file cut short does not). */
function wellFormed(keys: ShardKeys): boolean {
  let i = 0;
  while (i + 1 < keys.length) i += 2 + (keys[i + 1]! <= LIST_MAX ? keys[i + 1]! : 0);
  return i === keys.length;
}

/** Traditional → Simplified for text that holds a Traditional character (fold.ts); other text as it is. */
export async function simplifier(): Promise<(s: string) => string> {
  const { simplifiedCopy } = await import("./fold.ts");
  return (s) => simplifiedCopy(s) ?? s;
}

/** The build's step (file system): every part's shards' keys (cached by shard hash; `texts` gives a shard's records' text,
 * loading it if need be; `urls` their pages, in the same order) merged into the part's files in `site`. A part the live
 * site already holds whole (`live`, and `previous`: the parts its shards.json lists) is not written again: the build
 * publishes into a copy of the live site. */
export async function buildDirectory(
  site: string,
  cacheDir: string,
  shards: { name: string; period?: string }[],
  hashes: Record<string, string>,
  texts: (shard: string) => Iterable<string>,
  urls: (shard: string) => string[],
  live: string | null = null,
  previous: DirectoryInfo[] = [],
): Promise<{ parts: DirectoryInfo[]; written: number }> {
  let fold: ((s: string) => string) | null = null;
  const parts: DirectoryInfo[] = [];
  let written = 0;
  for (const names of directoryParts(shards)) {
    const key = partKey(names, hashes);
    const kept = previous.find((d) => d.key === key);
    // (a folder that lost a file, or whose files were changed by hand, is written again)
    if (live && kept?.listing && listingOnDisk(join(live, kept.path)) === kept.listing) {
      parts.push(kept);
      continue;
    }
    fold ??= await simplifier();
    const keysOf = new Map<string, ShardKeys>();
    const trigramsOf = new Map<string, Uint32Array>();
    for (const name of names) {
      // a shard's texts are read once for both, when neither is cached
      let read: string[] | null = null;
      const shardTexts = () => (read ??= [...texts(name)]);
      keysOf.set(name, cachedShardKeys(cacheDir, name, hashes[name] ?? "none", () => shardKeys(shardTexts(), fold!)));
      trigramsOf.set(name, cachedShardTrigrams(cacheDir, name, hashes[name] ?? "none", () => shardTrigrams(shardTexts(), fold!)));
    }
    parts.push({ ...writeDirectory(site, names, keysOf, urls, trigramsOf), key });
    written++;
  }
  return { parts, written };
}
