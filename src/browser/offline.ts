// Offline search on the search page: which shards this browser holds whole (the service worker's newest shard, and what
// "离线保存" stored), the scope of a search without a network (those shards, plus every article page already read, and
// a plain note of the years it cannot search), and the "离线保存" control: save the search data of the whole archive or
// of chosen years into Cache Storage (SAVED_CACHE), with its size said before it starts and its progress while it runs,
// resumable after a reload, updatable after a new build, removable.
//
// What a save stores is what the build's manifest lists (`offline/manifest.json`, src/search-index/offline-manifest.ts):
// every file under `pagefind/`, by shard, plus the files beside the shards. A save that stops (a reload, a lost network)
// keeps the shards it finished; a shard counts as stored only once all its files are.
import { isLiteralMatch } from "./search-text.ts";
import { passesFilters, readArticlePage, type PageResult } from "./article-page.ts";
// the manifest the build writes (a type only: the page's bundle takes no build code)
import type { OfflineManifest as Manifest, OfflineShard as ManifestShard } from "../search-index/offline-manifest.ts";
import { PRECACHED_URL, SAVE_HEADER, SAVED_CACHE, SAVED_SHARED_URL, SAVED_STATE_URL, type Precached, type SavedState } from "./offline-names.ts";

export interface OfflineShardRef {
  name: string;
  path: string;
  year: string | null;
  period?: string;
}



/** The site's root, from the search page's own URL (<root>/search/). */
const root = new URL("../", location.href);
const abs = (p: string) => new URL(p, root).href;
const MANIFEST = "offline/manifest.json";
const hasCaches = () => typeof caches !== "undefined";

async function json<T>(r: Response | undefined): Promise<T | null> {
  if (!r) return null;
  try {
    return (await r.json()) as T;
  } catch {
    return null;
  }
}

async function readSaved(): Promise<SavedState | null> {
  if (!hasCaches() || !(await caches.has(SAVED_CACHE))) return null;
  return json<SavedState>(await (await caches.open(SAVED_CACHE)).match(abs(SAVED_STATE_URL)));
}

async function writeSaved(cache: Cache, s: SavedState): Promise<void> {
  await cache.put(abs(SAVED_STATE_URL), new Response(JSON.stringify(s), { headers: { "content-type": "application/json" } }));
}

/** Which shards (by their path in shards.json) this browser holds whole, and from where. */
export async function offlineStatus(): Promise<{ shards: string[]; saved: SavedState | null; precached: Precached | null }> {
  if (!hasCaches()) return { shards: [], saved: null, precached: null };
  const [saved, precached] = await Promise.all([readSaved(), caches.match(abs(PRECACHED_URL)).then((r) => json<Precached>(r))]);
  const shards = new Set([...Object.keys(saved?.shards ?? {}), ...(precached?.shards ?? [])]);
  return { shards: [...shards], saved, precached };
}

const yearOf = (s: OfflineShardRef) => s.year ?? ((s.period ?? s.name).startsWith("all") ? "全部" : "日期不详");

/** "2006、2008–2010 年、日期不详": years newest first, runs of three or more joined. */
export function yearList(years: string[]): string {
  const nums = [...new Set(years.filter((y) => /^\d{4}$/.test(y)).map(Number))].sort((a, b) => b - a);
  const runs: string[] = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! - 1) j++;
    runs.push(j - i >= 2 ? `${nums[j]}–${nums[i]}` : nums.slice(i, j + 1).join("、"));
    i = j + 1;
  }
  const rest = years.filter((y) => !/^\d{4}$/.test(y));
  return [...(runs.length ? [`${runs.join("、")} 年`] : []), ...new Set(rest)].join("、");
}

const note = () => document.querySelector<HTMLElement>("[data-offline-note]");
function showNote(text: string) {
  const el = note();
  if (!el) return;
  el.textContent = text;
  el.hidden = !text;
}

export interface OfflineScope<S extends OfflineShardRef> {
  /** The shards to read, in the order given. */
  shards: S[];
  /** A shard that could not be read (no network, a file missing): its years are said, and read pages stand in for it. */
  fail(shard: S): void;
  /** Article pages this browser has cached from the years not searched, that hold every term; [] when none is missing. */
  readPages(terms: string[], filters: Record<string, unknown>): Promise<PageResult[]>;
}

