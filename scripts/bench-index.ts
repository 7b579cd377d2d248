// npm run bench:index -- [--site DIR] [--shards N] [--parallel N]: indexes the first N half-year (or year) shards of a
// built site with Pagefind, in memory (tmpfs) and on disk in turn, and prints for each the wall time and the CPU time of
// the children (Pagefind, cp), user and system, and of this process. The indexes go to a scratch folder; the site is
// not changed. Linux only (children's CPU time from /proc/self/stat).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { indexShards, planShards } from "../src/pipeline/shards.ts";
import type { SiteRecord } from "../src/site/build-data.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: ".bench/100000/site" }, shards: { type: "string", default: "6" }, parallel: { type: "string", default: "2" } } });
const site = values.site!;
const records = JSON.parse(readFileSync(join(site, "api/articles.json"), "utf8")) as SiteRecord[];
const { shards, members } = planShards(records, "", { content: () => "", segmentation: () => "" });
const periods = shards.filter((s) => /^\d{4}(-h[12])?$/.test(s.name));
const work = (periods.length ? periods : shards).slice(0, Number(values.shards)).map((shard) => ({ shard, records: members.get(shard.name)! }));
const pages = work.reduce((n, w) => n + w.records.length, 0);

/** CPU seconds of the children this process has waited for: user, system (fields 16 and 17 of /proc/self/stat, in ticks of 1/100 s). */
function childrenCpu(): [number, number] {
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  return [Number(fields[13]) / 100, Number(fields[14]) / 100];
}

for (const [where, tmpfs] of [["in memory (/dev/shm)", "/dev/shm"], ["on disk", null]] as const) {
  const out = mkdtempSync(join(tmpdir(), "bench-index-"));
  const t = Date.now();
  const self = process.cpuUsage();
  const [user0, sys0] = childrenCpu();
  await indexShards(out, (url) => join(site, url, "index.html"), work, Number(values.parallel), () => {}, tmpfs);
  const own = process.cpuUsage(self);
  const [user1, sys1] = childrenCpu();
  console.log(`${where}: ${work.length} shards, ${pages} pages in ${((Date.now() - t) / 1000).toFixed(1)} s; children ${(user1 - user0).toFixed(1)} s user, ${(sys1 - sys0).toFixed(1)} s system; this process ${((own.user + own.system) / 1e6).toFixed(1)} s`);
  rmSync(out, { recursive: true, force: true });
}
