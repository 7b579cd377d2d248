import { html, raw } from "./_lib/html.ts";
import { absolute, layout } from "./_lib/layout.ts";
import type { Data } from "./_lib/data.ts";
import { TITLE_FIELD_SENTINEL } from "../src/browser/search-text.ts";
import { FOLD_SENTINEL, simplifiedCopy } from "../src/search-index/fold.ts";
import { recordText } from "../src/search-index/directory.ts";
import type { PersonLink, SiteRecord } from "../src/site/build-data.ts";


export const data = {
  pagination: { data: "archive.records", size: 1, alias: "record", addAllPagesToCollections: false },
  permalink: (d: { record: SiteRecord }) => `${d.record.url}index.html`,
};

const DATE_SOURCE: Record<string, string> = { manifest: "据版面清单", masthead: "据版面刊头", dateline: "据电头", inferred: "据同版推断,仅月份" };
const KIND: Record<string, string> = { article: "报道", photo: "图片新闻", brief: "简讯" };

/** The body as the bulletin printed it: paragraphs and subheadings, as escaped text. (It is not Markdown: markdown-it, with
 * every punctuation mark escaped so that OCR text could not be read as syntax, gave the same markup for every record of
 * the 10k bench archive, and in a renderer's --cpu-prof cost more than the rest of the article template.) */
const bodyHtml = (r: SiteRecord) => r.paragraphs.map((p, k) => (r.subheadings.includes(k) ? html`<h3>${p}</h3>\n` : html`<p>${p}</p>\n`));

/** 《新乡日报》2024年4月8日 第3版:《标题》。城区新闻档案,https://…/articles/x/ */
export function citation(r: SiteRecord, url: string): string {
  const date = r.date ? r.date.replace(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/, (_, y, m, d) => `${y}年${Number(m)}月${d ? `${Number(d)}日` : ""}`) : "日期不详";
  const people = r.byline.reporters.length ? `${r.byline.reporters.join("、")}:` : "";
  return `${people}《${r.title}》,${r.paper ? `《${r.paper}》` : r.city ? `${r.city}报纸` : "报纸"}${date}${r.page ? `第${r.page}版` : ""}。城区新闻档案,${url}`;
}

/** Text printed in Traditional characters, folded to Simplified for the index (hidden; the search page's literal match
 * reads it, its excerpts do not). */
function simplified(r: SiteRecord) {
  const copy = simplifiedCopy(recordText(r));
  return copy ? html`<div hidden>${FOLD_SENTINEL} ${copy}</div>\n` : "";
}

export function render(d: Data & { record: SiteRecord }): string {
  // an error names the page and the record's lines, which the build prints as its message's file:line
  try {
    return renderRecord(d);
  } catch (e) {
    throw new Error(`rendering ${d.record.url} (${d.record.source.file}:${d.record.source.startLine}): ${(e as Error).message}`, { cause: e });
  }
}