/**
 * The hook the search page calls once per search with the shards it would read. Online: all of them. Offline: only those
 * held whole, and the page says which years it cannot search; the years of shards that fail while reading are said too.
 * A search must never wait on a fetch that cannot answer: offline, a shard not held is not even started.
 */
export async function offlineScope<S extends OfflineShardRef>(shards: S[]): Promise<OfflineScope<S>> {
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  const status = offline ? await offlineStatus().catch(() => null) : null;
  const held = new Set(status?.shards ?? []);
  // no record of what the service worker cached (a worker not installed yet, or one that failed to cache the newest
  // shard): every shard is tried, and those that fail are skipped and named as they fail
  const known = !!status?.precached || !!status?.saved;
  const skipped: S[] = offline && known ? shards.filter((s) => !held.has(s.path)) : [];
  const outdated = !!(status?.saved && status.precached && status.saved.buildId !== status.precached.buildId);
  let pagesFound = 0;
  const say = () => {
    if (!skipped.length) {
      showNote(offline ? `离线:搜索的是保存在这台设备上的数据${outdated ? "(保存时的版本;网站此后已更新)" : ""}。` : "");
      return;
    }
    const years = yearList(skipped.map(yearOf));
    const read = pagesFound ? `只找了其中读过的 ${pagesFound} 篇报道` : "只找了其中读过的报道";
    showNote(
      offline
        ? `离线:${years}的搜索数据不在这台设备上,没有搜索(${read})。联网后可用下方的“离线保存”保存这些年份。`
        : `${years}的搜索数据没能读取(网络不通?),这次没有搜索(${read})。请稍后再试。`,
    );
  };
  say();
  return {
    shards: offline && known ? shards.filter((s) => held.has(s.path)) : shards,
    fail(shard) {
      if (!skipped.includes(shard)) skipped.push(shard);
      say();
    },
    async readPages(terms, filters) {
      if (!skipped.length) return [];
      const years = new Set(skipped.map(yearOf));
      const found = await searchReadPages(terms, filters, (year) => years.has("全部") || years.has(year ?? "日期不详")).catch(() => []);
      pagesFound = found.length;
      say();
      return found;
    },
  };
}

/** Every article page in this browser's caches, read as the search page reads a result: title, text, date, filters. */
async function searchReadPages(terms: string[], filters: Record<string, unknown>, inScope: (year: string | null) => boolean): Promise<PageResult[]> {
  if (!hasCaches()) return [];
  const articles = new URL("articles/", root).pathname;
  const seen = new Map<string, Response>();
  for (const name of await caches.keys()) {
    if (name === SAVED_CACHE) continue;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const path = new URL(req.url).pathname.replace(/index\.html$/, "");
      if (!path.startsWith(articles) || !/^[^/]+\/$/.test(path.slice(articles.length)) || seen.has(path)) continue;
      const r = await cache.match(req);
      if (r?.ok) seen.set(path, r);
    }
  }
  const out: PageResult[] = [];
  const parser = new DOMParser();
  for (const [path, r] of seen) {
    const page = readArticlePage(path, await r.text(), parser);
    if (!page) continue;
    const year = page.values.year?.[0] && page.values.year[0] !== "日期不详" ? page.values.year[0] : null;
    if (!inScope(year) || !passesFilters(page.values, filters)) continue;
    if (!isLiteralMatch(page.result.meta.title ?? "", page.result.content, terms)) continue;
    out.push(page.result);
  }
  return out.sort((a, b) => (b.meta.date ?? "").localeCompare(a.meta.date ?? ""));
}

// ——— 离线保存 ———

const MiB = 1024 * 1024;
export const formatBytes = (b: number) => (b >= 100 * MiB ? `${Math.round(b / MiB)} MB` : b >= MiB ? `${(b / MiB).toFixed(1)} MB` : `${Math.max(1, Math.round(b / 1024))} KB`);
/** Pagefind names every file whose bytes can change with its hash, except these: fetched again on an update. */
const fixedName = (f: string) => !/_[0-9a-f]{6,}\.pf_[a-z]+$/.test(f);

