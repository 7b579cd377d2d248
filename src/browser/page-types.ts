// One URL per page type of a built site, found through the site's own links (for page tests and screenshots).
import { readFileSync } from "node:fs";

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };

export const firstLink = (file: string, re: RegExp): string | null => readFileSync(file, "utf8").match(re)?.[1] ?? null;

export function pageTypes(site: string): [string, string][] {
  const records = JSON.parse(readFileSync(`${site}/api/articles.json`, "utf8")) as { url: string; kind: string }[];
  const month = firstLink(`${site}/dates/index.html`, /href="(\/dates\/\d{4}\/\d{2}\/)"/);
  const found: [string, string | null | undefined][] = [
    ["home", "/"],
    ["districts", "/districts/"],
    ["district", firstLink(`${site}/districts/index.html`, /href="(\/districts\/[a-z0-9-]+\/)"/)],
    ["place", firstLink(`${site}/districts/index.html`, /href="(\/districts\/[a-z0-9-]+\/[a-z0-9-]+\/)"/)],
    ["dates", "/dates/"],
    ["year", firstLink(`${site}/dates/index.html`, /href="(\/dates\/\d{4}\/)"/)],
    ["month", month],
    ["day", month ? firstLink(`${site}${month}index.html`, /href="(\/dates\/\d{4}\/\d{2}\/\d{2}\/)"/) : null],
    ["undated", "/dates/unknown/"],
    ["people", "/people/"],
    ["person", firstLink(`${site}/people/index.html`, /href="(\/people\/[a-z0-9-]+\/)"/)],
    ["article", records.find((r) => r.kind === "article")?.url],
    ["photo", records.find((r) => r.kind === "photo")?.url],
    ["bulletin", firstLink(`${site}/bulletins/index.html`, /href="(\/bulletins\/[a-z0-9-]+\/)"/)],
    ["search", `/search/?q=${encodeURIComponent("解放区")}`],
    ["about", "/about/"],
    ["404", "/no-such-page/"],
  ];
  const missing = found.filter(([, u]) => !u).map(([n]) => n);
  if (missing.length) throw new Error(`the built site has no ${missing.join(", ")} page: is _site/ built from seeds/?`);
  return found as [string, string][];
}
