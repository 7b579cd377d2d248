// Build caches as JSON in UTF-16LE: Node 20 decodes UTF-8 full of Chinese slowly, UTF-16 at the speed of a copy (`npm run
// bench` prints both for the parse cache), and Chinese takes two bytes instead of three.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function readCache<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path).toString("utf16le")) as T;
  } catch {
    return null; // a cache cut short (the build was killed while writing it) is rebuilt
  }
}

/** Written aside and renamed, so a reader never sees half a file; `inPlace` for a file named by its content's hash, which
 * a reader that finds it cut short (it does not parse) makes again: that saves a rename per bulletin. */
export function writeCache(path: string, value: unknown, inPlace = false): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(inPlace ? path : `${path}.tmp`, Buffer.from(JSON.stringify(value), "utf16le"));
  if (!inPlace) renameSync(`${path}.tmp`, path);
}
