import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/404.html" };

export function render({ archive }: Data): string {
  const body = html`<h1>找不到这个页面</h1><p>链接可能有误,或记录已改名。可以<a href="/search/">搜索</a>、<a href="/districts/">按城区</a>或<a href="/dates/">按日期</a>找找看。</p>`;
  return layout({ title: "找不到页面", url: "/404.html", siteUrl: archive.site.url, body });
}
