import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/districts/index.html" };

export function render({ archive }: Data): string {
  const cities = [...new Set(archive.districts.map((d) => d.city ?? "城市不详"))];
  const body = html`${crumbs([["首页", "/"]], "按地点")}<h1>按地点浏览</h1>
<p class="meta">城市 › 城区 › 街道、社区;括号里是记录数。</p>
${cities.map(
  (c) => html`<section><h2>${c}</h2><ul class="tree">${archive.districts
    .filter((d) => (d.city ?? "城市不详") === c)
    .map(
      (d) => html`<li><a href="${d.url}">${d.name}</a> <span class="count">${d.count}</span>${d.places.length ? html`<ul class="chips">${d.places.map((p) => html`<li><a href="${p.url}">${p.name} <span class="count">${p.count}</span></a></li>`)}</ul>` : ""}</li>`,
    )}</ul></section>`,
)}`;
  return layout({ title: "按地点浏览", url: "/districts/", siteUrl: archive.site.url, body });
}
