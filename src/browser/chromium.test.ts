// The browser comes with `npm ci`: the system's Chromium when there is one, else the one inside @sparticuz/chromium,
// and either draws Chinese (CJK font from npm), so browser tests and screenshots never need an apt-get.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { chromiumChoice, launch, launchOptions } from "./chromium.ts";

test("with no CHROMIUM_PATH and no system Chromium, the Chromium from npm is chosen", () => {
  const choice = chromiumChoice({}, "/nonexistent/chromium");
  assert.equal(choice.source, "npm");
  assert.ok(existsSync(choice.path), `${choice.path} is in node_modules`);
});

test("CHROMIUM_PATH wins when it exists, and a wrong one says what to do", () => {
  assert.deepEqual(chromiumChoice({ CHROMIUM_PATH: process.execPath }, "/nonexistent/chromium"), { source: "system", path: process.execPath });
  assert.throws(() => chromiumChoice({ CHROMIUM_PATH: "/nonexistent/x" }, "/nonexistent/chromium"), /CHROMIUM_PATH=\/nonexistent\/x does not exist: unset it/);
});

test("a browser launches here whatever the system has, and draws Chinese glyphs, not boxes", async () => {
  const { executablePath } = await launchOptions();
  assert.ok(existsSync(executablePath));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><body style="font-family: system-ui, sans-serif"></body></html>`);
    // A missing glyph is drawn as the same box for every character: distinct characters must draw distinct pixels.
    // (a string, not a function: tsx would wrap a named inner function in a helper the page lacks)
    const drawn = await page.evaluate<string[]>(`["中", "国", "區", "\\u{F0000}"].map((ch) => {
      const c = document.createElement("canvas");
      c.width = 48;
      c.height = 48;
      const g = c.getContext("2d");
      g.font = "40px system-ui, sans-serif";
      g.fillText(ch, 4, 40);
      return c.toDataURL();
    })`);
    const [zhong, guo, qu, tofu] = drawn;
    assert.notEqual(zhong, guo, "中 and 国 draw differently");
    assert.notEqual(zhong, tofu, "中 is not the missing-glyph box");
    assert.notEqual(qu, tofu, "區 (Traditional) is not the missing-glyph box");
  } finally {
    await browser.close();
  }
});
