// api/articles.json: written whole, or in a rebuild from the last build's bytes for the bulletins that did not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBulletin } from "../parse/index.ts";
import type { ArticleRecord } from "../parse/types.ts";
import { writeArticlesJson } from "./articles-json.ts";
import type { BulletinKeys } from "./render-plan.ts";

const bulletin = (place: string, n: number) => `红旗区\n\n${place}开展第${n}次义诊活动\n\n本报讯(记者 王新)4月${n}日,${place}在文化广场开展义诊活动,为居民测量血压。\n`;
const records = (files: [string, string][]) =>
  files.flatMap(([file, text]) => parseBulletin(file, Buffer.from(text), {}).records.map((r) => ({ ...r, keywords: ["义诊", place(file)] })));
const place = (file: string) => file.replace(/\.txt$/, "");
/** The bulletins' keys, as the build makes them: the content by file, the segmentation by the keywords it gave. */
const keysOf = (rs: ArticleRecord[]): BulletinKeys => ({
  content: (file) => `key-of-${file}`,
  segmentation: (file) => JSON.stringify(rs.filter((r) => r.source.file === file).map((r) => r.keywords)),
});

test("written whole, it is every record's contract fields, in archive order", () => {
  const dir = mkdtempSync(join(tmpdir(), "articles-"));
  const rs = records([["a.txt", bulletin("渠东街道", 1)], ["b.txt", bulletin("铁西街道", 2)]]);
  writeArticlesJson(join(dir, "articles.json"), rs, keysOf(rs), null, null);
  const back = JSON.parse(readFileSync(join(dir, "articles.json"), "utf8")) as ArticleRecord[];
  assert.deepEqual(back, JSON.parse(JSON.stringify(rs)));
});

test("a rebuild copies unchanged bulletins' bytes from the last file and writes the same file a fresh write would", () => {
  const dir = mkdtempSync(join(tmpdir(), "articles-"));
  const before = records([["a.txt", bulletin("渠东街道", 1)], ["b.txt", bulletin("铁西街道", 2)], ["c.txt", bulletin("平原路街道", 3)], ["d.txt", bulletin("东街街道", 4)]]);
  const oldPath = join(dir, "old.json");
  const chunks = writeArticlesJson(oldPath, before, keysOf(before), null, null);
  // b and c are unchanged: mark their bytes in the old file (same length), to see that they are copied, not written again
  const old = readFileSync(oldPath, "utf8");
  writeFileSync(oldPath, old.replace("铁西街道在文化广场", "铁西街道在文化广坊").replace("平原路街道在文化广场", "平原路街道在文化广坊"));
  // a's keywords change, d is removed, e is added
  const after = [...before.filter((r) => r.source.file !== "d.txt").map((r) => (r.source.file === "a.txt" ? { ...r, keywords: ["血压"] } : r)), ...records([["e.txt", bulletin("西街街道", 5)]])];
  const newPath = join(dir, "new.json");
  const next = writeArticlesJson(newPath, after, keysOf(after), oldPath, chunks);
  const text = readFileSync(newPath, "utf8");
  assert.match(text, /铁西街道在文化广坊/, "b was copied from the old file");
  assert.match(text, /平原路街道在文化广坊/, "c was copied from the old file");
  assert.doesNotMatch(text, /东街街道/, "d is gone");
  // but for the marks, the same bytes as a fresh write, and the chunk map describes the new file
  const freshPath = join(dir, "fresh.json");
  writeArticlesJson(freshPath, after, keysOf(after), null, null);
  assert.equal(text.replaceAll("文化广坊", "文化广场"), readFileSync(freshPath, "utf8"));
  const bytes = readFileSync(newPath);
  for (const [file, [, start, length]] of Object.entries(next)) {
    const chunk = JSON.parse(`[${bytes.subarray(start, start + length).toString("utf8")}]`) as ArticleRecord[];
    assert.deepEqual(chunk.map((r) => r.source.file), after.filter((r) => r.source.file === file).map((r) => r.source.file), `chunk of ${file}`);
  }
});
