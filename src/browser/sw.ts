// Offline: after one visit the search page, the newest search shard whole and the pages already read work without a
// network; "离线保存" on the search page (src/browser/offline.ts) saves more shards into a cache of its own.
// One cache per build (named by the build id), so a new build replaces the old cache; the saved cache (SAVED_CACHE) is
// not a build's: it outlives new builds, and offline its copy of the search layer is served before the build cache's,
// so a saved archive keeps answering, whole and of one build, until the reader updates it.
/// <reference lib="webworker" />
import { PRECACHED_URL, SAVE_HEADER, SAVED_CACHE, SAVED_SHARED_URL, type Precached } from "./offline-names.ts";

declare const __BUILD_ID__: string;
declare const __PRECACHE__: string[];
declare const __WHOLE_SHARDS_BYTES__: number;

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `archive-${__BUILD_ID__}`;
const base = new URL("./", sw.location.href);
/** Shards cached whole at install, newest first: the newest period's always, more while the total stays under this. */
const WHOLE_SHARDS_BYTES = __WHOLE_SHARDS_BYTES__;
const OFFLINE_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>离线 · 城区新闻档案</title></head><body><main><h1>离线:这一页还没有保存</h1><p>没有网络时,只能打开已经看过的页面。<a href="${new URL("search/", base).pathname}">搜索</a>仍然可以使用。</p></main></body></html>`;

sw.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await cache.addAll(__PRECACHE__.map((p) => new URL(p, base).href));
        // the newest shard whole (and older ones while small), so that a search offline after one visit has a shard to
        // read; a failure here leaves the worker installed, without the marker that says the shard is whole
        await cacheWholeShards(cache).catch(() => {});
      })
      .then(() => sw.skipWaiting()),
  );
});

async function cacheWholeShards(cache: Cache): Promise<void> {
  const manifest = (await (await fetch(new URL("offline/manifest.json", base))).json()) as { buildId: string; shards: { period: string; path: string; bytes: number; list: string }[] };
  const have = new Set(__PRECACHE__);
  const whole: string[] = [];
  let bytes = 0;
  for (const s of manifest.shards) {
    if (s.period !== manifest.shards[0]!.period && bytes + s.bytes > WHOLE_SHARDS_BYTES) break;
    const files = (await (await fetch(new URL(s.list, base))).json()) as string[];
    const missing = files.map((f) => `${s.path}${f}`).filter((f) => !have.has(f));
    for (let i = 0; i < missing.length; i += 64) await cache.addAll(missing.slice(i, i + 64).map((p) => new URL(p, base).href));
    whole.push(s.path);
    bytes += s.bytes;
  }
  const marker: Precached = { buildId: manifest.buildId, shards: whole };
  await cache.put(new URL(PRECACHED_URL, base).href, new Response(JSON.stringify(marker), { headers: { "content-type": "application/json" } }));
}

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
  // the saver's own requests go to the network and into the saved cache only, not into this build's cache as well
  if (event.request.headers.has(SAVE_HEADER)) return;
  const search = ["pagefind/", "offline/"].some((p) => url.pathname.startsWith(new URL(p, base).pathname));
  const immutable = url.pathname.startsWith(new URL("pagefind/", base).pathname) && !/pagefind(-entry)?\.(js|json)$|pagefind-worker\.js$|shards\.json$/.test(url.pathname);
  const keep = (p: Promise<unknown>) => event.waitUntil(p);
  event.respondWith(immutable ? cacheFirst(event.request, keep) : networkFirst(event.request, keep, search));
});

/** Answers at once and stores the copy in the background, so caching never slows a search. A hashed file is the same
 * in every cache that holds it, the saved one included. */
async function cacheFirst(request: Request, keep: (p: Promise<unknown>) => void): Promise<Response> {
  const hit = await caches.match(request);
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok) keep(caches.open(CACHE).then((cache) => cache.put(request, response.clone())));
    return response;
  } catch (e) {
    const copy = await savedMatch(request);
    if (copy) return copy;
    throw e;
  }
}

/** The saved archive's copy of a file: its own, or for Pagefind's runtime (the same bytes in every shard, saved once)
 * the one copy saved. */
async function savedMatch(request: Request): Promise<Response | undefined> {
  if (!(await caches.has(SAVED_CACHE))) return undefined;
  const saved = await caches.open(SAVED_CACHE);
  const own = await saved.match(request, { ignoreSearch: true });
  if (own) return own;
  const shared = (await (await saved.match(new URL(SAVED_SHARED_URL, base).href))?.json().catch(() => null)) as Record<string, string> | null;
  const path = new URL(request.url).pathname;
  const name = path.slice(path.lastIndexOf("/") + 1);
  const inShard = path.startsWith(new URL("pagefind/", base).pathname) && path.split("/").length === new URL("pagefind/x/y", base).pathname.split("/").length;
  return shared?.[name] && inShard ? saved.match(new URL(shared[name], base).href) : undefined;
}

/** The network; without it, for the search layer's fixed names (shards.json, pagefind.js, pagefind-entry.json) the saved
 * archive's copy first, so that its files stay of one build; else this build's copy. */
async function networkFirst(request: Request, keep: (p: Promise<unknown>) => void, search: boolean): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) keep(cache.put(request, response.clone()));
    return response;
  } catch (e) {
    const saved = search ? await savedMatch(request) : undefined;
    const hit = saved ?? (await cache.match(request, { ignoreSearch: true }));
    if (hit) return hit;
    if (request.mode !== "navigate") throw e;
    return new Response(OFFLINE_PAGE, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
  }
}
