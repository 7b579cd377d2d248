// In real Chromium against the built site: the search page finds, opens, converts, filters, says 未找到, and works offline.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { serve } from "../serve.ts";
import { useSiteInChromium } from "./chromium.ts";
import { runQueries, score, type Query } from "./search-eval.ts";

const site = useSiteInChromium("_site");


test("search for 花馍 finds the article and opens it", async () => {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  const chunks: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    if (/\/assets\/chunk-/.test(r.url())) chunks.push(r.url());
  });
  await page.goto(`${site.url}search/?q=${encodeURIComponent("花馍")}`);
  const first = page.locator("[data-results] a").first();
  await first.waitFor({ timeout: 15000 });
  assert.match(await page.locator("#search-status").innerText(), /找到 \d+ 条/);
  assert.equal(await page.inputValue("#search-q"), "花馍");
  assert.match(await page.locator("[data-results] .excerpt").first().innerHTML(), /<mark>花馍<\/mark>/);
  assert.deepEqual(chunks, [], "the Traditional→Simplified converter is not loaded for a Simplified query");
  await first.click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
  assert.match(await page.locator("h1").innerText(), /花馍/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("every kind of query in the evaluation set finds its record in the top five, and absent words find nothing", async () => {
  const { queries } = JSON.parse(readFileSync("scripts/search-queries.json", "utf8")) as { queries: Query[] };
  const records = JSON.parse(readFileSync("_site/api/articles.json", "utf8"));
  const page = await site.browser.newPage();
  const results = await runQueries(page, site.url, queries, records, OpenCC.Converter({ from: "t", to: "cn" }));
  await page.close();
  const misses = results.filter((r) => !r.found).map((r) => `${r.kind}: ${r.q} → ${r.top.join(", ") || r.status}`);
  assert.deepEqual(misses, []);
  assert.ok(score(results).precision >= 0.95, `literal precision@5 ${score(results).precision}`);
});

test("filters and sort live in the URL: a shared search reloads the same", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent("社区")}&district=${encodeURIComponent("郑州经开区")}&sort=date`);
  await page.locator('[data-results][aria-busy="false"] a').first().waitFor({ timeout: 15000 });
  const where = await page.locator("[data-results] .meta").allInnerTexts();
  assert.ok(where.length > 0 && where.every((w) => w.includes("郑州经开区")), where.join(" | "));
  assert.equal(await page.locator(`#search-districts input[value="郑州经开区"]`).isChecked(), true);
  assert.equal(await page.inputValue("#search-sort"), "date");
  await page.locator("#search-districts input[value='郑州经开区']").uncheck();
  await page.waitForURL((u) => !u.search.includes("district"));
  assert.match(page.url(), /sort=date/);
  await page.close();
});

test("after one visit, search works with the network off", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent("花馍")}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.locator("[data-results] a").first().click();
  await page.waitForURL(/\/articles\//);
  const seen = page.url();

  await context.setOffline(true);
  await page.goto(`${site.url}search/?q=${encodeURIComponent("象棋")}`);
  await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });
  assert.match(await page.locator("[data-results] a").first().innerText(), /产业园/);
  await page.goto(seen);
  assert.match(await page.locator("h1").innerText(), /花馍/, "a page read before opens offline");
  await page.locator("[data-results] a").first().waitFor({ state: "detached" });
  await page.goto(`${site.url}dates/unknown/`);
  assert.match(await page.locator("h1").innerText(), /离线/, "an unseen page says it is not saved, not 404");
  await context.close();
});

