// Build caches as JSON in UTF-16LE: Node 20 decodes UTF-8 full of Chinese slowly, UTF-16 at the speed of a copy (`npm run
// bench` prints both for the parse cache), and Chinese takes two bytes instead of three.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createHash } from "node:crypto";

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

/** A checked cache file: a header naming its format and version and the SHA-1 of the body (`<tag> <sha1>\n`, ASCII),
 * then the body, JSON in UTF-16LE. */
const headerOf = (tag: string, body: Buffer) => Buffer.from(`${tag} ${createHash("sha1").update(body).digest("hex")}\n`, "latin1");

/** Writes a checked cache file (aside and renamed). */
export function writeCheckedCache(path: string, tag: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = Buffer.from(JSON.stringify(value), "utf16le");
  writeFileSync(`${path}.tmp`, Buffer.concat([headerOf(tag, body), body]));
  renameSync(`${path}.tmp`, path);
}

/** A checked cache file's value; null when there is none (or it is of another format or version, which is not damage);
 * `damaged` when its body is not what its header says (cut short, edited) or does not parse. */
export function readCheckedCache<T>(path: string, tag: string): { value: T } | { damaged: string } | null {
  if (!existsSync(path)) return null;
  try {
    const buf = readFileSync(path);
    const nl = buf.indexOf(10);
    const header = nl > 0 && nl < 200 ? buf.subarray(0, nl).toString("latin1") : "";
    if (!header.startsWith(`${tag} `)) return null;
    const body = buf.subarray(nl + 1);
    if (!headerOf(tag, body).equals(buf.subarray(0, nl + 1))) return { damaged: "its checksum does not match its content (cut short or edited)" };
    return { value: JSON.parse(body.toString("utf16le")) as T };
  } catch (e) {
    return { damaged: (e as Error).message };
  }
}
