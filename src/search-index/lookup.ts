// The search page's half of the directory (directory.ts writes it): which shards can hold every term of a query, at most
// how many of their records can, and, when a key of the query is rare in the archive, which records.
import { bucketOf, recordFile, termKeys, termTrigrams, trigramBits, type DirectoryInfo, type TrigramInfo } from "./keys.ts";

/** key → [shard, records, shard, records…, -record, -record…]: the records (-(index in its shard + 1)), shard by shard in
 * the entry's order, when the archive has at most LIST_MAX records holding the key. */
export type Bucket = Record<string, number[]>;

export interface Candidates {
  /** Shard name → at most how many of its records can hold every term (the fewest records holding any one key). A shard
   * missing a key of a term is not in it; an empty map means that no record of the archive holds the query. */
  shards: Map<string, number>;
  /** The records that can hold every term, as [shard number, index in the shard]: those every rare key of the query lists,
   * in shards holding every key; null when no key of the query is rare enough to list its records. */
  records: [number, number][] | null;
}

/** The shards and records that can hold every term. `loadFilter` (a file's path relative to the site's root → its bytes)
 * reads the shards' trigram filters, when the directory has them: a term of three characters or more is then only in the
 * shards whose filter holds each of its trigrams. */
export async function lookupQuery(dir: DirectoryInfo, terms: string[], load: (bucket: number) => Promise<Bucket>, loadFilter?: (path: string) => Promise<ArrayBuffer>): Promise<Candidates> {
  // a filter that cannot be read (offline, not saved) narrows nothing
  const [pairs, tri] = await Promise.all([lookupPairs(dir, terms, load), loadFilter && dir.trigrams ? trigramShards(dir, dir.trigrams, terms, loadFilter).catch(() => null) : null]);
  if (!tri) return pairs;
  for (const [name] of pairs.shards) if (!tri.has(dir.shards.indexOf(name))) pairs.shards.delete(name);
  return { shards: pairs.shards, records: pairs.records && pairs.records.filter(([s]) => tri.has(s)) };
}

/** The shards (their numbers) whose filters hold every trigram of every term; null when no term has one. */
async function trigramShards(dir: DirectoryInfo, info: TrigramInfo, terms: string[], load: (path: string) => Promise<ArrayBuffer>): Promise<Set<number> | null> {
  const hashes = [...new Set(terms.flatMap(termTrigrams))];
  if (hashes.length === 0) return null;
  const n = dir.shards.length;
  const files = new Map<number, Promise<DataView>>();
  const fileOf = (block: number) => Math.floor(block / info.group);
  for (const h of hashes) {
    const f = fileOf(trigramBits(h, info.blocks).block);
    if (!files.has(f)) files.set(f, load(`${dir.path}t-${f}.bin`).then((b) => new DataView(b)));
  }
  // a file of another length (a host's page for a missing file) is no filter: it narrows nothing
  for (const v of await Promise.all(files.values())) if (v.byteLength !== info.group * n * 8) throw new Error("not a trigram filter");
  let held = new Set(dir.shards.map((_, s) => s));
  for (const h of hashes) {
    const { block, bits } = trigramBits(h, info.blocks);
    const view = await files.get(fileOf(block))!;
    const base = (block % info.group) * n * 8;
    held = new Set(
      [...held].filter((s) => {
        const lo = view.getUint32(base + s * 8, true);
        const hi = view.getUint32(base + s * 8 + 4, true);
        return bits.every((bit) => ((bit < 32 ? lo : hi) >>> (bit & 31)) & 1);
      }),
    );
  }
  return held;
}