test("under a path prefix, search finds and opens articles inside the prefix", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { spawnSync } = await import("node:child_process");
  const out = join(mkdtempSync(join(tmpdir(), "archive-")), "site");
  const built = spawnSync("npx", ["tsx", "scripts/build.ts", "--out", out], { encoding: "utf8", env: { ...process.env, PATH_PREFIX: "/archive/" } });
  assert.equal(built.status, 0, built.stderr);
  const prefixed = await serve(out, 0, "/archive/");
  const page = await site.browser.newPage();
  await page.goto(`${prefixed.url}search/?q=${encodeURIComponent("花馍")}`);
  const first = page.locator("[data-results] a").first();
  await first.waitFor({ timeout: 15000 });
  assert.match((await first.getAttribute("href")) ?? "", /^\/archive\/articles\//);
  await first.click();
  await page.waitForURL(/\/archive\/articles\//);
  assert.match(await page.locator("h1").innerText(), /花馍/);
  await page.close();
  prefixed.server.close();
});

// A small archive split into many shards (a tiny shard target): what the directory and the merged ranking must get right.
// Every year's stories are full of 一上午 and 上场比赛 (so both pairs of 一上场 are in every shard), and one story of 2006
// holds 一上场 itself; 蝴蝶兰 is in one story of 2006 only; 葫芦丝 fills the title and text of a story of 2012 and is
// said once in long stories of later years; one story of 2018 is printed in Traditional characters.
const FILLER = "一上午,社区组织居民开展活动,队员们轮流上场比赛,观众一上来就鼓掌。一位老人说,上场的队员都很努力,一上午的比赛十分精彩。";
function smallArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), "archive-shards-"));
  const seeds = join(dir, "seeds");
  mkdirSync(seeds);
  const bulletins: Record<string, { paper: string; city: string; date: string }> = {};
  const story = (title: string, text: string) => [`# ${title}`, "", `本报讯(记者王伟 通讯员 李强)${text}`, "", FILLER, ""];
  for (const year of [2006, 2012, 2018, 2024]) {
    for (const month of [3, 5, 9, 11]) {
      const date = `${year}-${String(month).padStart(2, "0")}-10`;
      const lines = ["", ""];
      for (let k = 0; k < 3; k++) {
        const special =
          k === 0 && year === 2006 && month === 3
            ? story("红旗区举办少年足球赛", `${FILLER}比赛中,小队员一上场就进了球。`)
            : k === 0 && year === 2006 && month === 5
              ? story("卫滨区花卉展开幕", `展出的蝴蝶兰吸引了居民。${FILLER}`)
              : k === 0 && year === 2012 && month === 9
                ? story("葫芦丝进社区 葫芦丝课堂开课", `葫芦丝老师教居民吹葫芦丝,葫芦丝声悠扬。${FILLER}`)
                : k === 0 && year >= 2018 && month === 11
                  ? story(`${year}年社区文艺汇演举行`, `${FILLER.repeat(3)}节目有合唱、舞蹈和葫芦丝独奏。${FILLER.repeat(3)}`)
                  : k === 1 && year === 2018 && month === 5
                    ? story("金陵書畫社舉辦展覽", `金陵書畫社近日在社區舉辦書畫展覽,展出作品六十幅。${FILLER}`)
                    : story(`牧野区开展第${year}${month}${k}次志愿服务活动`, `志愿者走进社区。${FILLER}`);
        lines.push(...special);
      }
      const name = `${date}-xx-${k3(year, month)}.txt`;
      writeFileSync(join(seeds, name), lines.join("\n"));
      bulletins[name] = { paper: "新乡日报", city: "新乡", date };
    }
  }
  writeFileSync(join(seeds, "manifest.json"), JSON.stringify({ bulletins }));
  return dir;
}
const k3 = (y: number, m: number) => `${y}${String(m).padStart(2, "0")}`;

let small: { url: string; close(): void; site: string } | null = null;
async function smallSite() {
  if (small) return small;
  const dir = smallArchive();
  const out = join(dir, "site");
  const { build } = await import("../pipeline/pipeline.ts");
  await build({ seeds: join(dir, "seeds"), out, cacheDir: join(dir, "cache"), quiet: true, shardTarget: 6, shardMax: 6 });
  const s = await serve(out);
  small = { url: s.url, close: () => s.server.close(), site: out };
  return small;
}
after(() => small?.close());

async function searchSmall(q: string, extra = "") {
  const { url } = await smallSite();
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${url}search/?q=${encodeURIComponent(q)}${extra}`);
  await page.locator('[data-results][aria-busy="false"]').waitFor({ state: "attached", timeout: 30000 });
  await page.waitForFunction(() => !/正在搜索/.test(document.querySelector("#search-status")?.textContent ?? ""), null, { timeout: 30000 });
  const hrefs = await page.locator("[data-results] a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const status = await page.locator("#search-status").innerText();
  await page.close();
  return { hrefs, status, fetched };
}

const articleOf = (site: string, pred: (r: { headline: string | null; date: string | null; url: string }) => boolean) => {
  const records = JSON.parse(readFileSync(join(site, "api/articles.json"), "utf8")) as { headline: string | null; date: string | null; url: string }[];
  return records.filter(pred);
};

test("a rare string of common pairs is found in its old shard, and a string no record holds says 未找到", async () => {
  const { site: out } = await smallSite();
  const holder = articleOf(out, (r) => r.headline === "红旗区举办少年足球赛");
  assert.equal(holder.length, 1);
  const r = await searchSmall("一上场");
  assert.deepEqual(r.hrefs, [holder[0]!.url], r.status);
  assert.match(r.status, /找到 1 条/);
  // every shard holds both its pairs; the trigram filters name the one shard that holds the string
  const shards = (JSON.parse(readFileSync(join(out, "pagefind/shards.json"), "utf8")) as { shards: { path: string; period: string }[] }).shards;
  const own = shards.find((s) => s.period.startsWith("2006-h1"))!;
  const primary = shards[0]!;
  const read = r.fetched.filter((p) => /\/pagefind\/[^/]+\/(fragment|index)\//.test(p));
  assert.deepEqual(read.filter((p) => !p.includes(`/${own.path}`) && !(p.includes(`/${primary.path}`) && p.includes("/index/"))), []);
  const none = await searchSmall("上场一上");
  assert.deepEqual(none.hrefs, []);
  assert.match(none.status, /未找到/);
});

test("a query looked up while it is typed fetches no directory or filter file again on Enter", async () => {
  const { url } = await smallSite();
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${url}search/`, { waitUntil: "networkidle" });
  await page.locator("#search-q").fill("一上场");
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/t-[0-9a-f]+\.bin$/.test(e.name)), null, { timeout: 10000 });
  await page.press("#search-q", "Enter");
  await page.locator("[data-results] a").first().waitFor({ timeout: 30000 });
  await page.waitForLoadState("networkidle");
  await page.close();
  const directory = fetched.filter((p) => /\/pagefind\/dir-[^/]+\//.test(p));
  assert.ok(directory.some((p) => p.endsWith(".bin")), directory.join(" "));
  assert.deepEqual(directory.filter((p, k) => directory.indexOf(p) !== k), []);
});

