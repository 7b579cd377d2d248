// The query set of `npm run bench:search` and `npm run bench`: one query of each class a reader types, chosen from the
// built archive's own records (api/articles.json), so that it works on any archive: a rare word of the oldest, a middle
// and the newest year (a string held by one record only), a rare string made of common character pairs, a common word,
// two words, a name, a place, and the common word with a district and with a year filter.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { measureFirstSearch } from "./measure-first-search.ts";

export interface SetQuery {
  kind: string;
  q: string;
  /** Filters in the search page's URL, e.g. "year=2010". */
  params?: string;
  /** The record that holds it, for a rare one. */
  url?: string;
}

interface Rec {
  url: string;
  date: string | null;
  headline: string | null;
  district: string | null;
  city: string | null;
  place: string | null;
  paragraphs: string[];
  byline: { reporters: string[] };
}

const HAN = /^[\u4e00-\u9fff]+$/;

export function querySet(site: string): SetQuery[] {
  const records = JSON.parse(readFileSync(join(site, "api/articles.json"), "utf8")) as Rec[];
  const texts = records.map((r) => `${r.headline ?? ""}\n${r.paragraphs.join("\n")}`);
  const holders = (s: string, limit = 2) => {
    let n = 0;
    for (const t of texts) if (t.includes(s) && ++n >= limit) break;
    return n;
  };
  const dated = records.map((r, k) => [r, k] as const).filter(([r]) => r.date);
  const years = [...new Set(dated.map(([r]) => r.date!.slice(0, 4)))].sort();
  /** A string of `len` Han characters found in one record only, from a record of `year`. */
  const rareOf = (year: string, len: number, pairsCommon = false) => {
    const inYear = dated.filter(([r]) => r.date!.startsWith(year));
    for (let i = 0; i < inYear.length; i += Math.max(1, Math.floor(inYear.length / 50))) {
      const [r, k] = inYear[i]!;
      const body = texts[k]!;
      for (let at = 10; at + len < body.length; at += 7) {
        const s = body.slice(at, at + len);
        if (!HAN.test(s) || holders(s) !== 1) continue;
        if (pairsCommon && [...Array(len - 1).keys()].some((j) => holders(s.slice(j, j + 2), 50) < 50)) continue;
        return { q: s, url: r.url };
      }
    }
    return null;
  };
  const out: SetQuery[] = [];
  const middle = years[Math.floor(years.length / 2)]!;
  for (const [kind, year] of [["rare word, oldest year", years[0]!], ["rare word, middle year", middle], ["rare word, newest year", years.at(-1)!]] as const) {
    const r = rareOf(year, 4);
    if (r) out.push({ kind: `${kind} (${year})`, ...r });
  }
  const pairs = rareOf(years[0]!, 3, true) ?? rareOf(middle, 3, true);
  if (pairs) out.push({ kind: "rare string of common pairs", ...pairs });
  out.push({ kind: "common word", q: "社区" });
  out.push({ kind: "two words", q: "社区 志愿" });
  const reporters = new Map<string, number>();
  for (const r of records) for (const p of r.byline.reporters) reporters.set(p, (reporters.get(p) ?? 0) + 1);
  const name = [...reporters].sort((a, b) => a[1] - b[1])[Math.floor(reporters.size / 2)]?.[0];
  if (name) out.push({ kind: "a name", q: name });
  const place = records.find((r) => r.place && r.place.length >= 4)?.place;
  if (place) out.push({ kind: "a place", q: place });
  const district = records.find((r) => r.district)!;
  out.push({ kind: "common word, district filter", q: "社区", params: `district=${encodeURIComponent(`${district.city ?? ""}${district.district}`)}` });
  out.push({ kind: "common word, year filter", q: "社区", params: `year=${middle}` });
  return out;
}

/** The query set measured in Chromium, a fresh browser each: a markdown table. */
export async function searchTable(url: string, site: string): Promise<string> {
  const rows = ["| query | kind | time to first result | fetched after the page | requests | first result |", "|---|---|---:|---:|---:|---|"];
  for (const q of querySet(site)) {
    const m = await measureFirstSearch(url, q.q, q.params);
    const verdict = q.url ? (m.first === q.url ? "the record that holds it" : `**${m.first || m.status}**`) : m.first ? `${m.results} shown` : `**${m.status}**`;
    rows.push(`| ${q.q}${q.params ? ` (${decodeURIComponent(q.params)})` : ""} | ${q.kind} | ${(m.ms / 1000).toFixed(2)} s | ${(m.bytes / 1024).toFixed(0)} KB | ${m.requests} | ${verdict} |`);
  }
  return rows.join("\n");
}
