// Content hashes of code, so caches and incremental builds notice when the code that made them changed.
import crypto, { createHash } from "node:crypto";
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

// one-shot hashing, where Node has it (20.12+)
const oneShot = (crypto as { hash?: (algorithm: string, data: Buffer, encoding: "hex") => string }).hash;

/** A short hash of a string, or of a value as JSON; hashed as UTF-16, which costs a copy, where UTF-8 would re-encode the
 * Chinese. One-shot where it can: half the cost of a Hash object, which counts over 130k pages. */
export const hashOf = (value: unknown): string => {
  const bytes = Buffer.from(typeof value === "string" ? value : JSON.stringify(value), "utf16le");
  return (oneShot ? oneShot("sha1", bytes, "hex") : createHash("sha1").update(bytes).digest("hex")).slice(0, 16);
};
