// api/articles.json, the data contract: every record's parsed fields and keywords, as one JSON array. It is written as one
// chunk per bulletin, and a rebuild copies the bytes of each unchanged bulletin's chunk from the last build's file instead
// of serialising 100k records again.
import { closeSync, existsSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { ArticleRecord } from "../parse/types.ts";
import { articleFields } from "../site/article-fields.ts";
import { group } from "../site/group.ts";
import { hashFiles, hashOf } from "./hash.ts";
import type { BulletinKeys } from "./render-plan.ts";

/** bulletin file → [its chunk's key, byte offset, byte length] in the file written. */
export type ChunkMap = Record<string, [string, number, number]>;

const COPY_BUFFER = 1 << 23;

/** Writes `path` from `records` (in archive order). A bulletin's chunk is named by this code and the bulletin's keys (its
 * content, and its segmentation, which gave the keywords); one named alike in `previous` is copied from `previousPath`,
 * and runs of such chunks in one read and write. */
export function writeArticlesJson(
  path: string,
  records: ArticleRecord[],
  keys: BulletinKeys,
  previousPath: string | null,
  previous: ChunkMap | null,
  /** Called with a bulletin before its records are written (see parse-cache.ts: a rebuild has not read every record's text). */
  loadText: (files: Iterable<string>) => void = () => {},
): ChunkMap {
  mkdirSync(dirname(path), { recursive: true });
  const code = hashFiles(["src/pipeline/articles-json.ts", "src/site/article-fields.ts"]); // this and articleFields()
  const old = previous && previousPath && existsSync(previousPath) ? openSync(previousPath, "r") : null;
  const fd = openSync(path, "w");
  const chunks: ChunkMap = {};
  let offset = 0; // bytes written to `fd`
  let text = ""; // to be written after them...
  let run: { from: number; to: number } | null = null; // ...or else this range of the old file
  const flushText = () => {
    if (text) offset += writeSync(fd, text);
    text = "";
  };
  const buffer = old === null ? null : Buffer.allocUnsafe(COPY_BUFFER);
  const flushRun = () => {
    for (let at = run?.from ?? 0; run && at < run.to; ) {
      const n = readSync(old!, buffer!, 0, Math.min(COPY_BUFFER, run.to - at), at);
      if (n === 0) throw new Error(`${previousPath} is shorter than the last build's chunk map says: build with --full`);
      offset += writeSync(fd, buffer!, 0, n);
      at += n;
    }
    run = null;
  };
  try {
    text = "[\n";
    let first = true;
    for (const [file, list] of group(records, (r) => r.source.file)) {
      const key = hashOf(`${code} ${keys.content(file)} ${keys.segmentation(file)}`);
      const was = old === null ? undefined : previous?.[file];
      let start: number;
      if (was && was[0] === key && run && was[1] === run.to + 2) {
        // the old file has the same ",\n" between the two chunks
        start = offset + (run.to - run.from) + 2;
        run.to = was[1] + was[2];
      } else {
        flushRun();
        if (!first) text += ",\n";
        flushText();
        start = offset;
        if (was && was[0] === key) run = { from: was[1], to: was[1] + was[2] };
        else {
          loadText([file]);
          list.forEach((r, k) => {
            text += (k ? ",\n" : "") + JSON.stringify(articleFields(r));
            if (text.length > 1 << 19) flushText();
          });
          flushText();
        }
      }
      chunks[file] = [key, start, was && was[0] === key ? was[2] : offset - start];
      first = false;
    }
    flushRun();
    text += "\n]\n";
    flushText();
  } finally {
    closeSync(fd);
    if (old !== null) closeSync(old);
  }
  return chunks;
}
