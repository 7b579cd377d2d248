import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { listPage } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { DayPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.dayPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: DayPage }) => `${d.list.url}index.html`,
};

export function render({ list, archive }: Data & { list: DayPage }): string {
  const nav = html`<nav class="prevnext" aria-label="前后有记录的日子">${list.prevDay ? html`<a rel="prev" href="${list.prevDay.url}">← ${list.prevDay.date}</a>` : html`<span></span>`}${list.nextDay ? html`<a rel="next" href="${list.nextDay.url}">${list.nextDay.date} →</a>` : ""}</nav>`;
  return layout({ title: list.title, description: list.description, url: list.url, siteUrl: archive.site.url, body: html`${listPage(list)}${nav}` });
}
