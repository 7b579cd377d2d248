// Atom feeds (site-wide and per district) and a JSON Feed of the newest records, built with @11ty/eleventy-plugin-rss's helpers.
import { absoluteUrl, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { escapeHtml as e } from "./_lib/html.ts";
import type { Data } from "./_lib/data.ts";
import type { Feed } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.feeds", size: 1, alias: "feed", addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => d.feed.url,
  eleventyExcludeFromCollections: true,
};

/** Records carry at most a day; a feed needs an instant: noon in China (UTC+8) of that day, or of the month's first. */
const instant = (date: string | null) => (date ? new Date(`${date.length === 7 ? `${date}-01` : date}T12:00:00+08:00`) : new Date("1970-01-01T00:00:00Z"));

export function render({ feed, archive }: Data & { feed: Feed }): string {
  const abs = (url: string) => absoluteUrl(url.replace(/^\//, ""), archive.site.url);
  const updated = dateToRfc3339(instant(feed.entries[0]?.date ?? null));
  if (feed.format === "json") {
    return JSON.stringify(
      {
        version: "https://jsonfeed.org/version/1.1",
        title: feed.title,
        home_page_url: abs(feed.home),
        feed_url: abs(feed.url),
        language: "zh-CN",
        items: feed.entries.map((x) => ({
          id: abs(x.url),
          url: abs(x.url),
          title: x.title,
          summary: x.summary,
          content_text: x.content,
          ...(x.date ? { date_published: dateToRfc3339(instant(x.date)) } : {}),
          ...(x.authors.length ? { authors: x.authors.map((name) => ({ name })) } : {}),
          tags: x.tags,
        })),
      },
      null,
      1,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${e(feed.title)}</title>
<link href="${e(abs(feed.url))}" rel="self"/>
<link href="${e(abs(feed.home))}"/>
<updated>${updated}</updated>
<id>${e(abs(feed.url))}</id>
<author><name>城区新闻档案</name></author>
${feed.entries
  .map(
    (x) => `<entry>
<title>${e(x.title)}</title>
<link href="${e(abs(x.url))}"/>
<id>${e(abs(x.url))}</id>
<updated>${dateToRfc3339(instant(x.date))}</updated>
${x.authors.map((n) => `<author><name>${e(n)}</name></author>`).join("")}
<summary>${e(x.summary)}</summary>
</entry>`,
  )
  .join("\n")}
</feed>
`;
}
