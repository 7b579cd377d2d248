import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs } from "./_lib/lists.ts";
import { calendarTable } from "./_lib/calendar.ts";
import type { Data } from "./_lib/data.ts";
import type { YearPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.years", size: 1, alias: "year", addAllPagesToCollections: false },
  permalink: (d: { year: YearPage }) => `${d.year.url}index.html`,
};

export function render({ year, archive }: Data & { year: YearPage }): string {
  const body = html`${crumbs([["首页", "/"], ["日期", "/dates/"]])}<h1>${Number(year.year)}年</h1>
<p class="meta">${year.count} 条记录</p>
<div class="months">${year.months.map((m) => calendarTable(m.calendar, html`<a href="${m.url}">${Number(m.month.slice(5))}月</a> <span class="count">${m.count}</span>`))}</div>`;
  return layout({ title: `${Number(year.year)}年`, url: year.url, siteUrl: archive.site.url, body });
}
