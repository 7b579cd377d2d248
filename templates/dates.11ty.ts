import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/dates/index.html" };

export function render({ archive }: Data): string {
  const body = html`${crumbs([["首页", "/"]], "按日期")}<h1>按日期浏览</h1>
${archive.years.map(
  (y) => html`<section><h2><a href="${y.url}">${Number(y.year)}年</a> <span class="count">${y.count}</span></h2>
<ul class="chips">${y.months.map((m) => html`<li><a href="${m.url}">${Number(m.month.slice(5))}月 <span class="count">${m.count}</span></a></li>`)}</ul></section>`,
)}
<section><h2><a href="/dates/unknown/">日期不详</a> <span class="count">${archive.stats.undated}</span></h2>
<p class="meta">版面没有写明日期、清单(seeds/manifest.json)也未给出日期的记录。</p></section>`;
  return layout({ title: "按日期浏览", url: "/dates/", siteUrl: archive.site.url, body });
}
