import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/search/index.html" };

export function render(_: Data): string {
  const body = html`<h1>搜索</h1>
<form id="search-form" class="big-search" role="search">
  <label for="search-q">搜索词</label>
  <input id="search-q" name="q" type="search" autocomplete="off">
  <label for="search-district">城区</label>
  <select id="search-district" name="district"><option value="">全部城区</option></select>
  <button type="submit">搜索</button>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol class="results" data-results></ol>
<button id="search-more" type="button" hidden>更多结果</button>
<noscript><p>搜索需要 JavaScript。也可以<a href="/districts/">按城区</a>或<a href="/dates/">按日期</a>浏览。</p></noscript>
<script type="module" src="/assets/search.js"></script>`;
  return layout({ title: "搜索", description: "在浏览器中检索全部报道", url: "/search/", body });
}
