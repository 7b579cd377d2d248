// The search directory's keys, shared by the build (directory.ts) and the search page (lookup.ts): a key is a UTF-16 code
// unit or a pair of neighbouring ones, lower-cased; a directory file is chosen by the key's FNV-1a hash.

/** Where a part of the directory is and how it is split: written into pagefind/shards.json in `directories`. */
export interface DirectoryInfo {
  /** Site-relative folder, e.g. "pagefind/dir-0123456789ab/". */
  path: string;
  /** Number of files (a power of two); file `b.toString(16).json` holds the keys whose hash % buckets is b. */
  buckets: number;
  /** Shard names, in the order the files' shard numbers refer to. */
  shards: string[];
  /** Records' URLs to a file (recordFile); absent from a site built before the directory listed records. */
  recordsPerFile?: number;
  /** The shards' filters of their three-character strings (trigrams.ts); absent from a site built before them. */
  trigrams?: TrigramInfo;
  /** The part's shards and their hashes, as one key: a rebuild keeps the live site's part of the same key… */
  key?: string;
  /** …when its folder still holds these files, names and sizes (a hash). */
  listing?: string;
}

/** Every shard's Bloom filter of the strings of three neighbouring code units its text holds, cut into `blocks` blocks of
 * 64 bits each; file `t-<f>.bin` holds blocks f·group … f·group+group−1 of every shard: block by block, shard by shard in
 * `shards` order, 8 bytes each (two little-endian 32-bit words, low first). */
export interface TrigramInfo {
  blocks: number;
  group: number;
}

/** A string of three code units, lower-cased, as a 32-bit FNV-1a hash. */
export function trigramHash(a: number, b: number, c: number): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ a, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  return h >>> 0;
}

/** A trigram's block (hash % blocks, blocks a power of two) and its three bits in it (0–63). */
export function trigramBits(hash: number, blocks: number): { block: number; bits: [number, number, number] } {
  const h2 = Math.imul(hash ^ (hash >>> 16), 0x9e3779b1) >>> 0;
  return { block: hash & (blocks - 1), bits: [h2 & 63, (h2 >>> 6) & 63, (h2 >>> 12) & 63] };
}

/** The trigram hashes a query term must all be in: its strings of three neighbouring code units, none across white space. */
export function termTrigrams(term: string): number[] {
  const t = term.toLowerCase();
  const out = new Set<number>();
  for (let i = 0; i + 2 < t.length; i++) {
    if (SPACE.test(t[i]!) || SPACE.test(t[i + 1]!) || SPACE.test(t[i + 2]!)) continue;
    out.add(trigramHash(t.charCodeAt(i), t.charCodeAt(i + 1), t.charCodeAt(i + 2)));
  }
  return [...out];
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
