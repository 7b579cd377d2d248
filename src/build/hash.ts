// Content hashes of code, so caches and incremental builds notice when the code that made them changed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function hashFiles(paths: string[]): string {
  const h = createHash("sha1");
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (!f.endsWith(".test.ts") && !f.endsWith(".fixtures.txt")) walk(join(p, f));
    } else h.update(p).update(readFileSync(p));
  };
  for (const p of paths) walk(p);
  return h.digest("hex").slice(0, 16);
}

/** A short hash of a string, or of a value as JSON; hashed as UTF-16, which costs a copy, where UTF-8 would re-encode the Chinese. */
export const hashOf = (value: unknown): string =>
  createHash("sha1")
    .update(Buffer.from(typeof value === "string" ? value : JSON.stringify(value), "utf16le"))
    .digest("hex")
    .slice(0, 16);
