import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { recordList } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { BulletinPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.bulletinPages", size: 1, alias: "bulletin", addAllPagesToCollections: false },
  permalink: (d: { bulletin: BulletinPage }) => `${d.bulletin.url}index.html`,
};

export function render(d: Data & { bulletin: BulletinPage }): string {
  // an error names the page and the bulletin, which the build prints as its message's file
  try {
    return renderBulletin(d);
  } catch (e) {
    throw new Error(`rendering ${d.bulletin.url} (${d.bulletin.file}:1): ${(e as Error).message}`, { cause: e });
  }
}

function renderBulletin({ bulletin, archive }: Data & { bulletin: BulletinPage }): string {
  const lines = archive.bulletinLines[bulletin.file];
  if (!lines) throw new Error(`no lines for ${bulletin.file} in the render archive: the build must load them for every bulletin page it renders`);
  const body = html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/bulletins/">版面</a></nav>
<h1>版面 ${bulletin.title}</h1>
<h2>本版记录</h2>${recordList(bulletin.records)}
<h2>版面原文</h2>
<p class="meta">每条记录的行都标了出来;点击行号可得到指向该行的链接。</p>
<div class="source-text">${bulletin.blocks.map(
    (b) => html`<div class="block${b.id ? " record-block" : ""}"${b.id ? html` id="r-${b.id}"` : ""}>${b.url ? html`<a class="block-link" href="${b.url}">→ 记录页</a>` : ""}${lines.slice(b.start - 1, b.end).map(
      (line, k) => html`<div class="line" id="L${b.start + k}"><a class="ln" href="#L${b.start + k}">${b.start + k}</a><span>${line}</span></div>`,
    )}</div>`,
  )}</div>`;
  return layout({ title: `版面 ${bulletin.title}`, url: bulletin.url, siteUrl: archive.site.url, body });
}
