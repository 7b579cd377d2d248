// The search page: Pagefind's JS API behind a layer that converts Traditional queries, keeps only results that
// contain the query, says 未找到 when none does, marks whole words in excerpts, and keeps its state in the URL.
import { excerptAround, isLiteralMatch, pairQuery, queryTerms, relevanceScore, splitIndexedText } from "./search-text.ts";
import { bucketPath, directoryPartsOf, lookupParts, partRecordUrls, type Bucket, type PartCandidates, type PartRecord } from "../search-index/lookup.ts";
import type { DirectoryInfo } from "../search-index/keys.ts";
import { initOfflineSave, offlineScope } from "./offline.ts";
import { passesFilters, readArticlePage } from "./article-page.ts";

declare const __TRADITIONAL_CHARS__: string;

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Result {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words?: number[];
  data(): Promise<ResultData>;
}
type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, string> };
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: SearchOptions): Promise<{ results: Result[] } | null>;
  preload?(q: string, o?: SearchOptions): Promise<void>;
}

interface State {
  q: string;
  districts: string[];
  year: string;
  month: string;
  kind: string;
  sort: "" | "date" | "date-asc";
}

const PAGE = 10;
/** Once a shard has given results that contain the query, how many more results of it to read that do not before leaving it. */
const SCAN_LIMIT = 60;
/** Before any: how many to read. A query whose pairs the directory finds in a shard may still be in none of its records
 * (the pairs in different records), or far down Pagefind's ranking (a rare string of common words): read deep. */
const DEEP_LIMIT = 400;
/** Shards one Pagefind runtime searches at once (mergeIndex), their scores merged: one relevance ranking across them. */
const MERGE_MAX = 6;
/** A query that at most this many records can hold (the directory's bound) is asked of Pagefind as its pairs. */
const PAIRS_MAX = 200;
/** A query whose rare keys the directory finds in at most this many records reads those records' pages, not the index. */
const PAGES_MAX = 24;

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>("#search-form");
const input = $<HTMLInputElement>("#search-q");
const districtBox = $<HTMLElement>("#search-districts");
const yearSelect = $<HTMLSelectElement>("#search-year");
const monthSelect = $<HTMLSelectElement>("#search-month");
const kindSelect = $<HTMLSelectElement>("#search-kind");
const sortSelect = $<HTMLSelectElement>("#search-sort");
const status = $<HTMLElement>("#search-status");
const resultsList = $<HTMLElement>("[data-results]");
const more = $<HTMLButtonElement>("#search-more");

interface Shard {
  name: string;
  /** "2024-h1", "undated"…: a period over the build's bound is in several shards ("undated", "undated.2"…) */
  period?: string;
  path: string;
  count: number;
  year: string | null;
}
interface ShardList {
  shards: Shard[];
  filters: Record<string, Record<string, number>>;
  /** Which shards hold each character pair (src/search-index/), in parts; absent from a site built before it. */
  directories?: DirectoryInfo[];
  /** The same in one part, on a site built before the parts. */
  directory?: DirectoryInfo;
}

/** The site's root, from the search page's own URL (<root>/search/), so the site works under a path prefix. */
const root = new URL("../", location.href);
let shardList: Promise<ShardList> | null = null;
const loadShards = () =>
  (shardList ??= fetch(new URL("pagefind/shards.json", root))
    .then((r) => r.json() as Promise<ShardList>)
    .catch((e: unknown) => {
      shardList = null; // tried again at the next search
      throw e;
    }));

/** One Pagefind instance per shard, loaded only when a search sorted by date reaches it. */
const instances = new Map<string, Promise<Pagefind>>();
function instance(shard: Shard): Promise<Pagefind> {
  let pf = instances.get(shard.name);
  if (!pf) {
    pf = (async () => {
      const mod = (await import(/* @vite-ignore */ new URL(`${shard.path}pagefind.js`, root).href)) as Pagefind;
      await mod.options({ excerptLength: 40, baseUrl: root.pathname });
      await mod.init();
      return mod;
    })();
    instances.set(shard.name, pf);
    pf.catch(() => instances.delete(shard.name)); // not held offline, or the network failed: tried again next time
  }
  return pf;
}

