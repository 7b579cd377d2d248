import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/people/index.html" };

export function render({ archive }: Data): string {
  const body = html`${crumbs([["首页", "/"]], "按记者")}<h1>记者、通讯员与摄影</h1>
<p class="meta">据署名整理,共 ${archive.people.length} 人;括号里是记录数。</p>
<ul class="chips">${archive.people.map((p) => html`<li><a href="${p.url}">${p.name} <span class="count">${p.count}</span></a></li>`)}</ul>`;
  return layout({ title: "按记者浏览", url: "/people/", siteUrl: archive.site.url, body });
}
