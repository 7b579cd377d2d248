// Search shards: periods of the archive, the newest split by month, so that a daily bulletin re-indexes one month.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planShards, scratchFor } from "./shards.ts";
import type { SiteRecord } from "../site/build-data.ts";

const record = (n: number, date: string | null) => ({ url: `/articles/a-l${n}/`, date, source: { file: `seeds/${date ?? "x"}.txt` } }) as SiteRecord;
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