/** A search by relevance: one Pagefind runtime (the newest shard's, precached) with the shards it needs merged into it
 * (mergeIndex), each tagged with a `shard` filter so that a search reads only the shards it names. The merged set grows
 * with the searches of a visit, and starts again past twice MERGE_MAX. */
let merged: { pf: Promise<Pagefind>; shards: Map<string, Promise<void>> } | null = null;
async function mergedFor(list: ShardList, shards: Shard[]): Promise<Pagefind> {
  const primary = list.shards[0]!;
  if (merged && merged.shards.size + shards.length > 2 * MERGE_MAX + 1 && shards.some((s) => !merged!.shards.has(s.name))) dropMerged();
  if (!merged) await dropping;
  if (!merged) {
    const pf = (async () => {
      const mod = (await import(/* @vite-ignore */ new URL(`${primary.path}pagefind.js?merged`, root).href)) as Pagefind;
      await mod.options({ excerptLength: 40, baseUrl: root.pathname, basePath: new URL(primary.path, root).pathname, mergeFilter: { shard: primary.name } });
      await mod.init();
      return mod;
    })();
    merged = { pf, shards: new Map([[primary.name, pf.then(() => {})]]) };
  }
  const m = merged;
  const pf = await m.pf;
  for (const s of shards) {
    if (!m.shards.has(s.name)) m.shards.set(s.name, pf.mergeIndex(new URL(s.path, root).pathname, { mergeFilter: { shard: s.name } }));
  }
  await Promise.all(shards.map((s) => m.shards.get(s.name)));
  return pf;
}

/** Pagefind's instances share one worker, which destroying the last of them ends: a new merged runtime waits for the
 * old one's end. */
let dropping: Promise<void> = Promise.resolve();
function dropMerged() {
  const old = merged;
  merged = null;
  dropping = old ? old.pf.then((pf) => pf.destroy()).catch(() => {}) : dropping;
}

/** A file of the site (a path relative to its root); an answer that is not 2xx is an error. */
async function fetchOk(path: string): Promise<Response> {
  const r = await fetch(new URL(path, root));
  if (!r.ok) throw new Error(`${r.status} ${path}`);
  return r;
}

/** Results in the order of one score for all (relevanceScore), the newer first among equals, else in the order given. */
function byRelevance(results: ResultData[], terms: string[]): ResultData[] {
  return results
    .map((d) => ({ d, score: relevanceScore(d.meta.title ?? "", d.content, terms) }))
    .sort((a, b) => b.score - a.score || (b.d.meta.date ?? "").localeCompare(a.d.meta.date ?? ""))
    .map((x) => x.d);
}

/** Directory files, each fetched once. */
const buckets = new Map<string, Promise<Bucket>>();
function loadBucket(dir: DirectoryInfo, b: number): Promise<Bucket> {
  const url = new URL(bucketPath(dir, b), root).href;
  let p = buckets.get(url);
  if (!p) {
    p = fetchOk(bucketPath(dir, b)).then((r) => r.json() as Promise<Bucket>);
    p.catch(() => buckets.delete(url));
    buckets.set(url, p);
  }
  return p;
}

/** Trigram filter files, each fetched once (the query is looked up while it is typed, and again on Enter). */
const filterFiles = new Map<string, Promise<ArrayBuffer>>();
function loadFilterFile(path: string): Promise<ArrayBuffer> {
  let p = filterFiles.get(path);
  if (!p) {
    p = fetchOk(path).then((r) => r.arrayBuffer());
    p.catch(() => filterFiles.delete(path));
    filterFiles.set(path, p);
  }
  return p;
}

/** Offline, the shards whose index this browser holds (their entry file is in Cache Storage: the service worker stored
 * it on a visit, or "离线保存" did); online, all. Only for preloading while the reader types: a search itself asks
 * offlineScope (src/browser/offline.ts), which knows which shards were saved whole. */
