// Atom feeds (site-wide and per district) and a JSON Feed of the newest records, built with @11ty/eleventy-plugin-rss's helpers.
import { absoluteUrl, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { escapeHtml } from "./_lib/html.ts";
import type { Archive, Data } from "./_lib/data.ts";
import type { Feed, SiteRecord } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.feeds", size: 1, alias: "feed", addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => d.feed.url,
  eleventyExcludeFromCollections: true,
};

let recordsByUrl: { archive: Archive; map: Map<string, SiteRecord> } | null = null;
function recordsOf(archive: Archive, urls: string[]): SiteRecord[] {
  if (recordsByUrl?.archive !== archive) recordsByUrl = { archive, map: new Map(archive.records.map((r) => [r.url, r])) };
  return urls.map((u) => recordsByUrl!.map.get(u)!);
}

/** Records carry at most a day; a feed needs an instant: noon in China (UTC+8) of that day, or of the month's first. */
const instant = (date: string | null) => (date ? new Date(`${date.length === 7 ? `${date}-01` : date}T12:00:00+08:00`) : new Date("1970-01-01T00:00:00Z"));

export function render({ feed: f, archive }: Data & { feed: Feed }): string {
  const feed = { ...f, records: recordsOf(archive, f.records) };
  const base = archive.site.url;
  const abs = (url: string) => absoluteUrl(url.replace(/^\//, ""), base);
  const summary = (r: SiteRecord) => (r.paragraphs[0] ?? r.captions[0]?.text ?? "").slice(0, 200);
  const updated = dateToRfc3339(instant(feed.records[0]?.date ?? null));
  if (feed.format === "json") {
    return JSON.stringify(
      {
        version: "https://jsonfeed.org/version/1.1",
        title: feed.title,
        home_page_url: abs(feed.home),
        feed_url: abs(feed.url),
        language: "zh-CN",
        items: feed.records.map((r) => ({
          id: abs(r.url),
          url: abs(r.url),
          title: r.title,
          summary: summary(r),
          content_text: [r.pretitle, r.title, r.subtitle, ...r.paragraphs].filter(Boolean).join("\n\n"),
          ...(r.date ? { date_published: dateToRfc3339(instant(r.date)) } : {}),
          ...(r.byline.reporters.length ? { authors: r.byline.reporters.map((name) => ({ name })) } : {}),
          tags: [r.district, ...r.keywords].filter(Boolean),
        })),
      },
      null,
      1,
    );
  }
  const e = escapeHtml;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${e(feed.title)}</title>
<link href="${e(abs(feed.url))}" rel="self"/>
<link href="${e(abs(feed.home))}"/>
<updated>${updated}</updated>
<id>${e(abs(feed.url))}</id>
<author><name>城区新闻档案</name></author>
${feed.records
  .map(
    (r) => `<entry>
<title>${e(r.title)}</title>
<link href="${e(abs(r.url))}"/>
<id>${e(abs(r.url))}</id>
<updated>${dateToRfc3339(instant(r.date))}</updated>
${r.byline.reporters.map((n) => `<author><name>${e(n)}</name></author>`).join("")}
<summary>${e(summary(r))}</summary>
</entry>`,
  )
  .join("\n")}
</feed>
`;
}
