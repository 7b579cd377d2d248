// _site/api/articles.json (the data contract) and _site/api/report.json (every parser message).
import type { Data } from "./_lib/data.ts";
import type { SiteRecord } from "../src/site/build-data.ts";
import type { ArticleRecord } from "../src/parse/types.ts";

export const data = {
  pagination: { data: "files", size: 1, alias: "file" },
  files: ["articles", "report"],
  permalink: (d: { file: string }) => `/api/${d.file}.json`,
  eleventyExcludeFromCollections: true,
};

const KEYS: (keyof ArticleRecord)[] = ["id", "url", "source", "paper", "page", "city", "district", "place", "kicker", "section", "pretitle", "headline", "subtitle", "byline", "kind", "date", "dateSource", "paragraphs", "subheadings", "captions", "credits", "keywords"];
const contract = (r: SiteRecord) => Object.fromEntries(KEYS.map((k) => [k, r[k]]));

export function render({ archive, file }: Data & { file: string }): string {
  if (file === "articles") return JSON.stringify(archive.records.map(contract), null, 1);
  return JSON.stringify({ stats: archive.stats, messages: archive.messages }, null, 1);
}
