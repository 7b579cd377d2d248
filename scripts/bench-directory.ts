// npm run bench:directory -- --cache DIR: how long a build takes to merge the search directory's files from every shard's
// cached keys (and trigram filters, where the cache has them) — what a rebuild redoes whatever it changed. DIR is a
// build's cache folder (`.bench/100000/cache` after `npm run bench -- --articles 100000`); the files are written to a
// temporary folder and removed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { directoryFiles, writeDirectory, type ShardKeys } from "../src/search-index/directory.ts";

const { values } = parseArgs({ options: { cache: { type: "string" } } });
if (!values.cache) throw new Error("usage: npm run bench:directory -- --cache DIR");

/** Each shard's newest cache entry in `folder` (`<shard>.<key>.bin`), as 32-bit words. */
function entries(folder: string): Map<string, Uint32Array> {
  const dir = join(values.cache!, folder);
  const out = new Map<string, Uint32Array>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".bin")) continue;
    const buf = readFileSync(join(dir, f));
    out.set(f.split(".").slice(0, -2).join("."), new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length)));
  }
  return out;
}

const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(2);
let t = performance.now();
const keys: Map<string, ShardKeys> = entries("directory");
const trigrams = entries("trigrams");
const shards = [...keys.keys()];
let total = 0;
for (const k of keys.values()) total += k.length;
console.log(`read the caches of ${shards.length} shards (${(total * 4 / 2 ** 20).toFixed(1)} MiB of keys, ${trigrams.size} trigram entries) in ${seconds(t)} s`);
const urls = (shard: string) => Array.from({ length: 2500 }, (_, i) => `/articles/${shard}-${i}/`);
t = performance.now();
const files = directoryFiles(shards, keys, urls);
let bytes = 0;
for (const f of files.files.values()) bytes += f.length;
console.log(`merged: ${files.buckets} files, ${(bytes / 2 ** 20).toFixed(1)} MiB, in ${seconds(t)} s`);
const site = mkdtempSync(join(tmpdir(), "directory-"));
t = performance.now();
writeDirectory(site, shards, keys, urls, trigrams.size ? trigrams : undefined);
console.log(`writeDirectory (merge, ${trigrams.size ? "trigram filters, " : ""}hash, write): ${seconds(t)} s; peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(site, { recursive: true, force: true });
