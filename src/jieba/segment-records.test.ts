// Segmentation is cached per bulletin; a word new to the user dictionary re-segments only the bulletins that contain it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBulletin } from "../parse/index.ts";
import { bigrams, preloadJieba, segmentRecords } from "./segment-records.ts";

const A = "红旗区\n\n渠东街道开展义诊活动\n\n本报讯(记者 王新)4月20日,渠东街道在文化广场开展义诊活动,为居民测量血压。\n";
const B = "卫滨区\n\n铁西街道举办书法展\n\n本报讯(记者 李亮)4月21日,铁西街道举办书法展,展出作品八十余幅。\n";

function archive() {
  const records = [parseBulletin("a.txt", Buffer.from(A)), parseBulletin("b.txt", Buffer.from(B))].flatMap((p) => p.records);
  return { records, keys: new Map([["a.txt", "key-a"], ["b.txt", "key-b"]]) };
}

const view = (records: { id: string; keywords: string[] }[], terms: Map<string, string[]>) => records.map((r) => [r.id, r.keywords, terms.get(r.id)]);

test("bigrams pairs each run of Chinese characters", () => {
  assert.deepEqual(bigrams("解放区 A1 文化"), ["解放", "放区", "文化"]);
});

test("an unchanged bulletin is not segmented again", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  const first = archive();
  const one = await segmentRecords(first.records, first.keys, cache, ["渠东街道"]);
  assert.equal(one.computed, first.records.length);
  const second = archive();
  const two = await segmentRecords(second.records, second.keys, cache, ["渠东街道"]);
  assert.equal(two.computed, 0);
  assert.deepEqual(view(second.records, two.titleTerms), view(first.records, one.titleTerms));
  assert.deepEqual(two.sums, one.sums, "a bulletin's segmentation key stays while its segmentation does");
});

test("a word new to the dictionary re-segments only the bulletins that contain it, as a fresh build would", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  const before = archive();
  await segmentRecords(before.records, before.keys, cache, ["渠东街道"]);
  const after = archive();
  const again = await segmentRecords(after.records, after.keys, cache, ["渠东街道", "书法展"]);
  assert.equal(again.dictChanged, 1, "only b.txt has 书法展");
  assert.equal(again.computed, after.records.filter((r) => r.source.file === "b.txt").length);
  const fresh = archive();
  const all = await segmentRecords(fresh.records, fresh.keys, mkdtempSync(join(tmpdir(), "segment-")), ["渠东街道", "书法展"]);
  assert.deepEqual(view(after.records, again.titleTerms), view(fresh.records, all.titleTerms));
  assert.deepEqual(again.sums, all.sums, "segmentation keys name what segmentation gave, however it was reached");
  assert.ok(again.titleTerms.get(after.records.find((r) => r.source.file === "b.txt")!.id)!.includes("书法展"), "the new word is cut whole");
});

test("a rebuild segments its new records with jieba preloaded while it parsed, as a fresh build would", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  const first = archive();
  await segmentRecords(first.records.filter((r) => r.source.file === "a.txt"), new Map([["a.txt", "key-a"]]), cache, ["渠东街道"]);
  const preloaded = preloadJieba(cache);
  assert.ok(preloaded, "the last build's dictionary is there to load");
  try {
    const second = archive();
    const rebuilt = await segmentRecords(second.records, second.keys, cache, ["渠东街道"], preloaded);
    assert.equal(rebuilt.preloadUsed, true);
    assert.equal(rebuilt.computed, second.records.filter((r) => r.source.file === "b.txt").length);
    const fresh = archive();
    const all = await segmentRecords(fresh.records, fresh.keys, mkdtempSync(join(tmpdir(), "segment-")), ["渠东街道"]);
    assert.deepEqual(view(second.records, rebuilt.titleTerms), view(fresh.records, all.titleTerms));
  } finally {
    await preloaded.worker.terminate();
  }
});