async function fetchManifest(): Promise<Manifest> {
  const r = await fetch(abs(MANIFEST), { cache: "no-cache" });
  if (!r.ok) throw new Error(`${r.status} ${MANIFEST}`);
  return (await r.json()) as Manifest;
}

interface Ui {
  section: HTMLElement;
  save: HTMLButtonElement;
  saveYears: HTMLButtonElement;
  remove: HTMLButtonElement;
  years: HTMLElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
}

/** Groups of shards by year, newest first ("2024": its months or halves; "日期不详"; "全部" for a one-shard archive). */
function byYear(m: Manifest): Map<string, ManifestShard[]> {
  const groups = new Map<string, ManifestShard[]>();
  for (const s of m.shards) {
    const y = yearOf(s);
    groups.set(y, [...(groups.get(y) ?? []), s]);
  }
  return groups;
}

let saving: { cancelled: boolean } | null = null;

/** Sets up the "离线保存" section of the search page, if the page has one. */
export async function initOfflineSave(): Promise<void> {
  const section = document.querySelector<HTMLElement>("[data-offline]");
  if (!section) return;
  const q = <T extends HTMLElement>(sel: string) => section.querySelector<T>(sel)!;
  const ui: Ui = {
    section,
    save: q("[data-offline-save]"),
    saveYears: q("[data-offline-save-years]"),
    remove: q("[data-offline-remove]"),
    years: q("[data-offline-years]"),
    progress: q("[data-offline-progress]"),
    status: q("[data-offline-status]"),
  };
  if (!hasCaches() || !("serviceWorker" in navigator)) {
    setState(ui, "unsupported", "这个浏览器不能保存离线数据(需要 Cache Storage 与 Service Worker,并通过 HTTPS 打开)。");
    return;
  }
  let manifest: Manifest | null = null;
  try {
    manifest = await fetchManifest();
  } catch {
    // offline: what is saved is still described
  }
  ui.save.onclick = () => void runSave(ui, "all");
  ui.saveYears.onclick = () => {
    const chosen = [...ui.years.querySelectorAll<HTMLInputElement>("input:checked:not(:disabled)")].flatMap((c) => c.value.split(" "));
    if (chosen.length) void runSave(ui, chosen);
  };
  ui.remove.onclick = () => void removeSaved(ui);
  ui.years.onchange = () => updateYearsButton(ui, manifest);
  await render(ui, manifest);
  window.addEventListener("online", () => void fetchManifest().then((m) => render(ui, (manifest = m))).catch(() => {}));
  window.addEventListener("offline", () => void render(ui, manifest));
}

function setState(ui: Ui, state: string, text: string) {
  ui.status.dataset.state = state;
  ui.status.textContent = text;
}

function updateYearsButton(ui: Ui, m: Manifest | null) {
  const chosen = [...ui.years.querySelectorAll<HTMLInputElement>("input:checked:not(:disabled)")];
  const bytes = chosen.reduce((n, c) => n + Number(c.dataset.bytes ?? 0), 0);
  ui.saveYears.disabled = !m || !chosen.length || !!saving || !navigator.onLine;
  ui.saveYears.textContent = chosen.length ? `保存所选 ${chosen.length} 个年份(约 ${formatBytes(bytes + (m ? m.common.bytes + m.shared.bytes : 0))})` : "保存所选年份";
}

