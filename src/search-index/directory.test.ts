import { test } from "node:test";
import assert from "node:assert/strict";
import { countKeys, directoryFiles, recordText, shardKeys, bucketCount, LIST_MAX, type ShardKeys } from "./directory.ts";
import { bucketOf, keyOf, termKeys, type DirectoryInfo } from "./keys.ts";
import { lookupQuery, recordUrls, type Bucket } from "./lookup.ts";

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The records (index in the shard) packed keys list for `key`, or null when more than LIST_MAX records hold it or none. */
function listedRecords(keys: ShardKeys, key: number): number[] | null {
  for (let i = 0; i + 1 < keys.length; i += 2 + (keys[i + 1]! <= LIST_MAX ? keys[i + 1]! : 0)) {
    if (keys[i] !== key) continue;
    const n = keys[i + 1]!;
    return n <= LIST_MAX ? Array.from(keys.subarray(i + 2, i + 2 + n)) : null;
  }
  return null;
}


const rec = (paragraphs: string[], title = "标题") => ({ section: null, kicker: null, pretitle: null, title, subtitle: null, byline: { raw: "", people: [] }, paragraphs, captions: [], credits: [] });

/** Builds a directory in memory from shard name → texts, and answers lookups from it. */
function directory(shards: Record<string, string[]>, fold?: (s: string) => string) {
  const lookup = directoryLookup(shards, fold);
  return async (terms: string[]) => (await lookup(terms)).shards;
}
/** The same, answering with the records too, as the URLs `/<shard>/<index>/`. */
function directoryLookup(shards: Record<string, string[]>, fold?: (s: string) => string) {
  const names = Object.keys(shards);
  const keysOf = new Map(names.map((n) => [n, shardKeys(shards[n]!, fold)]));
  const { buckets, files, records } = directoryFiles(names, keysOf, (n) => shards[n]!.map((_, k) => `/${n}/${k}/`));
  const dir: DirectoryInfo = { path: "pagefind/dir-x/", buckets, shards: names, recordsPerFile: 256 };
  return async (terms: string[]) => {
    const found = await lookupQuery(dir, terms, async (b) => JSON.parse(utf8(files.get(b)!)) as Bucket);
    const urls = found.records && (await recordUrls(dir, found.records, async (p) => JSON.parse(records.get(p.slice(dir.path.length))!) as string[]));
    return { shards: found.shards, records: urls };
  };
}

test("a query's keys are its pairs, or its one character; white space splits", () => {
  assert.deepEqual(termKeys("一上场"), ["一上", "上场"]);
  assert.deepEqual(termKeys("社"), ["社"]);
  assert.deepEqual(termKeys("ABc"), ["ab", "bc"]);
  assert.deepEqual(termKeys("一 上场"), ["一", "上场"]);
});

test("a record counts a key once, and the count is of records", () => {
  const df = new Map<number, number>();
  const last = new Map<number, number>();
  countKeys("社区社区", 0, df, last);
  countKeys("社区", 1, df, last);
  assert.equal(df.get(keyOf("社".charCodeAt(0), "区".charCodeAt(0))), 2);
  assert.equal(df.get("社".charCodeAt(0)), 2);
  assert.equal(df.get(keyOf("区".charCodeAt(0), "社".charCodeAt(0))), 1);
});

test("a rare string of common pairs: only the shards holding every pair are candidates", async () => {
  const find = directory({
    "2025": ["他一上午都在社区", "球员上场比赛"], // both pairs, never together in one record: still a candidate
    "2016": ["这里没有"],
    "2006": ["队员一上场就进球"],
  });
  const c = await find(["一上场"]);
  assert.deepEqual([...c.keys()].sort(), ["2006", "2025"]);
  assert.equal(c.get("2006"), 1);
  assert.deepEqual([...(await find(["进球", "队员"])).keys()], ["2006"]);
});

test("a word no record holds has no shard: the page can say 未找到 at once", async () => {
  const find = directory({ a: ["社区活动"], b: ["志愿服务"] });
  assert.equal((await find(["社服"])).size, 0);
  assert.equal((await find(["社区", "志愿"])).size, 0, "two words in different shards: no shard holds both");
  assert.equal((await find(["x"])).size, 0);
});

test("a pair across a line break or a space is not a key; Latin is lower-cased", async () => {
  const find = directory({ a: ["第一段\n第二段 Pagefind"] });
  assert.equal((await find(["段第"])).size, 0);
  assert.equal((await find(["pagefind"])).size, 1);
  assert.equal((await find(["PageFind"])).size, 1);
});

