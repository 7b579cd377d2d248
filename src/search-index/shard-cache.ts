// A shard's entry in a cache folder (`<cacheDir>/<folder>/<shard>.<key>.bin`), keyed by what it was counted from, one
// entry per shard: the directory's keys and the trigram filters keep theirs this way (file system).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const fileOf = (cacheDir: string, folder: string, name: string, key: string) => join(cacheDir, folder, `${name}.${key}.bin`);

/** The entry's bytes as 32-bit words (a copy: a small file's Buffer may sit at an offset of Node's pool that is not a
 * multiple of 4), or null when there is none or its length is not whole words. */
export function readShardCache(cacheDir: string, folder: string, name: string, key: string): Uint32Array | null {
  const file = fileOf(cacheDir, folder, name, key);
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  return buf.length % 4 === 0 ? new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length)) : null;
}

/** Writes the entry (aside, then renamed) and removes the shard's other entries. */
export function writeShardCache(cacheDir: string, folder: string, name: string, key: string, words: Uint32Array): void {
  const dir = join(cacheDir, folder);
  const file = fileOf(cacheDir, folder, name, key);
  mkdirSync(dir, { recursive: true });
  // a shard named as another's prefix (2024, 2024.2) keeps its own: same number of dots
  for (const f of readdirSync(dir)) if (f.startsWith(`${name}.`) && join(dir, f) !== file && f.split(".").length === name.split(".").length + 2) rmSync(join(dir, f), { force: true });
  writeFileSync(`${file}.tmp`, words);
  renameSync(`${file}.tmp`, file);
}
