import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { recordList } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/index.html" };

export function render({ archive }: Data): string {
  const s = archive.stats;
  const body = html`<h1>城区新闻档案</h1>
<p class="lede">${s.bulletins} 个版面 · ${s.records} 条记录 · ${s.districts} 个城区。按城区、按日期浏览,或直接搜索。</p>
<form class="big-search" action="/search/" method="get" role="search">
  <label for="home-q">搜索全部报道</label>
  <input id="home-q" name="q" type="search" placeholder="例如:花馍、解放区、550">
  <button type="submit">搜索</button>
</form>
<section aria-labelledby="h-newest"><h2 id="h-newest">最新报道</h2>${recordList(archive.newest)}</section>
<section aria-labelledby="h-districts"><h2 id="h-districts"><a href="/districts/">城区</a></h2>
<ul class="chips">${archive.districts.map((d) => html`<li><a href="${d.url}">${d.city ?? ""}${d.name} <span class="count">${d.count}</span></a></li>`)}</ul></section>
<section aria-labelledby="h-people"><h2 id="h-people"><a href="/people/">记者</a></h2>
<ul class="chips">${archive.people.slice(0, 24).map((p) => html`<li><a href="${p.url}">${p.name} <span class="count">${p.count}</span></a></li>`)}${archive.people.length > 24 ? html`<li><a href="/people/">全部 ${archive.people.length} 人…</a></li>` : ""}</ul></section>
<section aria-labelledby="h-dates"><h2 id="h-dates"><a href="/dates/">日期</a></h2>
<ul class="chips">${archive.months.map((m) => html`<li><a href="${m.url}">${m.month} <span class="count">${m.count}</span></a></li>`)}
<li><a href="/dates/unknown/">日期不详 <span class="count">${archive.stats.undated}</span></a></li></ul></section>
<p><a href="/bulletins/">全部 ${archive.bulletins.length} 个版面</a></p>`;
  return layout({ title: "首页", description: "城市报纸区县新闻的静态档案", url: "/", siteUrl: archive.site.url, body });
}
