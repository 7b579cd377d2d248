// Offline search and "离线保存" in real Chromium, on the seed pages built into six small shards (two for 2024-04, four of
// undated records) with the whole-index precache off, as on a large archive: after one visit only the newest period is
// held, and offline the page answers from it and from the pages read, and names the years it cannot search; after saving,
// every query answers offline as online, across a reload; the saved data can be removed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "../pipeline/pipeline.ts";
import { serve } from "../serve.ts";
import { launch } from "./chromium.ts";

const dir = mkdtempSync(join(tmpdir(), "archive-offline-"));
const out = join(dir, "site");
let url = "";
let server: { close(): void } | undefined;
let browser: Browser;

/** Builds the seeds in `dir` into `out`, the whole-index precache off. */
async function buildSite(): Promise<void> {
  const was = process.env.ARCHIVE_PRECACHE_BYTES;
  process.env.ARCHIVE_PRECACHE_BYTES = "0";
  try {
    await build({ seeds: join(dir, "seeds"), out, cacheDir: join(dir, "cache"), quiet: true, shardTarget: 10, shardMax: 10 });
  } finally {
    if (was === undefined) delete process.env.ARCHIVE_PRECACHE_BYTES;
    else process.env.ARCHIVE_PRECACHE_BYTES = was;
  }
}

