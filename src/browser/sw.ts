// Offline: after one visit the search page, its index and the pages already read work without a network.
// One cache per build (named by the build id), so a new build replaces the old cache.
/// <reference lib="webworker" />
declare const __BUILD_ID__: string;
declare const __PRECACHE__: string[];

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `archive-${__BUILD_ID__}`;
const base = new URL("./", sw.location.href);
const OFFLINE_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>离线 · 城区新闻档案</title></head><body><main><h1>离线:这一页还没有保存</h1><p>没有网络时,只能打开已经看过的页面。<a href="${new URL("search/", base).pathname}">搜索</a>仍然可以使用。</p></main></body></html>`;

sw.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(__PRECACHE__.map((p) => new URL(p, base).href)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("archive-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== sw.location.origin) return;
  const immutable = url.pathname.includes("/pagefind/") && !/pagefind(-entry)?\.(js|json)$|pagefind-worker\.js$|shards\.json$/.test(url.pathname);
  const keep = (p: Promise<unknown>) => event.waitUntil(p);
  event.respondWith(immutable ? cacheFirst(event.request, keep) : networkFirst(event.request, keep));
});

/** Answers at once and stores the copy in the background, so caching never slows a search. */
async function cacheFirst(request: Request, keep: (p: Promise<unknown>) => void): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) keep(cache.put(request, response.clone()));
  return response;
}

async function networkFirst(request: Request, keep: (p: Promise<unknown>) => void): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) keep(cache.put(request, response.clone()));
    return response;
  } catch (e) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode !== "navigate") throw e;
    return new Response(OFFLINE_PAGE, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
  }
}
