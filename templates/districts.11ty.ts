import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/districts/index.html" };

export function render({ archive }: Data): string {
  const cities = [...new Set(archive.districts.map((d) => d.city ?? "城市不详"))];
  const body = html`<h1>按城区浏览</h1>${cities.map(
    (c) => html`<section><h2>${c}</h2><ul class="chips">${archive.districts
      .filter((d) => (d.city ?? "城市不详") === c)
      .map((d) => html`<li><a href="${d.url}">${d.name} <span class="count">${d.count}</span></a></li>`)}</ul></section>`,
  )}`;
  return layout({ title: "按城区浏览", url: "/districts/", body });
}
