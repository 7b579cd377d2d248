// Lists of records and page links, shared by home, district, date and search pages.
import { html, type Raw } from "./html.ts";
import type { ListPage, RecordRef } from "../../src/site/build-data.ts";

const KIND: Record<RecordRef["kind"], string> = { article: "", photo: "图片", brief: "简讯" };

export function recordList(refs: RecordRef[]): Raw {
  if (refs.length === 0) return html`<p class="empty">暂无记录。</p>`;
  return html`<ol class="records">${refs.map(
    (r) => html`<li><a href="${r.url}">${r.title}</a> <span class="meta">${KIND[r.kind] ? html`<span class="tag">${KIND[r.kind]}</span> ` : ""}${r.date ?? "日期不详"}${r.district ? ` · ${r.district}` : ""}${r.place ? ` · ${r.place}` : ""}</span></li>`,
  )}</ol>`;
}

export function pager(p: ListPage): Raw {
  if (p.pageCount < 2) return html``;
  return html`<nav class="pager" aria-label="分页">${p.pageUrls.map((u, k) =>
    k + 1 === p.pageNumber ? html`<span aria-current="page">${k + 1}</span> ` : html`<a href="${u}">${k + 1}</a> `,
  )}</nav>`;
}