test("Traditional text is found by its Simplified folding and as printed", async () => {
  const fold = (s: string) => s.replace(/書/g, "书").replace(/畫/g, "画");
  const find = directory({ a: ["金陵書畫社成立"], b: ["其他"] }, fold);
  assert.deepEqual([...(await find(["书画社"])).keys()], ["a"]);
  assert.deepEqual([...(await find(["書畫社"])).keys()], ["a"]);
});

test("the record's text holds what the article page indexes, labels included", () => {
  const t = recordText({ ...rec(["正文"]), subtitle: "副题", byline: { raw: "本报记者 张苗", people: [{ name: "张苗", role: "记者" }] }, captions: [{ text: "图片" }] });
  for (const s of ["标题", "——副题", "记者 张苗", "正文", "图注:图片"]) assert.ok(t.includes(s), s);
});

test("buckets grow with the keys and every key is in the file its hash names", () => {
  assert.equal(bucketCount(1000), 16);
  assert.equal(bucketCount(2_000_000), 256);
  const keysOf = new Map([["a", shardKeys(["一二三四五六七八九十"])]]);
  const { buckets, files } = directoryFiles(["a"], keysOf);
  for (const k of ["一二", "九十", "五"]) assert.ok(k in (JSON.parse(utf8(files.get(bucketOf(k, buckets))!)) as Bucket), k);
});

test("a shard's keys are cached by its hash: read back the same, counted again when the hash changes", async () => {
  const { mkdtempSync, readdirSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { cachedShardKeys } = await import("./directory.ts");
  const dir = mkdtempSync(join(tmpdir(), "directory-"));
  let counted = 0;
  const count = (texts: string[]) => () => (counted++, shardKeys(texts));
  const first = cachedShardKeys(dir, "2024.2", "h1", count(["社区活动"]));
  assert.deepEqual(cachedShardKeys(dir, "2024.2", "h1", count(["other"])), first);
  assert.equal(counted, 1);
  const other = cachedShardKeys(dir, "2024", "h1", count(["志愿"]));
  assert.notDeepEqual(other, first, "a shard named as another's prefix keeps its own entry");
  cachedShardKeys(dir, "2024.2", "h2", count(["新的"]));
  assert.equal(counted, 3);
  assert.deepEqual(readdirSync(join(dir, "directory")).sort(), [`2024.2.h2-${LIST_MAX}.bin`, `2024.h1-${LIST_MAX}.bin`]);
});

test("a key few records hold names them: the records holding every rare key of the query; none when no key is rare", async () => {
  const common = "社区居民参加活动。";
  const many = Array.from({ length: LIST_MAX + 1 }, () => common);
  const find = directoryLookup({ a: [...many, "社区里的蝴蝶兰开了"], b: ["蝴蝶兰展览", "兰花", "蝴蝶飞"] });
  assert.deepEqual((await find(["蝴蝶兰"])).records?.sort(), [`a/${LIST_MAX + 1}/`, "b/0/"]);
  assert.deepEqual((await find(["蝴蝶兰", "社区"])).records, [`a/${LIST_MAX + 1}/`], "a common word narrows nothing; the rare one names the record");
  assert.deepEqual((await find(["蝴蝶", "展览"])).records, ["b/0/"]);
  assert.equal((await find(["社区"])).records, null, `社区 is in ${LIST_MAX + 2} records: no list`);
  assert.deepEqual((await find(["兰飞"])).records, [], "no record holds it");
  const long = directoryLookup({ a: ["其他"], c: [...Array.from({ length: 300 }, (_, k) => `第${k}条`), "白玉兰开了"] });
  assert.deepEqual((await long(["白玉兰"])).records, ["c/300/"], "a record past the first file of its shard's URLs");
});

test("a shard's cached keys give back its record lists", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { cachedShardKeys } = await import("./directory.ts");
  const dir = mkdtempSync(join(tmpdir(), "directory-"));
  const texts = [...Array.from({ length: LIST_MAX + 3 }, () => "社区"), "蝴蝶兰"];
  const counted = cachedShardKeys(dir, "2024", "h", () => shardKeys(texts));
  const read = cachedShardKeys(dir, "2024", "h", () => assert.fail("read from the cache"));
  assert.deepEqual(read, counted);
  assert.deepEqual(listedRecords(read, keyOf("蝴".charCodeAt(0), "蝶".charCodeAt(0))), [LIST_MAX + 3]);
  assert.equal(listedRecords(read, keyOf("社".charCodeAt(0), "区".charCodeAt(0))), null);
});