before(async () => {
  cpSync("seeds", join(dir, "seeds"), { recursive: true });
  await buildSite();
  const s = await serve(out);
  server = s.server;
  url = s.url;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

interface Rec {
  url: string;
  headline: string | null;
  date: string | null;
  paragraphs: string[];
  keywords: string[];
}

/** Runs a search and waits for its answer: results drawn (aria-busy false), or a status that is not "正在搜索…". */
async function search(page: Page, q: string): Promise<{ urls: string[]; status: string; note: string }> {
  await page.goto(`${url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const list = document.querySelector("[data-results]");
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return list?.getAttribute("aria-busy") === "false" && status !== "" && !status.startsWith("正在搜索");
  }, undefined, { timeout: 20000 });
  // the read-ahead that decides whether "更多结果" has anything settles within the same answer
  const urls = await page.locator("[data-results] li > a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const note = (await page.locator("[data-offline-note]").isVisible()) ? await page.locator("[data-offline-note]").innerText() : "";
  return { urls, status: await page.locator("#search-status").innerText(), note };
}

async function visitOnce(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}search/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now under the service worker
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  return page;
}

test("the build lists every file of the search layer by shard, and the common files beside them", () => {
  const m = JSON.parse(readFileSync(join(out, "offline/manifest.json"), "utf8")) as { shards: { path: string; bytes: number; files: number; list: string }[]; common: { files: string[] }; bytes: number };
  const shards = (JSON.parse(readFileSync(join(out, "pagefind/shards.json"), "utf8")) as { shards: { path: string }[] }).shards;
  assert.deepEqual(m.shards.map((s) => s.path), shards.map((s) => s.path));
  assert.ok(m.shards.length >= 2);
  assert.ok(m.common.files.includes("pagefind/shards.json"));
  for (const s of m.shards) {
    const files = JSON.parse(readFileSync(join(out, s.list), "utf8")) as string[];
    assert.equal(files.length, s.files);
    assert.ok(files.includes("pagefind-entry.json") && files.some((f) => f.startsWith("fragment/")), s.path);
    assert.equal(files.reduce((n, f) => n + readFileSync(join(out, s.path, f)).length, 0), s.bytes);
  }
});

test("offline after one visit: the newest shard and the pages read are searched, the other years named; after 离线保存 every query answers as online, across a reload", async () => {
  const records = JSON.parse(readFileSync(join(out, "api/articles.json"), "utf8")) as Rec[];
  // a keyword of an undated record that no dated record holds
  const text = (r: Rec) => `${r.headline ?? ""}${r.paragraphs.join("")}`;
  const datedText = records.filter((r) => r.date !== null).map(text).join("\n");
  const pick = records
    .filter((r) => r.date === null && r.headline)
    .flatMap((r) => r.keywords.filter((k) => k.length >= 2 && !datedText.includes(k)).map((k) => ({ r, k })))[0]!;
  const undated = pick.r;
  const word = pick.k;
  const queries = ["社区", "街道", word, "花馍", "不存在的词语甲乙"];
  const context = await browser.newContext();
  const errors: string[] = [];
  try {
    const page = await visitOnce(context);
    page.on("pageerror", (e) => errors.push(e.message));
    // the answers online, in a browser of their own: a search online reads (and so caches) the pages of the few records
    // the directory names, and this one is to have read one page only
    const online = new Map<string, string[]>();
    const probe = await browser.newContext();
    const probePage = await visitOnce(probe);
    for (const q of queries) online.set(q, (await search(probePage, q)).urls);
    await probe.close();
    assert.ok(online.get(word)!.includes(undated.url), `online, “${word}” finds ${undated.url}`);
    assert.deepEqual(online.get("不存在的词语甲乙"), []);
    await page.goto(`${url}${undated.url.replace(/^\//, "")}`); // a page read, of a year not held

    await context.setOffline(true);
    const common = await search(page, "社区");
    assert.ok(common.urls.length > 0, "offline, the newest shard answers");
    assert.match(common.note, /日期不详的搜索数据不在这台设备上/, common.note);
    // online shows the first page of results ranked across every shard; offline, those of the newest shard: each one a
    // record that holds the word
    const holding = new Set(records.filter((r) => JSON.stringify(r).includes("社区")).map((r) => r.url));
    assert.ok(common.urls.every((u) => holding.has(u)), `offline results that hold 社区: ${common.urls.join(" ")}`);
    const read = await search(page, word);
    assert.deepEqual(read.urls, [undated.url], "a page read before is searched offline");
    assert.match(read.note, /读过的 1 篇报道/);
    const absent = await search(page, "不存在的词语甲乙");
    assert.match(absent.status, /未找到/);
    assert.match(absent.note, /日期不详/, "未找到 offline says which years were not searched");

    await context.setOffline(false);
    await page.goto(`${url}search/`);
    const status = page.locator("[data-offline-status]");
    await page.locator("[data-offline-save]:not([disabled])").waitFor();
    assert.match(await page.locator("[data-offline-save]").innerText(), /保存全部年份\(约 [\d.]+ (KB|MB)\)/, "the size is said before saving");
    await page.locator("[data-offline-save]").click();
    await page.locator('[data-offline-status][data-state="saved"]').waitFor({ timeout: 30000 });
    assert.match(await status.innerText(), /已保存全部年份/);

    await context.setOffline(true);
    for (const q of queries) {
      const r = await search(page, q);
      assert.deepEqual(r.urls, online.get(q), `offline after saving, “${q}” answers as online (${r.note})`);
      assert.doesNotMatch(r.note, /不在这台设备上/);
    }
    await page.reload();
    await page.waitForFunction(() => document.querySelector("[data-results]")?.getAttribute("aria-busy") === "false");
    const again = await search(page, "街道");
    assert.deepEqual(again.urls, online.get("街道"), "after a reload offline");

    await context.setOffline(false);
    await page.goto(`${url}search/`);
    await page.locator("[data-offline-remove]").click();
    await page.locator('[data-offline-status][data-state="none"]').waitFor();
    assert.equal(await page.evaluate(() => caches.has("offline-saved")), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a saved archive outlives a new build: offline it answers as it did until the reader updates it, and says so", async () => {
  const context = await browser.newContext();
  try {
    const page = await visitOnce(context);
    const before = (await search(page, "社区")).urls;
    await page.goto(`${url}search/`);
    await page.locator("[data-offline-save]:not([disabled])").click();
    await page.locator('[data-offline-status][data-state="saved"]').waitFor({ timeout: 30000 });

    // a new bulletin, a new build (a new build id, a new service worker)
    const manifest = JSON.parse(readFileSync(join(dir, "seeds/manifest.json"), "utf8"));
    manifest.bulletins["005_new.txt"] = { city: "郑州", date: "2024-04-20" };
    writeFileSync(join(dir, "seeds/manifest.json"), JSON.stringify(manifest));
    writeFileSync(join(dir, "seeds/005_new.txt"), "\n\n二七区\n\n老街区装上新路灯\n\n本报讯(记者 王新 通讯员 李亮)4月20日,二七区蜜蜂张街道为老街区更换路灯一百二十盏,照亮居民回家路。\n\n下一步,街道将继续推进老旧小区改造。\n");
    await buildSite();
    const buildId = (JSON.parse(readFileSync(join(out, "api/build.json"), "utf8")) as { buildId: string }).buildId;
    await page.reload();
    await page.evaluate(async (id) => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
      const marker = new URL("../__offline__/precached.json", location.href).href;
      for (let k = 0; k < 300; k++) {
        const m = (await (await caches.match(marker))?.json()) as { buildId: string } | undefined;
        if (m?.buildId === id) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("the new service worker did not install");
    }, buildId);
    await page.reload();
    await page.locator('[data-offline-status][data-state="outdated"]').waitFor({ timeout: 15000 });
    assert.match(await page.locator("[data-offline-status]").innerText(), /网站此后已更新/);
    assert.ok((await search(page, "新路灯")).urls.length > 0, "online, the new build answers");

    await context.setOffline(true);
    const old = await search(page, "社区");
    assert.deepEqual(old.urls, before, "offline, the saved archive answers as before the new build");
    assert.match(old.note, /已更新/);
    assert.deepEqual((await search(page, "新路灯")).urls, []);

    await context.setOffline(false);
    await page.goto(`${url}search/`);
    await page.locator("[data-offline-save]:not([disabled])").click();
    await page.locator('[data-offline-status][data-state="saved"]').waitFor({ timeout: 30000 });
    await context.setOffline(true);
    assert.ok((await search(page, "新路灯")).urls.length > 0, "after the update, offline answers from the new build");
  } finally {
    await context.close();
  }
});
