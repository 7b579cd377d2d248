// A reader's first search in Chromium, for `npm run bench` and `npm run bench:search`: the bytes fetched after the search
// page has loaded, and the time from Enter to the first result.
import { launch } from "../src/browser/chromium.ts";

export interface FirstSearch {
  /** Bytes fetched by the search page itself, before the query. */
  pageBytes: number;
  /** Bytes fetched after the page had loaded: the search. */
  bytes: number;
  ms: number;
  results: number;
  /** What the search fetched: path and bytes, in order. */
  fetched: string[];
  /** Requests made after the page had loaded. */
  requests: number;
  /** The first result's link, and the page's status line. */
  first: string;
  status: string;
}

/** Opens `${siteUrl}search/` in a fresh browser, types the query as a reader types (at 120 ms a character: the page
 * preloads the index meanwhile) and times from Enter to the first result. */
export async function measureFirstSearch(siteUrl: string, query: string, params = ""): Promise<FirstSearch> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const m: FirstSearch = { pageBytes: 0, bytes: 0, ms: 0, results: 0, fetched: [], requests: 0, first: "", status: "" };
    let counting = false;
    page.on("request", () => {
      if (counting) m.requests++;
    });
    page.on("response", async (r) => {
      const n = (await r.body().catch(() => Buffer.alloc(0))).length;
      if (!counting) m.pageBytes += n;
      else {
        m.bytes += n;
        m.fetched.push(`${new URL(r.url()).pathname} ${n}`);
      }
    });
    await page.goto(`${siteUrl}search/${params ? `?${params}` : ""}`, { waitUntil: "networkidle" });
    counting = true;
    await page.type("#search-q", query, { delay: 120 });
    const t = Date.now();
    await page.press("#search-q", "Enter");
    // the first result, or the page's answer that there is none
    await page.waitForFunction(() => document.querySelector("[data-results] a") || /未找到/.test(document.querySelector("#search-status")?.textContent ?? ""), null, { timeout: 60000 });
    m.ms = Date.now() - t;
    await page.waitForLoadState("networkidle");
    // results stream in one by one: wait for a full page of them (or 5 s) before counting
    await page.waitForFunction(() => document.querySelectorAll("[data-results] a").length >= 10, null, { timeout: 5000 }).catch(() => {});
    m.results = await page.locator("[data-results] a").count();
    m.first = (await page.locator("[data-results] a").first().getAttribute("href", { timeout: 1000 }).catch(() => null)) ?? "";
    m.status = await page.locator("#search-status").innerText();
    return m;
  } finally {
    await browser.close();
  }
}
