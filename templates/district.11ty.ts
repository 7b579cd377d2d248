import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { listPage } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { DistrictPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.districtPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: DistrictPage }) => `${d.list.url}index.html`,
};

export function render({ list, archive }: Data & { list: DistrictPage }): string {
  const places = list.places.length
    ? html`<section aria-labelledby="h-places"><h2 id="h-places">街道、社区</h2><ul class="chips">${list.places.map((p) => html`<li><a href="${p.url}">${p.name} <span class="count">${p.count}</span></a></li>`)}</ul></section>
<h2>最新记录</h2>`
    : undefined;
  const feed = list.front ? html`<p><a href="${list.url}feed.xml">订阅本城区(Atom)</a></p>` : html``;
  return layout({
    title: list.title,
    description: list.description,
    url: list.url,
    siteUrl: archive.site.url,
    body: html`${listPage(list, html`${feed}${places ?? ""}`)}`,
    head: html`<link rel="alternate" type="application/atom+xml" title="${list.heading}" href="${list.url}feed.xml">`,
  });
}
