// The page shell every template shares: <html lang="zh-CN">, metadata for sharing, header with search, footer.
import { html, raw, type Raw } from "./html.ts";

export interface Shell {
  title: string;
  description?: string;
  /** Site-relative URL of the page ("/articles/x/"), for its canonical URL. */
  url: string;
  body: Raw;
  /** Absolute site root ("https://…/prefix/"), for canonical and OpenGraph URLs. */
  siteUrl: string;
  /** Pagefind indexes only pages that say so (article pages). */
  indexed?: boolean;
  head?: Raw;
  ogType?: "website" | "article";
}

export const SITE_NAME = "城区新闻档案";

export const absolute = (siteUrl: string, url: string) => siteUrl.replace(/\/$/, "") + url;

export function layout({ title, description, url, body, indexed, head, siteUrl, ogType }: Shell): string {
  const canonical = absolute(siteUrl, url);
  return (
    "<!DOCTYPE html>\n" +
    html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${SITE_NAME}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${title}">
<meta property="og:type" content="${ogType ?? "website"}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="zh_CN">
${description ? html`<meta property="og:description" content="${description}">` : ""}
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="/assets/site.css">
<link rel="alternate" type="application/atom+xml" title="${SITE_NAME} 最新记录" href="/feed.xml">
<link rel="alternate" type="application/feed+json" title="${SITE_NAME} 最新记录" href="/feed.json">
${head ?? ""}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
  <a class="brand" href="/">${SITE_NAME}</a>
  <nav aria-label="主导航"><a href="/districts/">按地点</a> <a href="/dates/">按日期</a> <a href="/people/">按记者</a> <a href="/about/">关于</a></nav>
  <form class="site-search" action="/search/" method="get" role="search" aria-label="全站搜索">
    <label class="visually-hidden" for="site-q">搜索档案</label>
    <input id="site-q" name="q" type="search" placeholder="搜索档案">
    <button type="submit">搜索</button>
  </form>
</header>
<main id="main"${raw(indexed ? " data-pagefind-body" : "")}>
${body}
</main>
<footer class="site-footer"><p>${SITE_NAME}:城市报纸区县新闻的静态档案,可离线检索。<a href="/api/articles.json">全部数据(JSON)</a> · <a href="/feed.xml">订阅(Atom)</a> · <a href="/bulletins/">版面</a></p></footer>
<script>
if ("serviceWorker" in navigator) navigator.serviceWorker.register(new URL("../sw.js", document.querySelector('link[rel="stylesheet"]').href));
</script>
</body>
</html>
`.value
  );
}
