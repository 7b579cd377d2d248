import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/dates/index.html" };

export function render({ archive }: Data): string {
  const undated = archive.records.filter((r) => !r.date).length;
  const body = html`<h1>按日期浏览</h1>
${archive.months.map(
  (m) => html`<section><h2><a href="${m.url}">${m.month}</a> <span class="count">${m.count}</span></h2>
<ul class="chips">${m.days.map((d) => html`<li><a href="${d.url}">${d.date.slice(8)}日 <span class="count">${d.count}</span></a></li>`)}</ul></section>`,
)}
<p><a href="/dates/unknown/">日期不详</a> <span class="count">${undated}</span></p>`;
  return layout({ title: "按日期浏览", url: "/dates/", body });
}
