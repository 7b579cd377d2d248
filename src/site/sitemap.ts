// sitemap.xml (every page a reader can open) and robots.txt, written by the build from the site data.
import type { SiteData } from "./build-data.ts";

const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function pageUrls(a: SiteData): string[] {
  return [
    "/",
    "/search/",
    "/districts/",
    "/dates/",
    "/people/",
    "/bulletins/",
    "/about/",
    "/help/search/",
    "/help/adding-bulletins/",
    ...a.records.map((r) => r.url),
    ...a.districtPages.map((p) => p.url),
    ...a.placePages.map((p) => p.url),
    ...a.years.map((y) => y.url),
    ...a.monthPages.map((p) => p.url),
    ...a.dayPages.map((p) => p.url),
    ...a.undatedPages.map((p) => p.url),
    ...a.personPages.map((p) => p.url),
    ...a.bulletins.map((b) => b.url),
  ];
}

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/** sitemap.xml, or, past the protocol's 50,000 URLs, a sitemap index at sitemap.xml and the URLs in sitemaps/N.xml. */
export function sitemapFiles(a: SiteData, siteUrl: string, limit = SITEMAP_LIMIT): { path: string; xml: string }[] {
  const base = siteUrl.replace(/\/$/, "");
  const urls = pageUrls(a);
  const urlset = (list: string[]) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list.map((u) => `<url><loc>${xmlEscape(base + u)}</loc></url>`).join("\n")}\n</urlset>\n`;
  if (urls.length <= limit) return [{ path: "sitemap.xml", xml: urlset(urls) }];
  const parts = Array.from({ length: Math.ceil(urls.length / limit) }, (_, k) => ({ path: `sitemaps/${k + 1}.xml`, xml: urlset(urls.slice(k * limit, (k + 1) * limit)) }));
  const index = `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((p) => `<sitemap><loc>${xmlEscape(`${base}/${p.path}`)}</loc></sitemap>`).join("\n")}\n</sitemapindex>\n`;
  return [{ path: "sitemap.xml", xml: index }, ...parts];
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl.replace(/\/$/, "")}/sitemap.xml\n`;
}
