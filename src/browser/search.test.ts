// In real Chromium against the built site: the search page finds, opens, converts, filters, says 未找到, and works offline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
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
