import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { pager, recordList } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { DayLink, ListPage } from "../src/site/build-data.ts";

type MonthPage = ListPage & { days: DayLink[] };

export const data = {
  pagination: { data: "archive.monthPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: MonthPage }) => `${d.list.url}index.html`,
};

export function render({ list }: Data & { list: MonthPage }): string {
  const body = html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/dates/">日期</a></nav>
<h1>${list.heading}</h1>
<h2>有报道的日子</h2>
${list.days.length ? html`<ul class="chips">${list.days.map((d) => html`<li><a href="${d.url}">${d.date} <span class="count">${d.count}</span></a></li>`)}</ul>` : html`<p class="empty">本月没有精确到日的报道。</p>`}
${list.records.length ? html`<h2>只知月份的报道</h2>${recordList(list.records)}${pager(list)}` : ""}`;
  return layout({ title: list.title, description: list.description, url: list.url, body });
}