function renderRecord(d: Data & { record: SiteRecord }): string {
  const r = d.record;
  const site = d.archive.site;
  const permalink = absolute(site.url, r.url);
  const named = r.people.reporters.length + r.people.correspondents.length + r.people.photographers.length + r.people.interns.length;
  const people = (label: string, list: PersonLink[]) => (list.length ? html`<span>${label} ${list.map((p, k) => html`${k ? " " : ""}<a href="${p.url}">${p.name}</a>`)}</span> ` : "");
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: r.title.slice(0, 110),
    ...(r.pretitle || r.subtitle ? { alternativeHeadline: [r.pretitle, r.subtitle].filter(Boolean).join(" ") } : {}),
    ...(r.date ? { datePublished: r.date } : {}),
    inLanguage: "zh-CN",
    url: permalink,
    mainEntityOfPage: permalink,
    ...(r.district ? { contentLocation: { "@type": "Place", name: [r.city, r.district, r.place].filter(Boolean).join(" ") } } : {}),
    ...(r.byline.reporters.length ? { author: r.byline.reporters.map((name) => ({ "@type": "Person", name })) } : {}),
    ...(r.paper ? { publisher: { "@type": "Organization", name: r.paper } } : {}),
    ...(r.keywords.length ? { keywords: r.keywords.join(",") } : {}),
  };
  const body = html`<article class="record">
<nav class="crumbs" aria-label="位置" data-pagefind-ignore><a href="/">首页</a>${r.city ? html` › <span>${r.city}</span>` : ""} › ${r.districtUrl ? html`<a href="${r.districtUrl}">${r.district ?? "城区不详"}</a>` : html`<span>城区不详</span>`}${r.place ? html` › ${r.placeUrl ? html`<a href="${r.placeUrl}">${r.place}</a>` : html`<span>${r.place}</span>`}` : ""}</nav>
<header>
${r.section ? html`<p class="section">${r.section}</p>` : ""}
${r.kicker ? html`<p class="kicker">${r.kicker}</p>` : ""}
${r.pretitle ? html`<p class="pretitle">${r.pretitle}</p>` : ""}
<h1>${r.title}</h1>
${r.subtitle ? html`<p class="subtitle">——${r.subtitle}</p>` : ""}
<p class="meta" data-pagefind-ignore><a href="${r.dateUrl}">${r.date ?? "日期不详"}</a>${r.dateSource ? html` <span class="date-source">(${DATE_SOURCE[r.dateSource]})</span>` : ""} · ${KIND[r.kind]}${r.paper ? ` · ${r.paper}` : ""}${r.page ? ` · 第${r.page}版` : ""}</p>
${r.byline.raw ? html`<p class="byline"${named ? "" : raw(" data-pagefind-ignore")}>${named ? html`${people("记者", r.people.reporters)}${people("通讯员", r.people.correspondents)}${people("摄影", r.people.photographers)}${people("实习生", r.people.interns)}` : r.byline.raw}</p>` : ""}
</header>
${r.continued?.from ? html`<p class="jump" data-pagefind-ignore>(上接第${r.continued.from}版)</p>` : ""}
<div class="body">${bodyHtml(r)}</div>
${r.continued?.to ? html`<p class="jump" data-pagefind-ignore>(下转第${r.continued.to}版)</p>` : ""}
${r.captions.map((c) => html`<figure class="caption"><figcaption>图注:${c.text}</figcaption></figure>`)}
${r.credits.map((c) => html`<p class="credit">${c}</p>`)}
${r.paragraphs.length === 0 && r.captions.length === 0 ? html`<p class="notice" data-pagefind-ignore>${r.kind === "photo" ? "版面上这张图片没有图注。" : "版面上只有这一标题,正文未能识别(OCR 缺失)。"}</p>` : ""}
<div hidden data-pagefind-ignore="index">
<span data-pagefind-filter="district">${r.district ? `${r.city ?? ""}${r.district}` : "城区不详"}</span>
<span data-pagefind-filter="kind">${KIND[r.kind]}</span>
<span data-pagefind-filter="year">${r.date ? r.date.slice(0, 4) : "日期不详"}</span>
${r.date ? html`<span data-pagefind-filter="month">${r.date.slice(0, 7)}</span>` : ""}
<span data-pagefind-meta="date">${r.date ?? ""}</span>
<span data-pagefind-sort="date">${r.date ?? "0000"}</span>
</div>
${simplified(r)}<div hidden data-pagefind-weight="6">${TITLE_FIELD_SENTINEL} ${r.titleTerms.join(" ")}</div>
<footer data-pagefind-ignore>
${r.keywords.length ? html`<p class="keywords">关键词:${r.keywords.map((k) => html`<a href="/search/?q=${encodeURIComponent(k)}">${k}</a> `)}</p>` : ""}
<details class="cite"><summary>引用本文</summary>
<p><output id="citation">${citation(r, permalink)}</output></p>
<p><button type="button" data-copy="citation">复制引用</button> <a href="${permalink}">永久链接</a></p>
</details>
${r.corrected ? html`<p class="corrected">本条经整理者校正${r.corrected.notes.length ? html`:${r.corrected.notes.join(";")}` : ""}。</p>` : ""}
<p class="source">来源:<a href="${r.sourceUrl}">版面原文 <code>${r.source.file}</code> 第 ${r.source.startLine}–${r.source.endLine} 行</a></p>
<nav class="prevnext" aria-label="同版前后">${r.prev ? html`<a rel="prev" href="${r.prev.url}">← ${r.prev.title}</a>` : html`<span></span>`}${r.next ? html`<a rel="next" href="${r.next.url}">${r.next.title} →</a>` : ""}</nav>
${r.related.length ? html`<section><h2>相关报道</h2><ul>${r.related.map((x) => html`<li><a href="${x.url}">${x.title}</a> <span class="meta">${x.date ?? "日期不详"}</span></li>`)}</ul></section>` : ""}
</footer>
</article>
<script>
for (const b of document.querySelectorAll("[data-copy]")) b.addEventListener("click", () => {
  navigator.clipboard?.writeText(document.getElementById(b.dataset.copy).textContent).then(() => { b.textContent = "已复制"; });
});
</script>`;
  return layout({
    title: r.pageTitle,
    description: (r.paragraphs[0] ?? r.captions[0]?.text ?? r.title).slice(0, 80),
    url: r.url,
    siteUrl: site.url,
    body,
    indexed: true,
    ogType: "article",
    head: html`<script type="application/ld+json">${raw(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}</script>`,
  });
}
