// Every page type in Chromium at a desktop and a phone width: axe-core finds no serious or critical violation,
// html-validate finds no error, every link on the page resolves, nothing overflows the phone's width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import { useSiteInChromium } from "../src/browser/chromium.ts";
import { firstLink, pageTypes, VIEWPORTS } from "../src/browser/page-types.ts";

const archive = JSON.parse(readFileSync("_site/api/articles.json", "utf8")) as { url: string; kind: string; district: string | null }[];
const PAGE_TYPES = pageTypes("_site");

const site = useSiteInChromium("_site");
const validator = new HtmlValidate(JSON.parse(readFileSync(".htmlvalidate.json", "utf8")));
/** The browser serialises boolean attributes as hidden="" and disabled="", which is style, not an error of the markup. */
const projectRules = JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as { extends: string[]; rules: Record<string, unknown> };
const domValidator = new HtmlValidate({ ...projectRules, rules: { ...projectRules.rules, "attribute-empty-style": "off", "attribute-boolean-style": "off" } });
const axe = readFileSync("node_modules/axe-core/axe.min.js", "utf8");


for (const [name, path] of PAGE_TYPES) {
  for (const [vname, viewport] of Object.entries(VIEWPORTS)) {
    test(`${name} page (${path}) at ${vname} width: accessible, valid, no broken link, no overflow`, async () => {
      assert.ok(path, `no ${name} page was found to test`);
      const page = await site.browser.newPage({ viewport });
      const response = await page.goto(site.url + path.slice(1));
      assert.equal(response?.status(), name === "404" ? 404 : 200);
      if (name === "search") await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });

      const errorsOf = async (v: HtmlValidate, source: string) =>
        (await v.validateString(source, `${name}.html`)).results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
      assert.deepEqual(await errorsOf(validator, await response!.text()), [], "html-validate errors in the served HTML");
      if (name === "search") assert.deepEqual(await errorsOf(domValidator, await page.content()), [], "html-validate errors in the results the script wrote");

      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
        const r = await w.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert.deepEqual(violations, [], "axe-core serious/critical violations");

      const links = await page.locator("a[href]").evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
      for (const href of links.filter((h) => h.startsWith(site.url) && !h.startsWith(`${page.url().split("#")[0]}#`))) {
        const status = (await fetch(href.split("#")[0]!)).status;
        assert.equal(status, 200, `${path} links to ${href}`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the ${vname} viewport`);
      assert.equal(await page.locator("h1").count(), 1);
      await page.close();
    });
  }
}

test("feeds and the sitemap are well-formed XML and list what they should", async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url);
  for (const path of ["feed.xml", "sitemap.xml", ...archive.filter((r) => r.district).slice(0, 1).map(() => firstLink("_site/districts/index.html", /href="\/(districts\/[a-z0-9-]+\/)"/) + "feed.xml")]) {
    const xml = readFileSync(`_site/${path}`, "utf8");
    const parsed = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, "application/xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, entries: doc.getElementsByTagName("entry").length, locs: [...doc.getElementsByTagName("loc")].map((l) => l.textContent ?? "") };
    }, xml);
    assert.equal(parsed.error, null, `${path} is well-formed`);
    if (path === "feed.xml") assert.equal(parsed.entries, Math.min(50, archive.length));
    if (path === "sitemap.xml") for (const r of archive) assert.ok(parsed.locs.some((l) => l.endsWith(r.url)), `sitemap lists ${r.url}`);
  }
  const json = JSON.parse(readFileSync("_site/feed.json", "utf8")) as { version: string; items: unknown[] };
  assert.equal(json.version, "https://jsonfeed.org/version/1.1");
  assert.equal(json.items.length, Math.min(50, archive.length));
  await page.close();
});