/** Draws the section from the saved state and (online) the build's manifest. */
async function render(ui: Ui, m: Manifest | null): Promise<void> {
  const saved = await readSaved();
  const stored = new Set(Object.keys(saved?.shards ?? {}).filter((p) => !m || saved!.shards[p] === m.buildId));
  ui.remove.hidden = !saved;
  ui.save.disabled = !m || !!saving || !navigator.onLine;
  ui.save.textContent = m ? `保存全部年份(约 ${formatBytes(m.bytes)})` : "保存全部年份";
  if (m) {
    const groups = [...byYear(m)];
    ui.years.innerHTML = "";
    for (const [year, shards] of groups) {
      const bytes = shards.reduce((n, s) => n + s.bytes, 0);
      const done = shards.every((s) => stored.has(s.path));
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = shards.map((s) => s.path).join(" ");
      box.dataset.bytes = String(bytes);
      box.checked = done;
      box.disabled = done;
      label.append(box, ` ${year}`);
      const size = document.createElement("span");
      size.className = "count";
      size.textContent = done ? "已保存" : formatBytes(bytes);
      label.append(" ", size);
      ui.years.append(label);
    }
    updateYearsButton(ui, m);
  }
  if (saving) return;
  ui.progress.hidden = true;
  if (!saved) {
    setState(ui, "none", m ? `还没有保存。保存全部年份约需 ${formatBytes(m.bytes)}${navigator.onLine ? "" : ",联网后可以保存"}。` : "还没有保存;联网后可以保存。");
    return;
  }
  const years = (paths: string[]) => yearList([...new Set(paths.map((p) => yearOf(m?.shards.find((s) => s.path === p) ?? { name: p.replace(/^pagefind\/|\/$/g, ""), path: p, year: /\d{4}/.exec(p)?.[0] ?? null })))]);
  const savedPaths = Object.keys(saved.shards);
  const what = m && m.shards.every((s) => savedPaths.includes(s.path)) ? "全部年份" : years(savedPaths) || "部分数据";
  const when = saved.savedAt ? saved.savedAt.slice(0, 10) : "";
  if (!saved.done) {
    setState(ui, "partial", `上次保存没有完成:已保存${what}(${formatBytes(saved.bytes)})。${m ? "" : "联网后"}点“继续保存”接着保存。`);
    ui.save.textContent = "继续保存";
    ui.save.onclick = () => void runSave(ui, saved.wanted);
    return;
  }
  ui.save.onclick = () => void runSave(ui, "all");
  if (m && saved.buildId !== m.buildId) {
    setState(ui, "outdated", `已保存${what}(${formatBytes(saved.bytes)},${when} 的版本)。网站此后已更新;没有网络时仍使用已保存的版本,点“更新离线数据”换成新版本。`);
    ui.save.textContent = `更新离线数据(约 ${formatBytes(m.bytes)})`;
    ui.save.onclick = () => void runSave(ui, saved.wanted === "all" ? "all" : savedPaths);
    return;
  }
  if (what === "全部年份") {
    ui.save.textContent = "全部年份已保存";
    ui.save.disabled = true;
  }
  setState(ui, "saved", `已保存${what}(${formatBytes(saved.bytes)},${when}),没有网络时可以搜索。`);
}

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>, cancelled: () => boolean): Promise<void> {
  let at = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (at < items.length && !cancelled()) await work(items[at++]!);
  });
  await Promise.all(lanes);
}

