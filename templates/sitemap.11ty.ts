// sitemap.xml (every page a reader can open) and robots.txt pointing at it.
import { escapeHtml } from "./_lib/html.ts";
import type { Archive, Data } from "./_lib/data.ts";

export const data = {
  pagination: { data: "files", size: 1, alias: "file" },
  files: ["sitemap.xml", "robots.txt"],
  permalink: (d: { file: string }) => `/${d.file}`,
  eleventyExcludeFromCollections: true,
};

export function pageUrls(a: Archive): string[] {
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

export function render({ file, archive }: Data & { file: string }): string {
  const base = archive.site.url.replace(/\/$/, "");
  if (file === "robots.txt") return `User-agent: *\nAllow: /\nSitemap: ${base}/sitemap.xml\n`;
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pageUrls(archive)
  .map((u) => `<url><loc>${escapeHtml(base + u)}</loc></url>`)
  .join("\n")}
</urlset>
`;
}