test("a preload with a dictionary that has since changed is not used", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  const first = archive();
  await segmentRecords(first.records, first.keys, cache, ["渠东街道"]);
  const preloaded = preloadJieba(cache)!;
  try {
    const second = archive();
    const rebuilt = await segmentRecords(second.records, second.keys, cache, ["渠东街道", "书法展"], preloaded);
    assert.equal(rebuilt.preloadUsed, false);
    assert.equal(rebuilt.dictChanged, 1);
  } finally {
    await preloaded.worker.terminate();
  }
});

test("a rebuild that only adds bulletins writes their segmentation beside the cache, which the next build reads with it", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  const first = archive();
  const onlyA = first.records.filter((r) => r.source.file === "a.txt");
  await segmentRecords(onlyA, new Map([["a.txt", "key-a"]]), cache, ["渠东街道"]);
  const base = readFileSync(join(cache, "segment.json"));
  const second = archive();
  const added = await segmentRecords(second.records, second.keys, cache, ["渠东街道"]);
  assert.equal(added.computed, second.records.length - onlyA.length);
  assert.ok(readFileSync(join(cache, "segment.json")).equals(base), "segment.json is not written again");
  assert.ok(existsSync(join(cache, "segment-new.json")));
  const third = archive();
  const again = await segmentRecords(third.records, third.keys, cache, ["渠东街道"]);
  assert.equal(again.computed, 0, "the additions are read with the cache");
  assert.deepEqual(again.sums, added.sums);
  // a bulletin gone: the cache is written whole again, without it, and the additions folded in
  const fourth = archive();
  const gone = await segmentRecords(fourth.records.filter((r) => r.source.file === "b.txt"), new Map([["b.txt", "key-b"]]), cache, ["渠东街道"]);
  assert.equal(gone.computed, 0);
  assert.ok(!existsSync(join(cache, "segment-new.json")));
  const fifth = archive();
  const last = await segmentRecords(fifth.records.filter((r) => r.source.file === "b.txt"), new Map([["b.txt", "key-b"]]), cache, ["渠东街道"]);
  assert.equal(last.computed, 0);
});

test("a cache written by older code is replaced, not read", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  writeFileSync(join(cache, "segment.json"), Buffer.from(JSON.stringify({ code: "older", dictKey: "x", words: [], entries: { "key-a": [] } }), "utf16le"));
  const a = archive();
  const result = await segmentRecords(a.records, a.keys, cache, ["渠东街道"]);
  assert.equal(result.computed, a.records.length);
});

test("a damaged segmentation cache or user dictionary is noticed (a checksum, its words), made again with a warning", async () => {
  const cache = mkdtempSync(join(tmpdir(), "segment-"));
  const first = archive();
  const one = await segmentRecords(first.records, first.keys, cache, ["渠东街道"]);
  // an edited but valid cache entry: other keywords for a.txt
  const path = join(cache, "segment.json");
  const buf = readFileSync(path);
  const nl = buf.indexOf(10);
  const body = buf.subarray(nl + 1).toString("utf16le");
  assert.ok(body.includes("义诊"));
  writeFileSync(path, Buffer.concat([buf.subarray(0, nl + 1), Buffer.from(body.replaceAll("义诊", "伪造"), "utf16le")]));
  // and a dictionary cut short
  const dict = readdirSync(cache).find((f) => f.startsWith("jieba-user-"))!;
  writeFileSync(join(cache, dict), "");
  const warnings: string[] = [];
  const error = console.error;
  console.error = (m: string) => warnings.push(m);
  let two;
  const second = archive();
  try {
    two = await segmentRecords(second.records, second.keys, cache, ["渠东街道"]);
  } finally {
    console.error = error;
  }
  assert.equal(two.computed, second.records.length, "segmented again");
  assert.deepEqual(view(second.records, two.titleTerms), view(first.records, one.titleTerms));
  assert.ok(!JSON.stringify(view(second.records, two.titleTerms)).includes("伪造"));
  assert.equal(readFileSync(join(cache, dict), "utf8"), "渠东街道 1000 n\n", "the dictionary is whole again");
  assert.equal(warnings.filter((w) => w.includes("build/damaged-cache")).length, 2, warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes("segment.json") && w.includes("warning")));
});
