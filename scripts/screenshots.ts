// npm run screenshots: PNGs of each page type at a desktop and a phone width, into screenshots/, for a person to look at.
import { mkdirSync } from "node:fs";
import { serve } from "../src/serve.ts";
import { launch } from "../src/browser/chromium.ts";

const PAGES: [string, string][] = [
  ["home", ""],
  ["article", "articles/001-c5fa8227d6671996-l5/"],
  ["photo", "articles/004-321f4b53f0283e20-l23/"],
  ["district", "districts/jiaozuo-jiefangqu/"],
  ["dates", "dates/"],
  ["day", "dates/2024/04/12/"],
  ["undated", "dates/unknown/"],
  ["search", `search/?q=${encodeURIComponent("花馍")}`],
  ["search-none", `search/?q=${encodeURIComponent("高铁")}`],
  ["404", "no-such-page/"],
];
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };

mkdirSync("screenshots", { recursive: true });
const { server, url } = await serve("_site");
const browser = await launch();
for (const [vname, viewport] of Object.entries(VIEWPORTS)) {
  const page = await browser.newPage({ viewport });
  for (const [name, path] of PAGES) {
    await page.goto(url + path);
    if (name.startsWith("search")) await page.locator("#search-status:not(:empty)").waitFor().catch(() => {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/${name}-${vname}.png`, fullPage: name !== "district" && name !== "home" });
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`screenshots of ${PAGES.length} pages × ${Object.keys(VIEWPORTS).length} viewports in screenshots/`);
