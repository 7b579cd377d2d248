import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { pager, recordList } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { ListPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.districtPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: ListPage }) => `${d.list.url}index.html`,
};

export function render({ list }: Data & { list: ListPage }): string {
  const body = html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/districts/">城区</a></nav>
<h1>${list.heading}</h1><p>${list.description}</p>${recordList(list.records)}${pager(list)}`;
  return layout({ title: list.title, description: list.description, url: list.url, body });
}
