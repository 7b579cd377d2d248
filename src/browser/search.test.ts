// In real Chromium: open /search/?q=花馍, see a result, follow it to the article page.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "../serve.ts";
import { hasChromium, launch } from "./chromium.ts";

const skip = !hasChromium() && !process.env.CI ? "no /usr/bin/chromium here (CI installs it)" : false;

test("search for 花馍 finds the article and opens it", { skip }, async () => {
  const { server, url } = await serve("_site");
  const browser = await launch();
  after(async () => {
    await browser.close();
    server.close();
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${url}search/?q=${encodeURIComponent("花馍")}`);
  const first = page.locator("[data-results] a").first();
  await first.waitFor({ timeout: 15000 });
  assert.match(await page.locator("#search-status").innerText(), /找到 \d+ 条/);
  assert.equal(await page.inputValue("#search-q"), "花馍");
  await first.click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
  assert.match(await page.locator("h1").innerText(), /花馍/);
  assert.deepEqual(errors, []);
});

test("a word absent from the archive says 未找到 instead of listing pages", { skip }, async () => {
  const { server, url } = await serve("_site");
  const browser = await launch();
  after(async () => {
    await browser.close();
    server.close();
  });
  const page = await browser.newPage();
  await page.goto(`${url}search/?q=${encodeURIComponent("高铁")}`);
  await page.locator("#search-status", { hasText: "未找到" }).waitFor({ timeout: 15000 });
  assert.equal(await page.locator("[data-results] a").count(), 0);
});
