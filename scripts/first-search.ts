// npm run bench's first search alone, on a built site: `tsx scripts/first-search.ts [SITE] [QUERY] [RUNS]`. Prints, per run
// in a fresh browser, the bytes fetched after the search page loaded and the time from Enter to the first result.
import { serve } from "../src/serve.ts";
import { launch } from "../src/browser/chromium.ts";

const [site = ".bench/100000/site", query = "志愿服务", runs = "3"] = process.argv.slice(2);
const { server, url } = await serve(site);
for (let k = 0; k < Number(runs); k++) {
  const browser = await launch();
  const page = await browser.newPage();
  let bytes = 0;
  let counting = false;
  const fetched: string[] = [];
  page.on("response", async (r) => {
    const n = (await r.body().catch(() => Buffer.alloc(0))).length;
    if (counting) {
      bytes += n;
      fetched.push(`${new URL(r.url()).pathname} ${n}`);
    }
  });
  await page.goto(`${url}search/`, { waitUntil: "networkidle" });
  counting = true;
  await page.type("#search-q", query, { delay: 120 });
  const t = Date.now();
  await page.press("#search-q", "Enter");
  await page.locator("[data-results] a").first().waitFor({ timeout: 60000 });
  const ms = Date.now() - t;
  await page.waitForLoadState("networkidle");
  console.log(`${(bytes / 1024).toFixed(0)} KiB after the page loaded, first result after ${ms} ms; ${fetched.length} responses: ${fetched.slice(0, 12).join(", ")}`);
  await browser.close();
}
server.close();
