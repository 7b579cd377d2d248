// Pure text helpers of the search page (tested in node): query terms, literal matching, excerpts with whole words marked.

/** The hidden, segmented title field starts with this; search excerpts and matching use only what comes before. */
export const TITLE_FIELD_SENTINEL = "〓";
/** Opens the hidden Simplified copy of text printed in Traditional (src/search-index/fold.ts), which comes before the title
 * field: matching reads it, excerpts do not. */
export const FOLD_SENTINEL = "〄";

/** "花馍  卫滨区" → ["花馍", "卫滨区"]; Latin letters compare case-insensitively. */
export function queryTerms(q: string): string[] {
  return [...new Set(q.trim().toLowerCase().split(/[\s\u3000]+/).filter(Boolean))];
}

/** What to ask Pagefind for the terms: a run of three or more Chinese characters as its neighbouring pairs (道家里开 →
 * 道家 家里 里开), which Pagefind indexes in all Chinese text and requires all of, so that it returns the records holding
 * every pair, however the text's words were cut; other terms as they are. */
export function pairQuery(terms: string[]): string {
  return terms
    .map((t) => t.replace(/[\u3400-\u9fff\uf900-\ufaff]{3,}/g, (run) => ` ${[...run].slice(1).map((c, i) => run[i]! + c).join(" ")} `).trim())
    .join(" ")
    .replace(/\s+/g, " ");
}

/** The page text Pagefind indexed, without the hidden fields (the Simplified copy, the segmented title); `afterTitle` also
 * drops the kicker and headline that open it; `folded` is the Simplified copy of Traditional text, or "". */
export function splitIndexedText(content: string, title = ""): { body: string; afterTitle: string; folded: string } {
  const fold = content.indexOf(FOLD_SENTINEL);
  const field = content.indexOf(TITLE_FIELD_SENTINEL);
  const ends = [fold, field].filter((i) => i >= 0);
  const at = ends.length ? Math.min(...ends) : -1;
  const body = at >= 0 ? content.slice(0, at).trim() : content;
  const folded = fold >= 0 ? content.slice(fold + 1, field > fold ? field : undefined).trim() : "";
  const t = title ? body.indexOf(title) : -1;
  const afterTitle = t >= 0 && t < 200 ? body.slice(t + title.length).replace(/^[.\s]+/, "") : body;
  return { body, afterTitle, folded };
}

/** A result counts only when its title or text (or the text's Simplified folding) holds every query term as written. */
export function isLiteralMatch(title: string, content: string, terms: string[]): boolean {
  const { body, folded } = splitIndexedText(content);
  const text = `${title}\n${body}\n${folded}`.toLowerCase();
  return terms.length > 0 && terms.every((t) => text.includes(t));
}

const occurrences = (text: string, term: string) => {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
};

/** One scale for results from any shard (BM25's saturation and length norm, Pagefind's title weight of 6): each term's
 * occurrences in the title count six times those in the text, which is weighed by its length against 700 characters. */
export function relevanceScore(title: string, content: string, terms: string[]): number {
  const { body, folded } = splitIndexedText(content);
  const t = title.toLowerCase();
  const text = `${body}\n${folded}`.toLowerCase();
  const norm = 0.25 + 0.75 * (body.length / 700);
  return terms.reduce((sum, term) => {
    const tf = 6 * occurrences(t, term) + occurrences(text, term);
    return sum + (tf * 2.2) / (tf + 1.2 * norm);
  }, 0);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** About `length` characters around the first match, every occurrence of every term marked whole. */
export function excerptAround(body: string, terms: string[], length: number): string {
  const lower = body.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), body.length - length));
  const end = Math.min(body.length, start + length);
  const slice = body.slice(start, end);
  const sliceLower = slice.toLowerCase();
  const marks: [number, number][] = [];
  for (const t of [...terms].sort((a, b) => b.length - a.length)) {
    for (let i = sliceLower.indexOf(t); i >= 0 && t; i = sliceLower.indexOf(t, i + t.length)) {
      if (!marks.some(([a, b]) => i < b && i + t.length > a)) marks.push([i, i + t.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = start > 0 ? "…" : "";
  let at = 0;
  for (const [a, b] of marks) {
    out += escapeHtml(slice.slice(at, a)) + `<mark>${escapeHtml(slice.slice(a, b))}</mark>`;
    at = b;
  }
  out += escapeHtml(slice.slice(at)) + (end < body.length ? "…" : "");
  return out;
}
