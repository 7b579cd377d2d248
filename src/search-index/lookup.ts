// The search page's half of the directory (directory.ts writes it): which shards can hold every term of a query, and at
// most how many of their records can.
import { bucketOf, termKeys, type DirectoryInfo } from "./keys.ts";

export type Bucket = Record<string, number[]>;

/** Shard name → at most how many of its records can hold every term (the fewest records holding any one key). A shard
 * missing a key of a term is not in it; an empty map means that no record of the archive holds the query. */
export async function candidateShards(dir: DirectoryInfo, terms: string[], load: (bucket: number) => Promise<Bucket>): Promise<Map<string, number>> {
  const keys = [...new Set(terms.flatMap(termKeys))];
  const out = new Map<string, number>();
  if (keys.length === 0) return out;
  const buckets = [...new Set(keys.map((k) => bucketOf(k, dir.buckets)))];
  const loaded = new Map(await Promise.all(buckets.map(async (b) => [b, await load(b)] as const)));
  let bound: Map<number, number> | null = null;
  for (const k of keys) {
    const entry = loaded.get(bucketOf(k, dir.buckets))![k] ?? [];
    const here = new Map<number, number>();
    for (let i = 0; i + 1 < entry.length; i += 2) here.set(entry[i]!, entry[i + 1]!);
    if (bound === null) bound = here;
    else for (const [s, n] of bound) here.has(s) ? bound.set(s, Math.min(n, here.get(s)!)) : bound.delete(s);
    if (bound.size === 0) break;
  }
  for (const [s, n] of bound ?? []) out.set(dir.shards[s]!, n);
  return out;
}

/** The file of a bucket, relative to the site's root. */
export const bucketPath = (dir: DirectoryInfo, b: number) => `${dir.path}${b.toString(16)}.json`;
