// Search shards: periods of the archive, the newest split by month, so that a daily bulletin re-indexes one month.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexShards, planShards, scratchFor } from "./shards.ts";
import type { SiteRecord } from "../site/build-data.ts";

const record = (n: number, date: string | null, titleTerms: string[] = []) => ({ url: `/articles/a-l${n}/`, date, source: { file: `seeds/${date ?? "x"}.txt` }, titleTerms }) as SiteRecord;
const keys = { content: (file: string) => `c:${file}`, segmentation: (file: string) => `s:${file}` };
const dates = ["2023-03-02", "2023-03-09", "2023-09-01", "2023-10-01", "2024-02-03", "2024-02-05", "2024-05-01", null];

test("the newest period is in month shards, the older in half-years, newest first and undated last", () => {
  const { shards, members } = planShards(dates.map((d, k) => record(k, d)), "t", keys, 2);
  assert.deepEqual(shards.map((s) => [s.name, s.count, s.year]), [["2024-05", 1, "2024"], ["2024-02", 2, "2024"], ["2023-h2", 2, "2023"], ["2023-h1", 2, "2023"], ["undated", 1, null]]);
  assert.deepEqual(members.get("2024-02")!.map((r) => r.date), ["2024-02-03", "2024-02-05"]);
});

test("a record added to the newest month changes that shard's hash alone; a new period gathers the last one's months", () => {
  const before = planShards(dates.map((d, k) => record(k, d)), "t", keys, 2).hashes;
  const added = planShards([...dates.map((d, k) => record(k, d)), record(99, "2024-05-20")], "t", keys, 2).hashes;
  assert.deepEqual(Object.keys(added).filter((name) => added[name] !== before[name]), ["2024-05"]);
  const next = planShards([...dates.map((d, k) => record(k, d)), record(99, "2024-07-01")], "t", keys, 2);
  assert.deepEqual(next.shards.map((s) => s.name).slice(0, 3), ["2024-07", "2024-h1", "2023-h2"]);
});

test("a shard's hash follows what Pagefind indexes: a bulletin's new keywords leave it, new title terms change it", () => {
  const records = dates.map((d, k) => record(k, d, ["标题"]));
  const before = planShards(records, "t", keys, 2).hashes;
  const rekeyed = planShards(records, "t", { ...keys, segmentation: (file: string) => `s2:${file}` }, 2).hashes;
  assert.deepEqual(rekeyed, before, "keywords are in the page's footer, which Pagefind ignores");
  const retitled = planShards(records.map((r, k) => (k === 4 ? { ...r, titleTerms: ["标", "题"] } : r)), "t", keys, 2).hashes;
  assert.deepEqual(Object.keys(retitled).filter((name) => retitled[name] !== before[name]), ["2024-02"]);
});

test("a period over the record bound, undated included, is split into shards of at most that many records", () => {
  const many = [...Array.from({ length: 7 }, () => null), "2024-02-03", "2024-02-05"];
  const { shards, members } = planShards(many.map((d, k) => record(k, d)), "t", keys, 100, 3);
  assert.deepEqual(shards.map((s) => [s.name, s.period, s.count, s.year]), [["all", "all", 3, null], ["all.2", "all", 3, null], ["all.3", "all", 3, null]]);
  const undated = planShards(many.map((d, k) => record(k, d)), "t", keys, 2, 3);
  assert.deepEqual(undated.shards.map((s) => [s.name, s.period, s.count]), [["2024-02", "2024-02", 2], ["undated", "undated", 3], ["undated.2", "undated", 3], ["undated.3", "undated", 1]]);
  assert.deepEqual(undated.members.get("undated.3")!.map((r) => r.url), ["/articles/a-l6/"], "in archive order");
  assert.ok(undated.shards.every((s) => s.count <= 3));
});

test("a newest period of no more than a third of the shard target stays one shard; a larger one is in months", () => {
  const years = ["2022-01-05", "2022-03-05", "2022-05-05", "2022-07-05", "2023-01-05", "2023-03-05", "2023-05-05", "2023-07-05", "2024-01-05", "2024-02-05"];
  const small = planShards(years.map((d, k) => record(k, d)), "t", keys, 9);
  assert.deepEqual(small.shards.map((s) => s.name), ["2024", "2023", "2022"]);
  const grown = planShards([...years, "2024-02-09", "2024-03-01"].map((d, k) => record(k, d)), "t", keys, 9);
  assert.deepEqual(grown.shards.map((s) => s.name), ["2024-03", "2024-02", "2024-01", "2023", "2022"]);
});

test("Pagefind works in memory when the tmpfs has room for the shard, and beside the site when not", () => {
  const tmpfs = mkdtempSync(join(tmpdir(), "scratch-"));
  try {
    assert.equal(scratchFor("out/_site", 1, 3000, tmpfs), join(tmpfs, `archive-index-${process.pid}-1`));
    assert.equal(scratchFor("out/_site", 1, 1e12, tmpfs), "out/_site.shard-1");
    assert.equal(scratchFor("out/_site", 0, 3000, join(tmpfs, "missing")), "out/_site.shard-0");
    assert.equal(scratchFor("out/_site", 0, 3000, null), "out/_site.shard-0");
  } finally {
    rmSync(tmpfs, { recursive: true });
  }
});

test("a shard indexed in memory and one indexed on disk are the same files, copied into the site", async () => {
  const dir = mkdtempSync(join(tmpdir(), "shard-"));
  try {
    const site = join(dir, "site");
    const records = ["红旗区 志愿服务进社区", "卫滨区 召开安全生产会议"].map((text, k) => {
      const r = record(k, "2024-02-03");
      mkdirSync(join(site, r.url), { recursive: true });
      writeFileSync(join(site, r.url, "index.html"), `<!DOCTYPE html><html lang="zh-CN"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text}。</p></main></body></html>`);
      return r;
    });
    const { shards, members } = planShards(records, "t", keys);
    const work = shards.map((shard) => ({ shard, records: members.get(shard.name)! }));
    const files = (root: string): Record<string, string> => {
      const out: Record<string, string> = {};
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : (out[join(d, e.name).slice(root.length)] = readFileSync(join(d, e.name)).toString("base64"));
      };
      walk(root);
      return out;
    };
    const built: Record<string, string>[] = [];
    for (const tmpfs of [dir, null]) {
      const into = join(dir, `out-${built.length}`);
      await indexShards(into, (url) => join(site, url, "index.html"), work, 2, () => {}, tmpfs);
      built.push(files(join(into, shards[0]!.path)));
    }
    assert.ok(built[0]!["pagefind.js"], "the shard's runtime is in the site");
    assert.equal(Object.keys(built[0]!).filter((f) => f.startsWith("fragment/")).length, 2, "one fragment per page");
    assert.deepEqual(built[0], built[1]);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith("archive-index-")), [], "no scratch folder is left in memory");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
