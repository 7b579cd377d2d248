// The search page: Pagefind's JS API behind a layer that converts Traditional queries, keeps only results that
// contain the query, says 未找到 when none does, marks whole words in excerpts, and keeps its state in the URL.
import { excerptAround, isLiteralMatch, queryTerms, splitIndexedText } from "./search-text.ts";
import { initOfflineSave, offlineScope } from "./offline.ts";

declare const __TRADITIONAL_CHARS__: string;

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Result {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<{ results: Result[] } | null>;
  preload?(q: string): Promise<void>;
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
/** How many Pagefind results to read before deciding that none contains the query. */
const SCAN_LIMIT = 60;

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

/** One Pagefind instance per shard (half a year of records), loaded only when a search reaches it. */
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
  // offline: only the shards this browser holds, and the article pages it has read (src/browser/offline.ts)
  const scope = await offlineScope(shardsFor(list.shards, s));
  const shards = scope.shards;
  let readPages = false;

  const found: ResultData[] = [];
  let shardAt = 0;
  let results: Result[] | null = null;
  let pending: Promise<ResultData>[] = [];
  let read = 0;
  let misses = 0;
  const exhausted = () => shardAt >= shards.length;
  /** Reads results one by one, in rank order, shard by shard, keeping the next PAGE fragments in flight;
   * returns false when every shard is read. */
  const readOne = async (): Promise<boolean> => {
    while (!exhausted()) {
      try {
        if (!results) {
          const pf = await instance(shards[shardAt]!);
          results = (await pf.search(q, { filters, sort }))?.results ?? [];
          pending = [];
          read = 0;
          misses = 0;
        }
        if (read >= results.length || misses >= SCAN_LIMIT) {
          results = null;
          shardAt++;
          continue;
        }
        while (pending.length < read + PAGE && pending.length < results.length) pending.push(results[pending.length]!.data());
        const d = await pending[read++]!;
        if (isLiteralMatch(d.meta.title ?? "", d.content, terms)) {
          found.push(d);
          misses = 0;
        } else misses++;
        return true;
      } catch {
        // a file of this shard could not be fetched (no network): the page says so and goes on with the next shard
        scope.fail(shards[shardAt]!);
        results = null;
        shardAt++;
      }
    }
    if (!readPages) {
      readPages = true;
      found.push(...(await scope.readPages(terms, filters)));
      return true;
    }
    return false;
  };
  let shown = 0;
  const showStatus = () => {
    const converted = q !== s.q ? `(按简体“${q}”)` : "";
    status.textContent =
      found.length === 0
        ? `未找到包含“${s.q}”的报道${converted}。`
        : `找到${exhausted() ? "" : "至少"} ${found.length} 条包含“${s.q}”的报道${converted},已显示 ${shown} 条。`;
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
      } else if (!(await readOne())) break;
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
  const { afterTitle } = splitIndexedText(d.content, d.meta.title ?? "");
  const where = (d.filters.district ?? []).join("、");
  li.innerHTML =
    `<a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a>` +
    ` <span class="meta">${escapeHtml(d.meta.date || "日期不详")}${where ? ` · ${escapeHtml(where)}` : ""}${d.filters.kind?.[0] && d.filters.kind[0] !== "报道" ? ` · ${escapeHtml(d.filters.kind[0])}` : ""}</span>` +
    `<p class="excerpt">${excerptAround(afterTitle, terms, 70)}</p>`;
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
input.addEventListener("input", () => {
  // Pagefind fetches the index chunks for a word while it is still being typed (at once: it fetches a chunk only once)
  const q = input.value.trim();
  if (q) void loadShards().then(async (l) => l.shards[0] && (await instance(l.shards[0])).preload?.(q));
});
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
  // start the newest shard's runtime while the reader types
  void loadShards().then((l) => l.shards[0] && instance(l.shards[0]));
  input.value = s.q;
  if (s.q) void run(s);
  await fillFilters();
  showState(s);
})();
