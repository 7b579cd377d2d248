import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/bulletins/index.html" };

export function render({ archive }: Data): string {
  const body = html`${crumbs([["首页", "/"]], "版面")}<h1>版面</h1>
<p class="meta">每个版面的原文和从中解析出的记录。</p>
<ul class="records">${archive.bulletins.map((b) => html`<li><a href="${b.url}">${b.title}</a> <span class="count">${b.count} 条</span></li>`)}</ul>`;
  return layout({ title: "版面", url: "/bulletins/", siteUrl: archive.site.url, body });
}
