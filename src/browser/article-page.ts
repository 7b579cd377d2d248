// An article page read as the search page reads a Pagefind result (title, indexed text, date, filters): for the records a
// search reads by their own pages (a rare key's record list in the directory, or pages cached offline).

/** What the search page draws a result from (as Pagefind's `data()` gives it). */
export interface PageResult {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** The page as a result, and every filter value it carries; null for a page that is not an article. */
export function readArticlePage(url: string, html: string, parser: DOMParser): { result: PageResult; values: Record<string, string[]> } | null {
  const doc = parser.parseFromString(html, "text/html");
  const main = doc.querySelector("main[data-pagefind-body]");
  if (!main) return null;
  const values: Record<string, string[]> = {};
  for (const el of main.querySelectorAll<HTMLElement>("[data-pagefind-filter]")) (values[el.dataset.pagefindFilter!] ??= []).push(el.textContent ?? "");
  const date = main.querySelector("[data-pagefind-meta='date']")?.textContent ?? "";
  const title = main.querySelector("h1")?.textContent?.trim() ?? url;
  for (const el of main.querySelectorAll("[data-pagefind-ignore]")) el.remove();
  for (const el of main.querySelectorAll("h1, h2, h3, p, li, figcaption, blockquote")) el.append("\n");
  const content = (main.textContent ?? "").replace(/[ \t]*\n\s*/g, "\n").trim();
  return { result: { url, content, meta: { title, date }, filters: { district: values.district ?? [], kind: values.kind ?? [] } }, values };
}

/** Whether a page's filter values pass the search's filters (Pagefind's shape: a value, or `{ any: [...] }`). */
export function passesFilters(values: Record<string, string[]>, filters: Record<string, unknown>): boolean {
  return Object.entries(filters).every(([key, w]) => {
    const have = values[key] ?? [];
    if (typeof w === "string") return have.includes(w);
    const any = (w as { any?: string[] }).any;
    return !any || any.some((v) => have.includes(v));
  });
}
