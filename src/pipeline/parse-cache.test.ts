// The parse cache: a bulletin is parsed again only when its path, bytes, manifest entry or the parser change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSeedsCached } from "./parse-cache.ts";

const BULLETIN = (headline: string) => `红旗区\n\n${headline}\n\n本报讯(记者 王新)4月20日,渠东街道在文化广场开展义诊活动,为居民测量血压。\n`;

function folder() {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  writeFileSync(join(dir, "a.txt"), BULLETIN("渠东街道开展义诊活动"));
  writeFileSync(join(dir, "b.txt"), BULLETIN("铁西街道举办书法展"));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ bulletins: { "a.txt": { city: "新乡" } } }));
  return { dir, cache: join(dir, "..", `${dir.split("/").pop()}-cache`) };
}

test("an unchanged folder is read from the cache, with the same records", async () => {
  const f = folder();
  const first = await parseSeedsCached(f.dir, f.cache);
  assert.equal(first.parsed, 2);
  const second = await parseSeedsCached(f.dir, f.cache);
  assert.equal(second.parsed, 0);
  assert.deepEqual(second.keys, first.keys);
  assert.deepEqual(second.lineCounts, first.lineCounts);
  // the text comes when asked for, into the records already handed out (and copies of them)
  assert.ok(second.files.every((file) => !second.hasText(file)) && second.lines.size === 0);
  assert.deepEqual(second.records.map((r) => r.paragraphs), [[], []], "a record with a headline keeps no paragraph until its text is loaded");
  const copy = { ...second.records[1]! };
  second.loadText([second.files[1]!]);
  assert.ok(second.hasText(second.files[1]!) && !second.hasText(second.files[0]!));
  assert.deepEqual(copy.paragraphs, first.records[1]!.paragraphs);
  second.loadText(second.files);
  assert.deepEqual(second.records, first.records);
  assert.deepEqual(second.lines, first.lines);
});

test("a record without a headline keeps its first paragraph, which names it, before its text is loaded", async () => {
  const f = folder();
  writeFileSync(join(f.dir, "a.txt"), "红旗区\n\n本报讯(记者 王新)4月20日,渠东街道在文化广场开展义诊活动。\n\n活动持续一上午。\n");
  const first = await parseSeedsCached(f.dir, f.cache);
  const untitled = first.records.find((r) => !r.headline)!;
  assert.ok(untitled.paragraphs.length > 1, "the fixture has two paragraphs");
  const second = await parseSeedsCached(f.dir, f.cache);
  assert.deepEqual(second.records.find((r) => r.id === untitled.id)!.paragraphs, untitled.paragraphs.slice(0, 1));
});

test("an edited bulletin, a changed manifest entry and a renamed file are parsed again", async () => {
  const f = folder();
  await parseSeedsCached(f.dir, f.cache);
  writeFileSync(join(f.dir, "b.txt"), BULLETIN("铁西街道举办摄影展"));
  const edited = await parseSeedsCached(f.dir, f.cache);
  assert.equal(edited.parsed, 1);
  assert.ok(edited.records.some((r) => r.headline === "铁西街道举办摄影展"));

  writeFileSync(join(f.dir, "manifest.json"), JSON.stringify({ bulletins: { "a.txt": { city: "新乡", date: "2024-04-20" } } }));
  const dated = await parseSeedsCached(f.dir, f.cache);
  assert.equal(dated.parsed, 1);
  assert.equal(dated.records.find((r) => r.source.file.endsWith("a.txt"))!.date, "2024-04-20");

  writeFileSync(join(f.cache, "fc3ea73df2c6.json"), "a cache of an older build");
  const olderKey = "0".repeat(40);
  writeFileSync(join(f.cache, `${olderKey}.json`), "an entry of an older parser");
  writeFileSync(join(f.cache, "index-000000000000.json"), Buffer.from(JSON.stringify({ parserHash: "older", written: 0, files: { "x.txt": [1, 1, "{}", olderKey] } }), "utf16le"));
  renameSync(join(f.dir, "b.txt"), join(f.dir, "c.txt"));
  const renamed = await parseSeedsCached(f.dir, f.cache);
  assert.equal(renamed.parsed, 1);
  const moved = renamed.records.find((r) => r.headline === "铁西街道举办摄影展")!;
  assert.equal(moved.source.file, join(f.dir, "c.txt"));
  assert.match(moved.id, /^c-l/, "the record is named after its new file");
  assert.deepEqual(readdirSync(f.cache).filter((n) => !n.startsWith("index-")).length, 4, "entries (head and text) of the old versions and older caches are dropped");
  assert.deepEqual(readdirSync(f.cache).filter((n) => n.startsWith("index-")).length, 1, "with the index of an older parser, which named them");
});

test("a damaged cache entry is parsed again", async () => {
  const f = folder();
  const first = await parseSeedsCached(f.dir, f.cache);
  for (const n of readdirSync(f.cache).filter((n) => /^[0-9a-f]{40}\.json$/.test(n))) writeFileSync(join(f.cache, n), "{");
  const again = await parseSeedsCached(f.dir, f.cache);
  assert.equal(again.parsed, 2);
  assert.deepEqual(again.records, first.records);
});

test("a damaged text entry is parsed again when the text is asked for", async () => {
  const f = folder();
  const first = await parseSeedsCached(f.dir, f.cache);
  for (const n of readdirSync(f.cache).filter((n) => n.endsWith(".text.json"))) writeFileSync(join(f.cache, n), "{");
  const again = await parseSeedsCached(f.dir, f.cache);
  assert.equal(again.parsed, 0);
  again.loadText(again.files);
  assert.deepEqual(again.records, first.records);
  assert.deepEqual(again.lines, first.lines);
});
