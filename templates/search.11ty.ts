import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";

export const data = { permalink: "/search/index.html" };

export function render({ archive }: Data): string {
  const body = html`<h1>搜索</h1>
<form id="search-form" class="search-form" role="search" aria-describedby="search-help">
  <div class="big-search">
    <label for="search-q">搜索词</label>
    <input id="search-q" name="q" type="search" autocomplete="off" enterkeyhint="search">
    <button type="submit">搜索</button>
  </div>
  <p id="search-help" class="meta">多个词用空格隔开;繁体字会自动转为简体。<a href="/help/search/">搜索说明</a></p>
  <details class="filters">
    <summary>筛选与排序</summary>
    <fieldset><legend>城区(可多选)</legend><div id="search-districts" class="checks"></div></fieldset>
    <div class="selects">
      <label>年份 <select id="search-year" name="year"><option value="">全部</option></select></label>
      <label>月份 <select id="search-month" name="month"><option value="">全部</option></select></label>
      <label>类型 <select id="search-kind" name="kind"><option value="">全部</option></select></label>
      <label>排序 <select id="search-sort" name="sort"><option value="">相关度</option><option value="date">日期:新→旧</option><option value="date-asc">日期:旧→新</option></select></label>
    </div>
  </details>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<p class="offline-note" data-offline-note role="status" aria-live="polite" hidden></p>
<h2 class="visually-hidden" id="h-results">搜索结果</h2>
<ol class="results" data-results></ol>
<button id="search-more" type="button" hidden>更多结果</button>
<section class="offline-save" data-offline aria-labelledby="h-offline">
  <h2 id="h-offline">离线保存</h2>
  <p id="offline-help" class="meta">把搜索数据保存在这台设备上,没有网络时也能搜索全部报道。保存前会说明大小;可以随时删除。</p>
  <div class="offline-actions">
    <button type="button" data-offline-save aria-describedby="offline-help" disabled>保存全部年份</button>
    <button type="button" data-offline-remove hidden>删除离线数据</button>
  </div>
  <details class="offline-years">
    <summary>只保存部分年份</summary>
    <fieldset><legend>要保存的年份</legend><div class="checks" data-offline-years></div></fieldset>
    <button type="button" data-offline-save-years disabled>保存所选年份</button>
  </details>
  <progress class="offline-progress" data-offline-progress max="1" value="0" aria-label="保存进度" hidden></progress>
  <p data-offline-status data-state="none" role="status" aria-live="polite"></p>
</section>
<noscript><p>搜索需要 JavaScript。也可以<a href="/districts/">按城区</a>或<a href="/dates/">按日期</a>浏览。</p></noscript>
<script type="module" src="/assets/search.js"></script>`;
  return layout({ title: "搜索", description: "在浏览器中检索全部报道", url: "/search/", siteUrl: archive.site.url, body });
}
