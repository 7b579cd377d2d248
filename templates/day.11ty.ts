import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { pager, recordList } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { ListPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.dayPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: ListPage }) => `${d.list.url}index.html`,
};

export function render({ list }: Data & { list: ListPage }): string {
  const month = list.url.split("/").slice(0, 4).join("/") + "/";
  const body = html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/dates/">日期</a> › <a href="${month}">${month.slice(7, 14).replace("/", "-")}</a></nav>
<h1>${list.heading}</h1>${recordList(list.records)}${pager(list)}`;
  return layout({ title: list.title, description: list.description, url: list.url, body });
}
