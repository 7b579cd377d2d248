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
    ...a.people.map((p) => p.url),
    ...a.bulletins.map((b) => b.url),
  ];
}

export function sitemapXml(a: SiteData, siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pageUrls(a)
    .map((u) => `<url><loc>${xmlEscape(base + u)}</loc></url>`)
    .join("\n")}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl.replace(/\/$/, "")}/sitemap.xml\n`;
}
