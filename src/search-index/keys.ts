// The search directory's keys, shared by the build (directory.ts) and the search page (lookup.ts): a key is a UTF-16 code
// unit or a pair of neighbouring ones, lower-cased; a directory file is chosen by the key's FNV-1a hash.

/** Where the directory is and how it is split: written into pagefind/shards.json as `directory`. */
export interface DirectoryInfo {
  /** Site-relative folder, e.g. "pagefind/dir-0123456789ab/". */
  path: string;
  /** Number of files (a power of two); file `b.toString(16).json` holds the keys whose hash % buckets is b. */
  buckets: number;
  /** Shard names, in the order the files' shard numbers refer to. */
  shards: string[];
  /** Records' URLs to a file (recordFile); absent from a site built before the directory listed records. */
  recordsPerFile?: number;
}

/** The file, in the directory's folder, of the URLs of a shard's records from `first` on. */
export const recordFile = (shard: number, first: number) => `r-${shard}-${first}.json`;

/** A pair of code units as one number (a single unit is itself: always below 0x10000, a pair never). */
export const keyOf = (a: number, b: number) => a * 0x10000 + b;

/** FNV-1a over the key's code units. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

const SPACE = /[\s\u3000\u00a0]/;

/** The keys a shard must hold to hold `term`: its pairs of neighbouring code units, or the unit itself for a term of one.
 * A term is lower-cased first, as the directory's text is. */
export function termKeys(term: string): string[] {
  const t = term.toLowerCase();
  const keys = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    if (SPACE.test(t[i]!)) continue;
    if (i + 1 < t.length && !SPACE.test(t[i + 1]!)) keys.add(t.slice(i, i + 2));
    else if (i === 0 || SPACE.test(t[i - 1]!)) keys.add(t[i]!);
  }
  return [...keys];
}