async function readable(shards: Shard[]): Promise<{ ok: Shard[]; missing: Shard[] }> {
  if (navigator.onLine !== false || typeof caches === "undefined") return { ok: shards, missing: [] };
  const held = await Promise.all(shards.map((sh) => caches.match(new URL(`${sh.path}pagefind-entry.json`, root).href, { ignoreSearch: true }).then((r) => !!r, () => false)));
  return { ok: shards.filter((_, k) => held[k]), missing: shards.filter((_, k) => !held[k]) };
}

/** The shards and records that can hold the query; null when the directory cannot be read (an old site, or offline
 * with its files not saved). */
async function candidates(list: ShardList, terms: string[]): Promise<PartCandidates | null> {
  const dirs = directoryPartsOf(list);
  if (dirs.length === 0) return null;
  try {
    return await lookupParts(dirs, terms, loadBucket, loadFilterFile);
  } catch {
    return null;
  }
}

/** The few records a rare key names, read from their own pages: those that hold every term and pass the filters, in the
 * order asked. Null when a page cannot be read (offline, not cached): the shards are searched instead. */
async function readRecords(dirs: DirectoryInfo[], records: PartRecord[], terms: string[], filters: Record<string, unknown>, sort: State["sort"]): Promise<ResultData[] | null> {
  const parser = new DOMParser();
  try {
    const urls = await partRecordUrls(dirs, records, async (path) => (await (await fetchOk(path)).json()) as string[]);
    const pages = await Promise.all(urls.map(async (u) => readArticlePage(new URL(u, root).pathname, await (await fetchOk(u)).text(), parser)));
    const hits = pages.filter((p) => !!p && passesFilters(p.values, filters) && isLiteralMatch(p.result.meta.title ?? "", p.result.content, terms)).map((p) => p!.result);
    const date = (d: ResultData) => d.meta.date || "";
    if (sort) return hits.sort((a, b) => (!date(a) || !date(b) ? Number(!date(a)) - Number(!date(b)) : sort === "date" ? date(b).localeCompare(date(a)) : date(a).localeCompare(date(b))));
    // as the shards' results are ranked (flush in run)
    return byRelevance(hits, terms);
  } catch {
    return null;
  }
}

/** The shards a search reads, in the order it reads them: newest first (oldest first when sorted so), no-date last. */
function shardsFor(list: Shard[], s: State): Shard[] {
  const year = s.month ? s.month.slice(0, 4) : s.year;
  const half = s.month ? (Number(s.month.slice(5, 7)) <= 6 ? "h1" : "h2") : null;
  // shard names: "all", "undated", a year ("2024"), a half-year ("2024-h2") or, in the newest period, a month ("2024-11")
  const period = (sh: Shard) => sh.period ?? sh.name;
  const holds = (sh: Shard) => (/^\d{4}-\d{2}$/.test(period(sh)) ? period(sh) === s.month : !half || !period(sh).includes("-h") || period(sh).endsWith(half));
  const chosen = list.filter((sh) => period(sh) === "all" || (year === "日期不详" ? period(sh) === "undated" : !year || (sh.year === year && (!s.month || holds(sh)))));
  if (s.sort !== "date-asc") return chosen;
  const dated = chosen.filter((sh) => sh.year !== null).reverse();
  return [...dated, ...chosen.filter((sh) => sh.year === null)];
}

const TRADITIONAL = new Set(__TRADITIONAL_CHARS__);
let converter: Promise<(s: string) => string> | null = null;
/** 紅旗區 → 红旗区; opencc-js is loaded only for queries that hold a Traditional character. */
async function toSimplified(q: string): Promise<string> {
  if (![...q].some((c) => TRADITIONAL.has(c))) return q;
  converter ??= import("opencc-js/t2cn").then((m) => m.Converter({ from: "t", to: "cn" }));
  return (await converter)(q);
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  const sort = p.get("sort");
  return {
    q: p.get("q") ?? "",
    districts: p.getAll("district").flatMap((d) => d.split(",")).filter(Boolean),
    year: p.get("year") ?? "",
    month: p.get("month") ?? "",
    kind: p.get("kind") ?? "",
    sort: sort === "date" || sort === "date-asc" ? sort : "",
  };
}