async function lookupPairs(dir: DirectoryInfo, terms: string[], load: (bucket: number) => Promise<Bucket>): Promise<Candidates> {
  const keys = [...new Set(terms.flatMap(termKeys))];
  const shards = new Map<string, number>();
  if (keys.length === 0) return { shards, records: null };
  const buckets = [...new Set(keys.map((k) => bucketOf(k, dir.buckets)))];
  const loaded = new Map(await Promise.all(buckets.map(async (b) => [b, await load(b)] as const)));
  let bound: Map<number, number> | null = null;
  /** "shard:index" of the records every listing key so far names */
  let records = null as Set<string> | null;
  for (const k of keys) {
    const entry = loaded.get(bucketOf(k, dir.buckets))![k] ?? [];
    const here = new Map<number, number>();
    const owners: number[] = [];
    const listed = new Set<string>();
    // records follow only the entry of a key few records hold: only then is each shard's share of them counted out
    const lists = entry.length > 0 && entry[entry.length - 1]! < 0;
    for (let i = 0; i < entry.length; i++) {
      const v = entry[i]!;
      if (v < 0) listed.add(`${owners[listed.size]}:${-v - 1}`);
      else {
        const n = entry[++i]!;
        here.set(v, n);
        if (lists) for (let j = 0; j < n; j++) owners.push(v);
      }
    }
    if (listed.size) records = records ? new Set([...records].filter((r) => listed.has(r))) : listed;
    if (bound === null) bound = here;
    else for (const [s, n] of bound) here.has(s) ? bound.set(s, Math.min(n, here.get(s)!)) : bound.delete(s);
    if (bound.size === 0) return { shards, records: [] };
  }
  for (const [s, n] of bound ?? []) shards.set(dir.shards[s]!, n);
  const pairs = [...(records ?? [])].map((r) => r.split(":").map(Number) as [number, number]);
  return { shards, records: records ? pairs.filter(([s]) => bound!.has(s)) : null };
}

/** The site-relative page URLs of records ([shard number, index]), reading the directory's record files (`load`: a
 * file's path relative to the site's root → its JSON). */
export async function recordUrls(dir: DirectoryInfo, records: [number, number][], load: (path: string) => Promise<string[]>): Promise<string[]> {
  const per = dir.recordsPerFile!;
  const files = new Map<string, Promise<string[]>>();
  const fileOf = ([s, i]: [number, number]) => `${dir.path}${recordFile(s, i - (i % per))}`;
  for (const r of records) if (!files.has(fileOf(r))) files.set(fileOf(r), load(fileOf(r)));
  return Promise.all(records.map(async (r) => (await files.get(fileOf(r))!)[r[1] % per]!));
}

/** A record a part of the directory names: [part, shard number in the part, index in the shard]. */
export type PartRecord = [number, number, number];

/** The directory's parts (shards.json's `directories`; `directory` on a site built before the parts), in their order. */
export const directoryPartsOf = (list: { directories?: DirectoryInfo[]; directory?: DirectoryInfo }): DirectoryInfo[] => list.directories ?? (list.directory ? [list.directory] : []);

/** Candidates over every part, each record with its part. */
export type PartCandidates = Omit<Candidates, "records"> & { records: PartRecord[] | null };

/** lookupQuery over every part: the shards any part says can hold the query; the records, when every part that has such
 * shards names its records (else null: the shards must be read). */
export async function lookupParts(dirs: DirectoryInfo[], terms: string[], load: (dir: DirectoryInfo, bucket: number) => Promise<Bucket>, loadFilter?: (path: string) => Promise<ArrayBuffer>): Promise<PartCandidates> {
  const found = await Promise.all(dirs.map((d) => lookupQuery(d, terms, (b) => load(d, b), loadFilter)));
  const shards = new Map<string, number>();
  let records: PartRecord[] | null = [];
  found.forEach((f, p) => {
    for (const [name, n] of f.shards) shards.set(name, n);
    if (f.shards.size === 0) return;
    if (f.records === null) records = null;
    else records?.push(...f.records.map(([s, i]): PartRecord => [p, s, i]));
  });
  return { shards, records };
}

/** recordUrls for records of several parts, in the order given. */
export async function partRecordUrls(dirs: DirectoryInfo[], records: PartRecord[], load: (path: string) => Promise<string[]>): Promise<string[]> {
  const byPart = await Promise.all(dirs.map((d, p) => recordUrls(d, records.filter((r) => r[0] === p).map(([, s, i]): [number, number] => [s, i]), load)));
  const next = dirs.map(() => 0);
  return records.map(([p]) => byPart[p]![next[p]!++]!);
}

/** The file of a bucket, relative to the site's root. */
export const bucketPath = (dir: DirectoryInfo, b: number) => `${dir.path}${b.toString(16)}.json`;
