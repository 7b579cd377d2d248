// Runs the search page in Chromium for a set of queries and scores it: recall@5 and literal precision@5,
// where "literal" is judged from articles.json (the records' own text), not from what the page shows.
import type { Page } from "playwright-core";

export interface Query {
  kind: string;
  q: string;
  expect?: string;
  absent?: boolean;
}

export interface QueryResult extends Query {
  top: string[];
  found: boolean;
  literal: number;
  status: string;
}

interface Rec {
  url: string;
  pretitle: string | null;
  headline: string | null;
  subtitle: string | null;
  kicker: string | null;
  section: string | null;
  paragraphs: string[];
  captions: { text: string }[];
  credits: string[];
  byline: { raw: string };
}

export async function runQueries(page: Page, siteUrl: string, queries: Query[], records: Rec[], simplify: (q: string) => string): Promise<QueryResult[]> {
  const byUrl = new Map(records.map((r) => [r.url, r]));
  const textOf = (r: Rec) => [r.kicker, r.section, r.pretitle, r.headline, r.subtitle, r.byline.raw, ...r.paragraphs, ...r.captions.map((c) => c.text), ...r.credits].filter(Boolean).join("\n").toLowerCase();
  const out: QueryResult[] = [];
  for (const query of queries) {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query.q)}`);
    await page.locator('[data-results][aria-busy="false"]').waitFor({ state: "attached", timeout: 20000 });
    const status = await page.locator("#search-status").innerText();
    const top = (await page.locator("[data-results] li > a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 5);
    const terms = simplify(query.q).toLowerCase().split(/\s+/).filter(Boolean);
    const records5 = top.map((u) => byUrl.get(u.replace(new URL(siteUrl).pathname, "/")));
    const literal = records5.filter((r) => r && terms.every((t) => textOf(r).includes(t))).length;
    const found = query.absent
      ? top.length === 0
      : records5.some((r) => r && [r.pretitle, r.headline, r.subtitle, ...r.paragraphs, ...r.captions.map((c) => c.text)].some((t) => t?.includes(query.expect!)));
    out.push({ ...query, top, found, literal, status });
  }
  return out;
}

export function score(results: QueryResult[]) {
  const withTarget = results.filter((r) => !r.absent);
  const shown = results.reduce((n, r) => n + r.top.length, 0);
  return {
    recall: withTarget.filter((r) => r.found).length / withTarget.length,
    precision: shown ? results.reduce((n, r) => n + r.literal, 0) / shown : 1,
    absentCorrect: results.filter((r) => r.absent && r.found).length / Math.max(1, results.filter((r) => r.absent).length),
  };
}