test("a string of common pairs is only in the shards whose trigram filter holds it; a filter never misses one", async () => {
  const { shardTrigrams, trigramFiles } = await import("./trigrams.ts");
  const shards: Record<string, string[]> = {
    "2025": ["他一上午都在社区", "球员上场比赛"],
    "2016": ["这里没有"],
    "2006": ["队员一上场就进球"],
  };
  const names = Object.keys(shards);
  const keysOf = new Map(names.map((n) => [n, shardKeys(shards[n]!)]));
  const { buckets, files } = directoryFiles(names, keysOf);
  const filters = trigramFiles(names, new Map(names.map((n) => [n, shardTrigrams(shards[n]!)])));
  const dir: DirectoryInfo = { path: "pagefind/dir-x/", buckets, shards: names, trigrams: filters.info };
  const find = async (terms: string[]) =>
    (
      await lookupQuery(
        dir,
        terms,
        async (b) => JSON.parse(utf8(files.get(b)!)) as Bucket,
        async (p) => {
          const bytes = filters.files.get(p.slice(dir.path.length))!;
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        },
      )
    ).shards;
  assert.deepEqual([...(await find(["一上场"])).keys()], ["2006"], "both pairs are in 2025 too, the string only in 2006");
  assert.deepEqual([...(await find(["社区"])).keys()], ["2025"], "a two-character word: the pairs alone");
  assert.equal((await find(["场一上"])).size, 0);
  // no false "no": every string of many texts is found in its shard
  const many = Array.from({ length: 3000 }, (_, k) => `第${k}号楼的居民${String.fromCharCode(0x4e00 + (k % 500))}${String.fromCharCode(0x4e00 + ((k * 7) % 900))}参加活动`);
  const bigNames = ["a", "b"];
  const bigTexts: Record<string, string[]> = { a: many, b: ["无关的文字"] };
  const bigKeys = new Map(bigNames.map((n) => [n, shardKeys(bigTexts[n]!)]));
  const bigDirFiles = directoryFiles(bigNames, bigKeys);
  const big = trigramFiles(bigNames, new Map(bigNames.map((n) => [n, shardTrigrams(bigTexts[n]!)])));
  const bigDir: DirectoryInfo = { path: "d/", buckets: bigDirFiles.buckets, shards: bigNames, trigrams: big.info };
  const inA = async (term: string) =>
    (
      await lookupQuery(bigDir, [term], async (b) => JSON.parse(utf8(bigDirFiles.files.get(b)!)) as Bucket, async (p) => {
        const bytes = big.files.get(p.slice(2))!;
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      })
    ).shards.has("a");
  let misses = 0;
  for (const text of many.slice(0, 300)) if (!(await inA(text.slice(2, 9)))) misses++;
  assert.equal(misses, 0);
});

test("the directory's parts: the newest period's months, else the newest shard, apart from the others", async () => {
  const { directoryParts } = await import("./directory.ts");
  const names = (...n: string[]) => n.map((name) => ({ name }));
  assert.deepEqual(directoryParts(names("2025-03", "2025-02", "2024-h2", "2024-h1", "undated")), [["2025-03", "2025-02"], ["2024-h2", "2024-h1", "undated"]]);
  assert.deepEqual(directoryParts(names("2025", "2024", "undated")), [["2025"], ["2024", "undated"]]);
  assert.deepEqual(directoryParts(names("all")), [["all"]]);
  assert.deepEqual(directoryParts(names("2025-02", "2025-01")), [["2025-02", "2025-01"]], "only the newest period: one part");
  assert.deepEqual(directoryParts(names("undated", "undated.2")), [["undated", "undated.2"]]);
  // a month over the shard bound, in several shards: all of them the newest part
  const shards = [["2025-03", "2025-03"], ["2025-03.2", "2025-03"], ["2025-02", "2025-02"], ["2024-h2", "2024-h2"], ["2024-h2.2", "2024-h2"], ["undated", "undated"]].map(([name, period]) => ({ name: name!, period }));
  assert.deepEqual(directoryParts(shards), [["2025-03", "2025-03.2", "2025-02"], ["2024-h2", "2024-h2.2", "undated"]]);
  assert.deepEqual(directoryParts([{ name: "2025", period: "2025" }, { name: "2025.2", period: "2025" }, { name: "2024", period: "2024" }]), [["2025", "2025.2"], ["2024"]]);
});

