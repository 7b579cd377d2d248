import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs, pager, recordList } from "./_lib/lists.ts";
import { calendarTable } from "./_lib/calendar.ts";
import type { Data } from "./_lib/data.ts";
import type { MonthPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.monthPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: MonthPage }) => `${d.list.url}index.html`,
};

export function render({ list, archive }: Data & { list: MonthPage }): string {
  const body = html`${crumbs(list.crumbs)}<h1>${list.heading}</h1>
<nav class="prevnext" aria-label="前后月份">${list.prevMonth ? html`<a rel="prev" href="${list.prevMonth.url}">← ${list.prevMonth.label}</a>` : html`<span></span>`}${list.nextMonth ? html`<a rel="next" href="${list.nextMonth.url}">${list.nextMonth.label} →</a>` : ""}</nav>
${calendarTable(list.calendar, "有记录的日子")}
${list.records.length ? html`<h2>只知月份的记录</h2>${recordList(list.records)}${pager(list)}` : ""}`;
  return layout({ title: list.title, description: list.description, url: list.url, siteUrl: archive.site.url, body });
}
