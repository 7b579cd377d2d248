// The shards' trigram filters: for every shard, a Bloom filter of the strings of three neighbouring characters its text
// holds (as the directory's keys are read: lower-cased, none across white space, Traditional text also folded). A query of
// three characters or more can only be in a shard whose filter holds all its trigrams: 训的来, whose pairs 训的 and 的来 every
// year holds, is in one shard's filter, and the search page reads that shard alone. A filter never misses a trigram its
// shard holds; it says "maybe" for about one in seventy it does not.
//
// Blocked, and stored across shards: a trigram's three bits lie in one 64-bit block of each shard's filter, and one file
// holds the same blocks of every shard, so a query reads one small file per trigram, whatever the number of shards
// (keys.ts: TrigramInfo). The functions here are pure except those that say so; `lookup.ts` reads the files in the page.
import { readShardCache, writeShardCache } from "./shard-cache.ts";
import { trigramBits, trigramHash, type TrigramInfo } from "./keys.ts";

/** Distinct trigrams a block holds on average, at most: three bits each of 64, about one false "maybe" in seventy. */
const PER_BLOCK = 6;
/** Bytes of a filter file, about: blocks per file = this / (8 × shards). */
const FILE_BYTES = 8192;

/** The distinct trigram hashes of texts (each text lower-cased; a trigram never spans white space). */
export function shardTrigrams(texts: Iterable<string>, fold: (s: string) => string = (s) => s): Uint32Array {
  const seen = new Set<number>();
  const add = (text: string) => {
    const s = text.toLowerCase();
    let a = -1;
    let b = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0) {
        a = b = -1;
        continue;
      }
      if (a >= 0) seen.add(trigramHash(a, b, c));
      a = b;
      b = c;
    }
  };
  for (const text of texts) {
    add(text);
    const folded = fold(text);
    if (folded !== text) add(folded);
  }
  return Uint32Array.from(seen);
}

/** The filter files: name → bytes, and where they are (blocks, group). */
export function trigramFiles(shards: string[], trigramsOf: Map<string, Uint32Array>): { info: TrigramInfo; files: Map<string, Uint8Array> } {
  const most = Math.max(1, ...shards.map((s) => trigramsOf.get(s)?.length ?? 0));
  let blocks = 64;
  while (blocks * PER_BLOCK < most) blocks *= 2;
  let group = 1;
  while (group * 2 * 8 * shards.length <= FILE_BYTES && group * 2 <= blocks) group *= 2;
  const words = new Uint32Array(blocks * shards.length * 2);
  shards.forEach((name, s) => {
    const hashes = trigramsOf.get(name) ?? new Uint32Array(0);
    for (let i = 0; i < hashes.length; i++) {
      const { block, bits } = trigramBits(hashes[i]!, blocks);
      const at = (block * shards.length + s) * 2;
      for (let j = 0; j < 3; j++) words[at + (bits[j]! >> 5)]! |= 1 << (bits[j]! & 31);
    }
  });
  // little-endian whatever the machine's order
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) if (words[i]) view.setUint32(i * 4, words[i]!, true);
  const per = group * shards.length * 8;
  const files = new Map<string, Uint8Array>();
  for (let f = 0; f < blocks / group; f++) files.set(`t-${f}.bin`, bytes.subarray(f * per, (f + 1) * per));
  return { info: { blocks, group }, files };
}

/** A shard's trigrams, from the cache when its hash is unchanged, else counted and cached (file system). */
export function cachedShardTrigrams(cacheDir: string, name: string, hash: string, count: () => Uint32Array): Uint32Array {
  const cached = readShardCache(cacheDir, "trigrams", name, hash);
  if (cached) return cached;
  const t = count();
  writeShardCache(cacheDir, "trigrams", name, hash, t);
  return t;
}
