import MarkdownIt from "markdown-it";
import { html, raw } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";
import type { SiteRecord } from "../src/site/build-data.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
/** Every ASCII punctuation mark escaped, so bulletin text is never read as Markdown syntax. */
const literal = (s: string) => s.replace(/[\\`*_{}\[\]()#+\-.!<>|~"'&$%,:;=?@^/]/g, "\\$&");

export const data = {
  pagination: { data: "archive.records", size: 1, alias: "record", addAllPagesToCollections: false },
  permalink: (d: { record: SiteRecord }) => `${d.record.url}index.html`,
  eleventyComputed: { title: (d: { record: SiteRecord }) => d.record.title },
};

/** Starts the hidden title field, so the search page can cut it off the excerpt text. */
const SENTINEL = "〓";

const DATE_SOURCE: Record<string, string> = { manifest: "据版面清单", dateline: "据电头", inferred: "据同版推断(仅月份)" };
const KIND: Record<string, string> = { article: "报道", photo: "图片新闻", brief: "简讯" };

function bodyMarkdown(r: SiteRecord): string {
  return r.paragraphs.map((p, k) => (r.subheadings.includes(k) ? `### ${literal(p)}` : literal(p))).join("\n\n");
}

export function render(d: Data & { record: SiteRecord }): string {
  const r = d.record;
  const b = r.byline;
  const people = (label: string, names: string[]) => (names.length ? html`<span>${label} ${names.join(" ")}</span> ` : "");
  const body = html`<article class="record">
<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › ${r.districtUrl ? html`<a href="${r.districtUrl}">${r.city ?? ""}${r.district}</a>` : html`<span>城区不详</span>`}${r.place ? html` › <span>${r.place}</span>` : ""}</nav>
<header>
${r.section ? html`<p class="section">${r.section}</p>` : ""}
${r.kicker ? html`<p class="kicker">${r.kicker}</p>` : ""}
${r.pretitle ? html`<p class="pretitle">${r.pretitle}</p>` : ""}
<h1>${r.title}</h1>
${r.subtitle ? html`<p class="subtitle">${r.subtitle}</p>` : ""}
<p class="meta" data-pagefind-ignore><a href="${r.dateUrl}">${r.date ?? "日期不详"}</a>${r.dateSource ? html` <span class="date-source">(${DATE_SOURCE[r.dateSource]})</span>` : ""} · ${KIND[r.kind]}${r.paper ? ` · ${r.paper}` : ""}${r.page ? ` · ${r.page}版` : ""}</p>
${b.raw ? html`<p class="byline"${b.reporters.length + b.correspondents.length + b.photographers.length === 0 ? html` data-pagefind-ignore` : ""}>${people("记者", b.reporters)}${people("通讯员", b.correspondents)}${people("摄影", b.photographers)}${b.reporters.length + b.correspondents.length + b.photographers.length === 0 ? b.raw : ""}</p>` : ""}
</header>
<div class="body">${raw(md.render(bodyMarkdown(r)))}</div>
${r.captions.map((c) => html`<figure class="caption"><figcaption>${c.text}</figcaption></figure>`)}
${r.credits.map((c) => html`<p class="credit">${c}</p>`)}
${r.paragraphs.length === 0 && r.captions.length === 0 ? html`<p class="notice" data-pagefind-ignore>版面上只有这一标题,正文未能识别(OCR 缺失)。</p>` : ""}
<div hidden data-pagefind-ignore="index">
<span data-pagefind-filter="district">${r.district ? `${r.city ?? ""}${r.district}` : "城区不详"}</span>
<span data-pagefind-filter="kind">${KIND[r.kind]}</span>
<span data-pagefind-filter="year">${r.date ? r.date.slice(0, 4) : "日期不详"}</span>
${r.date ? html`<span data-pagefind-filter="month">${r.date.slice(0, 7)}</span>` : ""}
${r.keywords.map((k) => html`<span data-pagefind-filter="keyword">${k}</span>`)}
<span data-pagefind-meta="date">${r.date ?? ""}</span>
<span data-pagefind-meta="place">${[r.city, r.district, r.place].filter(Boolean).join(" ")}</span>
<span data-pagefind-sort="date">${r.date ?? "0000"}</span>
</div>
<div hidden data-pagefind-weight="6">${SENTINEL} ${r.titleTerms.join(" ")}</div>
<footer data-pagefind-ignore>
${r.keywords.length ? html`<p class="keywords">关键词:${r.keywords.map((k) => html`<a href="/search/?q=${encodeURIComponent(k)}">${k}</a> `)}</p>` : ""}
<p class="source">来源:<a href="${r.sourceUrl}"><code>${r.source.file}</code> 第 ${r.source.startLine}–${r.source.endLine} 行</a></p>
<nav class="prevnext" aria-label="同版前后">
${r.prev ? html`<a rel="prev" href="${r.prev.url}">← ${r.prev.title}</a>` : ""}
${r.next ? html`<a rel="next" href="${r.next.url}">${r.next.title} →</a>` : ""}
</nav>
${r.related.length ? html`<section><h2>相关报道</h2><ul>${r.related.map((x) => html`<li><a href="${x.url}">${x.title}</a></li>`)}</ul></section>` : ""}
</footer>
</article>`;
  return layout({ title: r.title, description: (r.paragraphs[0] ?? r.captions[0]?.text ?? r.title).slice(0, 80), url: r.url, body, indexed: true });
}
