// The search page: Pagefind's JS API, query from ?q=, literal matches first, 未找到 when nothing contains the query.
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const districtSelect = document.querySelector<HTMLSelectElement>("#search-district")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const results = document.querySelector<HTMLElement>("[data-results]")!;
const more = document.querySelector<HTMLButtonElement>("#search-more")!;

let pagefind: Pagefind | null = null;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = new URL("../pagefind/pagefind.js", location.href).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 35 });
    await pagefind.init();
  }
  return pagefind;
}

const terms = (q: string) => q.split(/\s+/).filter(Boolean);
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An excerpt around the first literal match, with every query term marked. */
function excerpt(content: string, q: string): string {
  const words = terms(q);
  const at = Math.max(0, Math.min(...words.map((w) => content.indexOf(w)).filter((i) => i >= 0)));
  const start = Math.max(0, at - 25);
  let text = escapeHtml((start > 0 ? "…" : "") + content.slice(start, start + 70) + (start + 70 < content.length ? "…" : ""));
  for (const w of words) text = text.split(escapeHtml(w)).join(`<mark>${escapeHtml(w)}</mark>`);
  return text;
}

let shown: PagefindResultData[] = [];
let pending: PagefindResult[] = [];
let query = "";

async function run(q: string, district: string) {
  query = q.trim();
  results.innerHTML = "";
  more.hidden = true;
  if (!query) {
    status.textContent = "请输入要搜索的词。";
    return;
  }
  status.textContent = "正在搜索…";
  const pf = await load();
  const filters = district ? { district } : undefined;
  const search = await pf.search(query, { filters });
  const data = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
  const words = terms(query);
  const literal = data.filter((d) => words.every((w) => (d.meta.title ?? "").includes(w) || d.content.includes(w)));
  shown = literal;
  pending = [];
  if (literal.length === 0) {
    status.textContent = `未找到包含“${query}”的报道。`;
    return;
  }
  status.textContent = `找到 ${literal.length}${search.results.length > 50 ? "+" : ""} 条包含“${query}”的报道。`;
  render(0);
}

function render(from: number) {
  const slice = shown.slice(from, from + PAGE);
  for (const d of slice) {
    const li = document.createElement("li");
    li.innerHTML = `<a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a> <span class="meta">${escapeHtml(d.meta.date || "日期不详")} · ${escapeHtml((d.filters.district ?? []).join("、"))}</span><p class="excerpt">${excerpt(d.content, query)}</p>`;
    results.append(li);
  }
  more.hidden = from + PAGE >= shown.length;
  more.onclick = () => render(from + PAGE);
}

async function fillDistricts() {
  const pf = await load();
  const f = await pf.filters();
  for (const [name, count] of Object.entries(f.district ?? {}).sort()) {
    const o = document.createElement("option");
    o.value = name;
    o.textContent = `${name}(${count})`;
    districtSelect.append(o);
  }
}

function fromUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get("q") ?? "";
  return { q: input.value, district: p.get("district") ?? "" };
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const p = new URLSearchParams();
  if (input.value.trim()) p.set("q", input.value.trim());
  if (districtSelect.value) p.set("district", districtSelect.value);
  history.pushState(null, "", `?${p}`);
  void run(input.value, districtSelect.value);
});
window.addEventListener("popstate", () => {
  const s = fromUrl();
  districtSelect.value = s.district;
  void run(s.q, s.district);
});

void (async () => {
  const s = fromUrl();
  await fillDistricts();
  districtSelect.value = s.district;
  if (s.q) await run(s.q, s.district);
})();
