// npm run screenshots: PNGs of each page type at a desktop and a phone width, into screenshots/, for a person to look at.
import { mkdirSync } from "node:fs";
import { serve } from "../src/serve.ts";
import { launch } from "../src/browser/chromium.ts";
import { pageTypes, VIEWPORTS } from "../src/browser/page-types.ts";

const PAGES = pageTypes("_site");
mkdirSync("screenshots", { recursive: true });
const { server, url } = await serve("_site");
const browser = await launch();
for (const [vname, viewport] of Object.entries(VIEWPORTS)) {
  const page = await browser.newPage({ viewport });
  for (const [name, path] of PAGES) {
    await page.goto(url + path.slice(1));
    if (name === "search") await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });
    await page.screenshot({ path: `screenshots/${name}-${vname}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`screenshots of ${PAGES.length} page types × ${Object.keys(VIEWPORTS).length} viewports in screenshots/`);
