// the 50 newest records → /feed.xml and /feed.json; each district's 50 newest → /districts/xinxiang-weibinqu/feed.xml (title, summary, text, reporters, tags).
import type { ArticleRecord } from "../../parse/types.ts";
import type { ViewContext } from "./context.ts";
import type { DistrictsView } from "./districts.ts";
import { REF_READS } from "./pages.ts";

export interface FeedEntry {
  url: string;
  title: string;
  date: string | null;
  summary: string;
  content: string;
  authors: string[];
  tags: string[];
}

/** An Atom or JSON feed of the newest records, site-wide or of one district. */
export interface Feed {
  url: string;
  title: string;
  home: string;
  format: "atom" | "json";
  entries: FeedEntry[];
}

export const FEED_SIZE = 50;
export const SITE_NAME = "城区新闻档案";

export const reads = [...REF_READS, "source", "pretitle", "subtitle", "keywords"] as const satisfies readonly (keyof ArticleRecord)[];

/** Loads the text of the bulletins of the records in feeds (ctx.loadText), and no other. */
export function feeds(input: { districts: DistrictsView }, ctx: ViewContext): Feed[] {
  const entryOf = (r: ArticleRecord): FeedEntry => {
    const title = ctx.ref(r).title;
    return {
      url: r.url,
      title,
      date: r.date,
      summary: (r.paragraphs[0] ?? r.captions[0]?.text ?? "").slice(0, 200),
      content: [r.pretitle, title, r.subtitle, ...r.paragraphs].filter(Boolean).join("\n\n"),
      authors: r.byline.reporters,
      tags: [r.district, ...r.keywords].filter((t): t is string => !!t),
    };
  };
  const entries = (newestFirst: ArticleRecord[]) => {
    const newest = newestFirst.slice(0, FEED_SIZE);
    ctx.loadText(new Set(newest.map((r) => r.source.file)));
    return newest.map(entryOf);
  };
  const site = entries(ctx.newestFirst);
  return [
    { url: "/feed.xml", title: SITE_NAME, home: "/", format: "atom", entries: site },
    { url: "/feed.json", title: SITE_NAME, home: "/", format: "json", entries: site },
    ...input.districts.districts.map((d) => ({
      url: `${d.url}feed.xml`,
      title: `${SITE_NAME} · ${d.city ?? ""}${d.name}`,
      home: d.url,
      format: "atom" as const,
      entries: entries(input.districts.members.get(d)!),
    })),
  ];
}
