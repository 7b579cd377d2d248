import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { listPage } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { ListPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.undatedPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: ListPage }) => `${d.list.url}index.html`,
};

export function render({ list, archive }: Data & { list: ListPage }): string {
  const intro = html`<p>在 <code>seeds/manifest.json</code> 中为版面补上日期,这些记录就会归入日历。</p>`;
  return layout({ title: list.title, description: list.description, url: list.url, siteUrl: archive.site.url, body: listPage(list, intro) });
}