/** Shards' texts written as a directory in parts, as the build writes it (file system), and a lookup over its parts. */
async function partsOnDisk(site: string, cache: string, shards: Record<string, string[]>, hashes: Record<string, string>, live: string | null = null, previous: DirectoryInfo[] = []) {
  const { buildDirectory } = await import("./directory.ts");
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { lookupParts, partRecordUrls } = await import("./lookup.ts");
  const built = await buildDirectory(site, cache, Object.keys(shards).map((name) => ({ name })), hashes, (n) => shards[n]!, (n) => shards[n]!.map((_, k) => `/${n}/${k}/`), live, previous);
  // a kept part is read from the live site, as the published tree holds it
  const read = (path: string) => readFileSync(join(built.parts.some((d) => path.startsWith(d.path) && previous.includes(d)) ? live! : site, path), "utf8");
  const find = async (terms: string[]) => {
    const found = await lookupParts(built.parts, terms, async (d, b) => JSON.parse(read(`${d.path}${b.toString(16)}.json`)) as Bucket);
    return { shards: [...found.shards.keys()].sort(), records: found.records && (await partRecordUrls(built.parts, found.records, async (p) => JSON.parse(read(p)) as string[])).sort() };
  };
  return { ...built, find };
}

test("a query is looked up in every part: their shards together; records when every part holding the key names them", async () => {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "directory-"));
  try {
    const many = Array.from({ length: LIST_MAX + 1 }, () => "社区居民参加活动。");
    const { parts, find } = await partsOnDisk(join(dir, "site"), join(dir, "cache"), { "2025-02": ["蝴蝶兰开了", "社区"], "2025-01": ["老街"], "2024": ["蝴蝶兰展览", ...many] }, { "2025-02": "a", "2025-01": "b", "2024": "c" });
    assert.equal(parts.length, 2);
    assert.deepEqual(await find(["蝴蝶兰"]), { shards: ["2024", "2025-02"], records: ["2024/0/", "2025-02/0/"] });
    assert.deepEqual(await find(["社区"]), { shards: ["2024", "2025-02"], records: null }, "common in one part: its shards are read");
    assert.deepEqual(await find(["老街"]), { shards: ["2025-01"], records: ["2025-01/0/"] });
    assert.deepEqual(await find(["兰街"]), { shards: [], records: [] }, "no part holds it: 未找到");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a rebuild keeps the live site's part whose shards are unchanged and writes the other; a part that lost a file is written again", async () => {
  const { mkdtempSync, rmSync, readdirSync, unlinkSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "directory-"));
  try {
    const cache = join(dir, "cache");
    const live = join(dir, "live");
    const texts = { "2025-02": ["蝴蝶兰开了"], "2025-01": ["老街"], "2024": ["白玉兰展览"] };
    const first = await partsOnDisk(live, cache, texts, { "2025-02": "a", "2025-01": "b", "2024": "c" });
    assert.equal(first.written, 2);
    const added = { ...texts, "2025-02": ["蝴蝶兰开了", "新桥通车"] };
    const second = await partsOnDisk(join(dir, "stage"), cache, added, { "2025-02": "a2", "2025-01": "b", "2024": "c" }, live, first.parts);
    assert.equal(second.written, 1);
    assert.equal(second.parts[1], first.parts[1], "the older shards' part, as the live site lists it");
    assert.notEqual(second.parts[0]!.path, first.parts[0]!.path);
    assert.deepEqual(readdirSync(join(dir, "stage/pagefind")), [second.parts[0]!.path.split("/")[1]]);
    assert.deepEqual((await second.find(["白玉兰"])).records, ["2024/0/"]);
    assert.deepEqual((await second.find(["新桥"])).records, ["2025-02/1/"]);
    const kept = join(live, first.parts[1]!.path);
    // a bucket file replaced by hand, as many files as before: written again
    const bucket = readdirSync(kept).find((f) => f.endsWith(".json") && !f.startsWith("r-"))!;
    writeFileSync(join(kept, bucket), "{}");
    const replaced = await partsOnDisk(join(dir, "stage1"), cache, added, { "2025-02": "a2", "2025-01": "b", "2024": "c" }, live, first.parts);
    assert.equal(replaced.written, 2);
    unlinkSync(join(kept, readdirSync(kept)[0]!));
    const third = await partsOnDisk(join(dir, "stage2"), cache, added, { "2025-02": "a2", "2025-01": "b", "2024": "c" }, live, first.parts);
    assert.equal(third.written, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