function formState(): State {
  return {
    q: input.value.trim(),
    districts: [...districtBox.querySelectorAll<HTMLInputElement>("input:checked")].map((c) => c.value),
    year: yearSelect.value,
    month: monthSelect.value,
    kind: kindSelect.value,
    sort: sortSelect.value as State["sort"],
  };
}

function showState(s: State) {
  input.value = s.q;
  for (const c of districtBox.querySelectorAll<HTMLInputElement>("input")) c.checked = s.districts.includes(c.value);
  yearSelect.value = s.year;
  monthSelect.value = s.month;
  kindSelect.value = s.kind;
  sortSelect.value = s.sort;
  if (s.districts.length || s.year || s.month || s.kind || s.sort) $<HTMLDetailsElement>("details.filters").open = true;
}

function stateUrl(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const d of s.districts) p.append("district", d);
  if (s.year) p.set("year", s.year);
  if (s.month) p.set("month", s.month);
  if (s.kind) p.set("kind", s.kind);
  if (s.sort) p.set("sort", s.sort);
  const qs = p.toString();
  return qs ? `?${qs}` : location.pathname;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let generation = 0;
async function run(s: State) {
  const mine = ++generation;
  resultsList.innerHTML = "";
  resultsList.setAttribute("aria-busy", "true");
  more.hidden = true;
  if (!s.q) {
    resultsList.setAttribute("aria-busy", "false");
    status.textContent = "请输入要搜索的词。";
    return;
  }
  status.textContent = "正在搜索…";
  const [list, q] = await Promise.all([loadShards(), toSimplified(s.q)]).catch(() => [null, s.q] as const);
  if (!list) {
    resultsList.setAttribute("aria-busy", "false");
    status.textContent = "无法读取搜索数据:没有网络,这台设备上也没有保存。请联网后再试。";
    return;
  }
  const terms = queryTerms(q);
  const filters: Record<string, unknown> = {};
  if (s.districts.length) filters.district = { any: s.districts };
  if (s.year) filters.year = s.year;
  if (s.month) filters.month = s.month;
  if (s.kind) filters.kind = s.kind;
  const sort = s.sort === "date" ? { date: "desc" } : s.sort === "date-asc" ? { date: "asc" } : undefined;
  // only the shards whose records hold every character pair of the query (the directory), else all that the filters allow;
  // a query with a rare key: the few records the directory names, read from their pages
  const looked = await candidates(list, terms);
  const bounds = looked?.shards ?? null;
  const dirs = directoryPartsOf(list);
  const direct = looked?.records && looked.records.length <= PAGES_MAX && dirs.every((d) => d.recordsPerFile) ? await readRecords(dirs, looked.records, terms, filters, s.sort) : null;
  if (mine !== generation) return;
  // offline: only the shards this browser holds, and the article pages it has read (src/browser/offline.ts)
  const wanted = direct ? [] : shardsFor(list.shards, s).filter((sh) => !bounds || bounds.has(sh.name));
  const scope = await offlineScope(wanted);
  if (mine !== generation) return;
  const shards = scope.shards;
  const missing = wanted.filter((sh) => !shards.includes(sh));
  let readPages = !!direct;
  const bound = (batch: Shard[]) => (bounds ? batch.reduce((n, sh) => n + (bounds.get(sh.name) ?? 0), 0) : Infinity);
  // by date: shard after shard in date order; by relevance: the shards where most records can hold it first, MERGE_MAX
  // at a time in one runtime, whose scores rank them together
  const byBound = [...shards].sort((a, b) => (bounds ? bound([b]) - bound([a]) : 0));
  // the first batch: the fewest shards (at least two) whose records can fill three pages; each shard costs its metadata
  // and index chunks, about 120 KB, so a word many records hold is read from the first few
  let first = bounds ? 2 : MERGE_MAX;
  while (bounds && first < MERGE_MAX && bound(byBound.slice(0, first)) < 3 * PAGE) first++;
  const batches: Shard[][] = sort
    ? shards.map((sh) => [sh])
    : byBound.length
      ? [byBound.slice(0, first), ...Array.from({ length: Math.ceil((byBound.length - first) / MERGE_MAX) }, (_, k) => byBound.slice(first + k * MERGE_MAX, first + (k + 1) * MERGE_MAX))]
      : [];
  const single = terms.length === 1 && [...terms[0]!].length > 1;
  // a string that few records can hold, of common pairs (道家里开), is found by Pagefind only as its pairs: asked as
  // written, its words cut otherwise than the text's, it ranks below hundreds of results; a string many records hold is
  // asked as written (its words: fewer index chunks to fetch than its pairs)
  const asked = bound(shards) <= PAIRS_MAX ? pairQuery(terms) : q;
  /** A batch's results in the order to read them: by date; or the exact phrase's (Pagefind's quoted search: nearly
   * always the literal matches) first, then the rest by score. */
  const resultsOf = async (batch: Shard[]): Promise<Result[]> => {
    if (sort) return (await (await instance(batch[0]!)).search(asked, { filters, sort }))?.results ?? [];
    const pf = await mergedFor(list, batch);
    const f = { ...filters, shard: { any: batch.map((b) => b.name) } };
    const [exact, loose] = await Promise.all([single ? pf.search(`"${terms[0]}"`, { filters: f }) : null, pf.search(asked, { filters: f })]);
    const seen = new Set<string>();
    const exactIds = new Set((exact?.results ?? []).map((e) => e.id));
    const rest = (loose?.results ?? []).filter((r) => !exactIds.has(r.id));
    // no exact phrase (the words of the text are cut otherwise than the query's: 一上场 in 一上 场): the results whose
    // matched words stand side by side first, as the string's pieces would
    const adjacent = (r: Result) => {
      const at = new Set(r.words ?? []);
      return [...at].some((w) => at.has(w + 1));
    };
    const ordered = !exact?.results.length && single && [...terms[0]!].length >= 3 ? [...rest.filter(adjacent), ...rest.filter((r) => !adjacent(r))] : rest;
    return [...(exact?.results ?? []), ...ordered].filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  };

  const found: ResultData[] = direct ?? [];
  /** Years whose shards could not be read (offline, not saved). */
  const unsearched = new Set<string>(missing.map((sh) => sh.year ?? "日期不详"));
  let batchAt = 0;
  let results: Result[] | null = null;
  let pending: Promise<ResultData | null>[] = [];
  let read = 0;
  let misses = 0;
  let foundHere = 0;
  /** Pagefind's results in the batches begun, and how many of them were read: for the estimate of a count. */
  let total = 0;
  let readAll = 0;
  /** A batch was left before all its results were read: the count is an estimate, and "none" is not certain. */
  let cutShort = false;
  const exhausted = () => batchAt >= batches.length;
  /** By relevance, results that hold the query wait here until a page of them (or the batch) is read, and are shown in
   * the order of the page's own score (relevanceScore): Pagefind's scores of different shards are not comparable (each
   * weighs a word by how rare it is in its shard), and a small shard's would otherwise come first. */
  const held: ResultData[] = [];
  const flush = () => found.push(...byRelevance(held.splice(0), terms));
  /** The directory names the few records that can hold the query, but their pages could not be read (offline): all of
   * them are read from the shards before any is shown, ranked as their pages would have been. */
  const holdAll = !direct && !!looked?.records && looked.records.length <= PAGES_MAX;
  /** Reads results one by one, in order, batch by batch, keeping the next PAGE fragments in flight; returns false when
   * every batch is read. A batch is left when its results are read, when it has given as many as the directory says its
   * records can hold, or after SCAN_LIMIT results in a row that do not hold the query (DEEP_LIMIT before the first). */
  const readOne = async (): Promise<boolean> => {
    while (!exhausted()) {
      const batch = batches[batchAt]!;
      if (!results) {
        try {
          results = await resultsOf(batch);
        } catch {
          // offline, and this shard's index is not saved: its years are named; the merged runtime, which may hold the
          // shard's half-made instance, starts again at the next search
          for (const sh of batch) {
            unsearched.add(sh.year ?? "日期不详");
            scope.fail(sh);
          }
          if (!sort) dropMerged();
          batchAt++;
          continue;
        }
        pending = [];
        read = 0;
        misses = 0;
        foundHere = 0;
        total += results.length;
      }
      // DEEP_LIMIT bounds the whole search before its first hit, not each batch
      const none = found.length + held.length === 0;
      if (read >= results.length || foundHere >= bound(batch) || misses >= (foundHere ? SCAN_LIMIT : DEEP_LIMIT) || (none && readAll >= DEEP_LIMIT)) {
        const giveUp = none && readAll >= DEEP_LIMIT;
        if ((read < results.length && foundHere < bound(batch)) || (giveUp && batchAt + 1 < batches.length)) cutShort = true;
        if (!holdAll) flush();
        results = null;
        batchAt = giveUp ? batches.length : batchAt + 1;
        continue;
      }
      while (pending.length < read + PAGE && pending.length < results.length) pending.push(results[pending.length]!.data().catch(() => null));
      const d = await pending[read++]!;
      readAll++;
      if (d && isLiteralMatch(d.meta.title ?? "", d.content, terms)) {
        (sort ? found : held).push(d);
        foundHere++;
        misses = 0;
        if (held.length >= PAGE && !holdAll) flush();
      } else misses++;
      return true;
    }
    if (held.length) {
      flush();
      return true;
    }
    if (!readPages) {
      // the article pages this browser has read, of the years it could not search
      readPages = true;
      const pages = (await scope.readPages(terms, filters)) as unknown as ResultData[];
      if (pages.length) {
        found.push(...pages);
        return true;
      }
    }
    return false;
  };
  /** How many records hold the query: certain once every batch is read whole; else estimated, from the directory for a
   * query of one pair without filters (its count of records holding the pair), or from the share of results read so far
   * that held it. */
  const count = (): { n: number; exact: boolean } => {
    if (exhausted() && !cutShort) return { n: found.length, exact: true };
    const plain = !s.districts.length && !s.kind && terms.length === 1 && terms[0]!.length === 2;
    if (plain && bounds) return { n: Math.max(found.length, bound(shards)), exact: false };
    return { n: Math.max(found.length, readAll ? Math.round((found.length / readAll) * total) : 0), exact: false };
  };
  let shown = 0;
  const years = (list: Shard[]) => [...new Set(list.map((sh) => sh.year ?? "日期不详"))].sort().join("、");
  const showStatus = () => {
    const converted = q !== s.q ? `(按简体“${q}”)` : "";
    const gone = [...unsearched].sort().join("、");
    const missing = !unsearched.size ? "" : navigator.onLine === false ? `离线时无法搜索 ${gone} 年的报道(这些年份未保存)。` : `${gone} 年的索引未能读取,这些年份未搜索。`;
    const c = count();
    status.textContent =
      found.length === 0
        ? !exhausted()
          ? "正在搜索…"
          : cutShort
            ? `在最相关的 ${readAll} 条结果中未找到包含“${s.q}”的报道${converted};${years(shards)} 年的报道含有它的每一对相邻的字,但未能逐条核对完。${missing}`
            : `${unsearched.size ? "在已保存的年份中" : ""}未找到包含“${s.q}”的报道${converted}。${missing}`
        : `找到${c.exact ? "" : "约"} ${c.n} 条包含“${s.q}”的报道${converted},已显示 ${shown} 条。${missing}`;
  };
  /** Shows the next page, each result as soon as it and those ranked above it have arrived. */
  const showMore = async () => {
    const target = shown + PAGE;
    while (shown < target) {
      if (found.length > shown) {
        if (mine !== generation) return;
        resultsList.append(resultItem(found[shown]!, terms, shown + 1));
        shown++;
        showStatus();
      } else if (!(await readOne()) && found.length <= shown) break;
    }
    if (mine !== generation) return;
    showStatus();
    resultsList.setAttribute("aria-busy", "false");
    more.hidden = shown >= found.length && exhausted();
    if (!more.hidden && found.length <= shown) {
      // read ahead once the page is on screen, to know whether "更多结果" has anything to give
      void (async () => {
        while (found.length <= shown && (await readOne()));
        if (mine === generation) {
          more.hidden = shown >= found.length && exhausted();
          showStatus();
        }
      })();
    }
  };
  more.onclick = () => {
    void showMore().then(() => resultsList.querySelector<HTMLAnchorElement>(`li:nth-child(${shown - PAGE + 1}) a`)?.focus());
  };
  await showMore();
}

