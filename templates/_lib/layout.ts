// The page shell every template shares: <html lang="zh-CN">, header with search, footer.
import { html, raw, type Raw } from "./html.ts";

export interface Shell {
  title: string;
  description?: string;
  url: string;
  body: Raw;
  /** Pagefind indexes only pages that say so (article pages). */
  indexed?: boolean;
  head?: Raw;
}

export const SITE_NAME = "城区新闻档案";

export function layout({ title, description, url, body, indexed, head }: Shell): string {
  return (
    "<!doctype html>\n" +
    html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${SITE_NAME}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<link rel="stylesheet" href="/assets/site.css">
${head ?? ""}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
  <a class="brand" href="/">${SITE_NAME}</a>
  <nav aria-label="主导航"><a href="/districts/">按城区</a> <a href="/dates/">按日期</a> <a href="/about/">关于</a></nav>
  <form class="site-search" action="/search/" method="get" role="search">
    <label class="visually-hidden" for="site-q">搜索档案</label>
    <input id="site-q" name="q" type="search" placeholder="搜索档案" ${raw(url === "/search/" ? "" : "")}>
    <button type="submit">搜索</button>
  </form>
</header>
<main id="main"${raw(indexed ? " data-pagefind-body" : "")}>
${body}
</main>
<script>if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js");</script>
<footer class="site-footer"><p>${SITE_NAME}:城市报纸区县新闻的静态档案,可离线检索。<a href="/api/articles.json">数据(JSON)</a></p></footer>
</body>
</html>
`.value
  );
}
