// Lists of records, page links and breadcrumbs, shared by the list pages.
import { html, type Raw } from "./html.ts";
import type { ListPage, RecordRef } from "../../src/site/build-data.ts";

const KIND: Record<RecordRef["kind"], string> = { article: "", photo: "图片", brief: "简讯" };

export function recordList(refs: RecordRef[], options: { place?: boolean } = {}): Raw {
  if (refs.length === 0) return html`<p class="empty">暂无记录。</p>`;
  return html`<ol class="records">${refs.map(
    (r) =>
      html`<li><a href="${r.url}">${r.title}</a> <span class="meta">${KIND[r.kind] ? html`<span class="tag">${KIND[r.kind]}</span> ` : ""}${r.date ?? "日期不详"}${r.district ? ` · ${r.district}` : ""}${options.place !== false && r.place ? ` · ${r.place}` : ""}</span></li>`,
  )}</ol>`;
}

/** Links to the neighbouring pages of a list: its first page holds the newest records, the others keep theirs. */
export function pager(p: ListPage): Raw {
  const { newest, newer, older, oldest } = p.nav;
  if (!newer && !older) return html``;
  return html`<nav class="pager" aria-label="分页">${newest && newest !== newer ? html`<a href="${newest}">« 最新</a> ` : ""}${newer ? html`<a rel="prev" href="${newer}">‹ 较新</a> ` : ""}${older ? html`<a rel="next" href="${older}">较旧 ›</a> ` : ""}${oldest && oldest !== older ? html`<a href="${oldest}">最早 »</a>` : ""}</nav>`;
}

export function crumbs(trail: [string, string][], here?: string): Raw {
  return html`<nav class="crumbs" aria-label="位置">${trail.map(([label, url], k) => html`${k ? " › " : ""}<a href="${url}">${label}</a>`)}${here ? html` › <span aria-current="page">${here}</span>` : ""}</nav>`;
}

export function listPage(p: ListPage, intro?: Raw): Raw {
  return html`${crumbs(p.crumbs)}
<h1>${p.heading}${p.range ? html` <small>${p.range}</small>` : ""}</h1>
<p class="meta">${p.description}</p>${intro ?? ""}${recordList(p.records)}${pager(p)}`;
}