function resultItem(d: ResultData, terms: string[], n: number): HTMLLIElement {
  const li = document.createElement("li");
  const { afterTitle, folded } = splitIndexedText(d.content, d.meta.title ?? "");
  // text printed in Traditional and found by its Simplified copy: the excerpt is of the copy, where the words are
  const lower = afterTitle.toLowerCase();
  const shownText = folded && !terms.some((t) => lower.includes(t)) ? folded : afterTitle;
  const where = (d.filters.district ?? []).join("、");
  li.innerHTML =
    `<a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a>` +
    ` <span class="meta">${escapeHtml(d.meta.date || "日期不详")}${where ? ` · ${escapeHtml(where)}` : ""}${d.filters.kind?.[0] && d.filters.kind[0] !== "报道" ? ` · ${escapeHtml(d.filters.kind[0])}` : ""}</span>` +
    `<p class="excerpt">${excerptAround(shownText, terms, 70)}</p>`;
  li.setAttribute("aria-setsize", "-1");
  li.setAttribute("aria-posinset", String(n));
  return li;
}

async function fillFilters() {
  const f = (await loadShards()).filters;
  const options = (sel: HTMLSelectElement, values: Record<string, number> | undefined, label: (v: string) => string, desc = false) => {
    const keys = Object.keys(values ?? {}).sort();
    if (desc) keys.reverse();
    for (const v of keys) sel.append(new Option(`${label(v)}(${values![v]})`, v));
  };
  options(yearSelect, f.year, (v) => v, true);
  options(monthSelect, f.month, (v) => v, true);
  options(kindSelect, f.kind, (v) => v);
  const districts = Object.keys(f.district ?? {}).sort();
  districtBox.innerHTML = districts
    .map((d, k) => `<label><input type="checkbox" name="district" value="${escapeHtml(d)}" id="d${k}"> ${escapeHtml(d)} <span class="count">${f.district![d]}</span></label>`)
    .join("");
}