/** Saves the shards asked for ("all", or paths) and the common files, shard by shard; resumable, updatable. */
async function runSave(ui: Ui, wanted: "all" | string[]): Promise<void> {
  if (saving) return;
  const run = (saving = { cancelled: false });
  ui.save.disabled = ui.saveYears.disabled = true;
  try {
    const m = await fetchManifest();
    const persisted = await navigator.storage?.persist?.().catch(() => false);
    const cache = await caches.open(SAVED_CACHE);
    const before = await readSaved();
    // an update (a new build) refreshes every shard already saved, as well as those asked for
    const paths = new Set(wanted === "all" ? m.shards.map((s) => s.path) : wanted);
    if (before && before.buildId !== m.buildId) for (const p of Object.keys(before.shards)) paths.add(p);
    const targets = m.shards.filter((s) => paths.has(s.path));
    const state: SavedState = {
      buildId: before?.buildId ?? m.buildId,
      savedAt: before?.savedAt ?? "",
      shards: { ...(before?.shards ?? {}) },
      common: before?.common ?? null,
      wanted: wanted === "all" || before?.wanted === "all" ? "all" : [...new Set([...(before?.wanted ?? []), ...paths])],
      bytes: before?.bytes ?? 0,
      done: false,
    };
    const todo = targets.filter((s) => state.shards[s.path] !== m.buildId);
    const total = todo.reduce((n, s) => n + s.bytes, 0) + m.common.bytes + m.shared.bytes;
    const estimate = await navigator.storage?.estimate?.().catch(() => null);
    if (estimate?.quota && estimate.usage !== undefined && estimate.quota - estimate.usage < total) {
      setState(ui, "error", `这台设备可用的空间不够:需要约 ${formatBytes(total)},浏览器只给这个网站留了 ${formatBytes(estimate.quota - estimate.usage)}。可以只保存部分年份。`);
      return;
    }
    await writeSaved(cache, state);
    ui.progress.hidden = false;
    ui.progress.max = total;
    let got = 0;
    let said = 0;
    const tell = (force = false) => {
      ui.progress.value = Math.min(got, total);
      // the status is a live region: a line every few seconds' worth of progress, not one per file
      if (!force && got - said < total / 20) return;
      said = got;
      setState(ui, "saving", `正在保存… ${formatBytes(got)} / ${formatBytes(total)}(${Math.floor((100 * got) / Math.max(1, total))}%)`);
    };
    tell(true);
    const store = async (path: string) => {
      const url = abs(path);
      if (!fixedName(path) && (await cache.match(url))) return;
      const r = await fetch(url, { cache: "no-cache", headers: { [SAVE_HEADER]: "1" } });
      if (!r.ok) throw new Error(`${r.status} ${path}`);
      const body = await r.blob();
      await cache.put(url, new Response(body, { headers: { "content-type": r.headers.get("content-type") ?? "application/octet-stream" } }));
      got += body.size;
      tell();
    };
    const keepUrls = new Set<string>([abs(SAVED_STATE_URL), abs(SAVED_SHARED_URL)]);
    // Pagefind's runtime, the same in every shard, once (the service worker answers every shard's copy with it)
    const shared = Object.values(m.shared.files);
    for (const f of shared) keepUrls.add(abs(f));
    await pool(shared, 6, store, () => run.cancelled);
    if (run.cancelled) return;
    await cache.put(abs(SAVED_SHARED_URL), new Response(JSON.stringify(m.shared.files), { headers: { "content-type": "application/json" } }));
    for (const s of targets) {
      const listed = (await (await fetch(abs(s.list), { cache: "no-cache", headers: { [SAVE_HEADER]: "1" } })).json()) as string[];
      const files = listed.map((f) => `${s.path}${f}`);
      for (const f of files) keepUrls.add(abs(f));
      if (state.shards[s.path] === m.buildId) continue;
      // hashed files first, the fixed names after, pagefind-entry.json last: a shard's files stay of one build throughout
      const order = (f: string) => (f.endsWith("pagefind-entry.json") ? 2 : fixedName(f) ? 1 : 0);
      for (const tier of [0, 1, 2]) await pool(files.filter((f) => order(f) === tier), 6, store, () => run.cancelled);
      if (run.cancelled) return;
      state.shards[s.path] = m.buildId;
      state.bytes = Object.keys(state.shards).reduce((n, p) => n + (m.shards.find((x) => x.path === p)?.bytes ?? 0), 0);
      await writeSaved(cache, state);
    }
    const common = [...m.common.files, MANIFEST];
    for (const f of common) keepUrls.add(abs(f));
    await pool(common, 6, store, () => run.cancelled);
    if (run.cancelled) return;
    // shards the new build no longer has, and files of the old build: gone
    for (const p of Object.keys(state.shards)) if (!m.shards.some((s) => s.path === p)) delete state.shards[p];
    if (before && before.buildId !== m.buildId) for (const req of await cache.keys()) if (!keepUrls.has(req.url)) await cache.delete(req);
    Object.assign(state, { buildId: m.buildId, common: m.buildId, done: true, savedAt: new Date().toISOString() });
    state.bytes = m.common.bytes + m.shared.bytes + Object.keys(state.shards).reduce((n, p) => n + (m.shards.find((x) => x.path === p)?.bytes ?? 0), 0);
    await writeSaved(cache, state);
    saving = null;
    await render(ui, m);
    if (persisted === false) ui.status.textContent += "(浏览器没有答应长期保留:空间不足时可能清除。)";
  } catch (e) {
    saving = null;
    await render(ui, await fetchManifest().catch(() => null));
    setState(ui, "error", `保存中断:${e instanceof Error ? e.message : String(e)}。已保存的部分留着,联网后可以继续保存。`);
  } finally {
    if (saving === run) saving = null;
  }
}

async function removeSaved(ui: Ui): Promise<void> {
  if (saving) saving.cancelled = true;
  saving = null;
  await caches.delete(SAVED_CACHE);
  await render(ui, await fetchManifest().catch(() => null));
  ui.status.textContent = `已删除离线数据。${ui.status.textContent}`;
}
