// The search page's half of the directory (directory.ts writes it): which shards can hold every term of a query, at most
// how many of their records can, and, when a key of the query is rare in the archive, which records.
import { bucketOf, termKeys, type DirectoryInfo } from "./keys.ts";

/** key → [shard, records, shard, records…, url, url…]: the URLs when the archive has at most LIST_MAX records holding it. */
export type Bucket = Record<string, (number | string)[]>;

export interface Candidates {
  /** Shard name → at most how many of its records can hold every term (the fewest records holding any one key). A shard
   * missing a key of a term is not in it; an empty map means that no record of the archive holds the query. */
  shards: Map<string, number>;
  /** The records (site-relative page URLs) that can hold every term: those every rare key of the query lists; null when no
   * key of the query is rare enough to list its records. */
  records: string[] | null;
}

export async function lookupQuery(dir: DirectoryInfo, terms: string[], load: (bucket: number) => Promise<Bucket>): Promise<Candidates> {
  const keys = [...new Set(terms.flatMap(termKeys))];
  const shards = new Map<string, number>();
  if (keys.length === 0) return { shards, records: null };
  const buckets = [...new Set(keys.map((k) => bucketOf(k, dir.buckets)))];
  const loaded = new Map(await Promise.all(buckets.map(async (b) => [b, await load(b)] as const)));
  let bound: Map<number, number> | null = null;
  let records = null as Map<string, number> | null;
  for (const k of keys) {
    const entry = loaded.get(bucketOf(k, dir.buckets))![k] ?? [];
    const here = new Map<number, number>();
    // the URLs follow the shards' counts, shard by shard in the entry's order
    const listed = new Map<string, number>();
    const owners: number[] = [];
    for (let i = 0; i < entry.length; i++) {
      const v = entry[i]!;
      if (typeof v === "string") listed.set(v, owners[listed.size] ?? -1);
      else {
        const n = entry[++i] as number;
        here.set(v, n);
        for (let j = 0; j < n; j++) owners.push(v);
      }
    }
    if (listed.size) records = records ? new Map([...records].filter(([r]) => listed.has(r))) : listed;
    if (bound === null) bound = here;
    else for (const [s, n] of bound) here.has(s) ? bound.set(s, Math.min(n, here.get(s)!)) : bound.delete(s);
    if (bound.size === 0) return { shards, records: [] };
  }
  for (const [s, n] of bound ?? []) shards.set(dir.shards[s]!, n);
  // a listed record of a shard that lacks another key of the query cannot hold it
  return { shards, records: records ? [...records].filter(([, s]) => s < 0 || bound!.has(s)).map(([r]) => r) : null };
}

/** The file of a bucket, relative to the site's root. */
export const bucketPath = (dir: DirectoryInfo, b: number) => `${dir.path}${b.toString(16)}.json`;