function submit(push: boolean) {
  const s = formState();
  if (push) history.pushState(null, "", stateUrl(s));
  else history.replaceState(null, "", stateUrl(s));
  void run(s);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  submit(true);
});
/** While the reader types: the directory's files for the words so far and, once the query is down to a few shards, those
 * shards merged and the index chunks for the word (Pagefind fetches a chunk only once). */
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => void prepare(formState()).catch(() => {}), 250);
});
async function prepare(s: State) {
  if (!s.q) return;
  const [list, q] = await Promise.all([loadShards(), toSimplified(s.q)]);
  const looked = await candidates(list, queryTerms(q));
  const bounds = looked?.shards;
  const { ok: shards } = await readable(shardsFor(list.shards, s).filter((sh) => !bounds || bounds.has(sh.name)));
  // nothing to preload for a query its records' pages will answer
  if (!bounds || shards.length === 0 || shards.length > MERGE_MAX || (looked?.records && looked.records.length <= PAGES_MAX)) return;
  const asked = shards.reduce((n, sh) => n + (bounds.get(sh.name) ?? 0), 0) <= PAIRS_MAX ? pairQuery(queryTerms(q)) : q;
  if (s.sort) return void (await instance(shards[0]!)).preload?.(asked);
  const pf = await mergedFor(list, shards);
  await pf.preload?.(asked, { filters: { shard: { any: shards.map((sh) => sh.name) } } });
}
form.addEventListener("change", (e) => {
  if (e.target !== input) submit(false);
});
window.addEventListener("popstate", () => {
  const s = readState();
  showState(s);
  void run(s);
});

void initOfflineSave();
void (async () => {
  const s = readState();
  // start the search runtime (the newest shard's, into which others are merged) while the reader types
  void loadShards().then((l) => l.shards[0] && mergedFor(l, []));
  input.value = s.q;
  if (s.q) void run(s);
  await fillFilters();
  showState(s);
})();