test("a word every record holds is read, by relevance, from only as many shards as can fill three pages", async () => {
  const { site: out } = await smallSite();
  const shards = (JSON.parse(readFileSync(join(out, "pagefind/shards.json"), "utf8")) as { shards: { path: string }[] }).shards;
  const r = await searchSmall("社区");
  assert.equal(r.hrefs.length, 10, r.status);
  const primary = shards[0]!.path;
  const merged = new Set(r.fetched.filter((p) => p.endsWith(".pf_meta") && !p.includes(`/${primary}`)).map((p) => p.replace(/[^/]+$/, "")));
  // every shard holds six records, each holding 社区: five shards' thirty records can fill three pages
  assert.ok(merged.size <= 5 && merged.size >= 4, [...merged].join(" "));
});

test("a rare word reads the pages of the records the directory names, and no shard's index", async () => {
  const { site: out } = await smallSite();
  const shards = (JSON.parse(readFileSync(join(out, "pagefind/shards.json"), "utf8")) as { shards: { name: string; path: string; period: string }[] }).shards;
  assert.ok(shards.length >= 6, `many shards: ${shards.map((s) => s.name)}`);
  const holder = articleOf(out, (r) => r.headline === "卫滨区花卉展开幕");
  assert.equal(holder.length, 1);
  const r = await searchSmall("蝴蝶兰");
  assert.deepEqual(r.hrefs, [holder[0]!.url], r.status);
  assert.match(r.status, /找到 1 条/);
  assert.ok(r.fetched.includes(holder[0]!.url), "its page is read");
  assert.deepEqual(r.fetched.filter((p) => /\/pagefind\/[^/]+\/(fragment|index)\//.test(p)), []);
  const filtered = await searchSmall("蝴蝶兰", "&year=2012");
  assert.deepEqual(filtered.hrefs, [], "the filters apply to the pages read");
  assert.match(filtered.status, /未找到/);
});

test("by relevance, the best match of an old shard is first; by date, newest or oldest first", async () => {
  const { site: out } = await smallSite();
  const best = articleOf(out, (r) => r.headline?.startsWith("葫芦丝进社区") ?? false)[0]!;
  const r = await searchSmall("葫芦丝");
  assert.ok(r.hrefs.length >= 3, r.status);
  assert.equal(r.hrefs[0], best.url, "the 2012 story whose title and text are about it");
  const dateOf = new Map(articleOf(out, () => true).map((x) => [x.url, x.date ?? ""]));
  const desc = (await searchSmall("葫芦丝", "&sort=date")).hrefs.map((h) => dateOf.get(h)!);
  assert.deepEqual(desc, [...desc].sort().reverse());
  const asc = (await searchSmall("葫芦丝", "&sort=date-asc")).hrefs.map((h) => dateOf.get(h)!);
  assert.deepEqual(asc, [...asc].sort());
  assert.equal(asc[0]!.slice(0, 4), "2012");
});

test("text printed in Traditional is found by Simplified and by Traditional queries", async () => {
  const { site: out } = await smallSite();
  const holder = articleOf(out, (r) => r.headline?.includes("書畫社") ?? false);
  assert.equal(holder.length, 1);
  for (const q of ["书画社", "書畫社", "社区举办书画"]) {
    const r = await searchSmall(q);
    assert.deepEqual(r.hrefs, [holder[0]!.url], `${q}: ${r.status}`);
  }
});
