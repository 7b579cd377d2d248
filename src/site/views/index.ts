// The views in the order buildSiteData runs them, with the record fields each reads and the views whose output it takes: viewsTouched(["keywords"]) → related, articles, feeds.
import type { ArticleRecord } from "../../parse/types.ts";
import * as articles from "./articles.ts";
import * as bulletins from "./bulletins.ts";
import * as dates from "./dates.ts";
import * as districts from "./districts.ts";
import * as feeds from "./feeds.ts";
import * as home from "./home.ts";
import * as people from "./people.ts";
import * as related from "./related.ts";
import * as stats from "./stats.ts";
import type { SiteData } from "../build-data.ts";

/** In the order they run: a view comes after those whose output it takes. */
export const VIEW_NAMES = ["districts", "dates", "people", "related", "articles", "bulletins", "feeds", "home", "stats"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface ViewSpec {
  /** The fields of a record the view reads (ctx.ref and ctx.newestFirst read REF_READS). */
  reads: readonly (keyof ArticleRecord)[];
  /** The views whose output it takes. */
  uses: readonly ViewName[];
  /** What of SiteData it makes. */
  makes: readonly (keyof SiteData)[];
}

export const VIEWS: Record<ViewName, ViewSpec> = {
  districts: { reads: districts.reads, uses: [], makes: ["districts", "districtPages", "placePages"] },
  dates: { reads: dates.reads, uses: [], makes: ["months", "years", "dayPages", "monthPages", "undatedPages"] },
  people: { reads: people.reads, uses: [], makes: ["people", "personPages"] },
  related: { reads: related.reads, uses: [], makes: [] },
  articles: { reads: articles.reads, uses: ["districts", "people", "related"], makes: ["records"] },
  bulletins: { reads: bulletins.reads, uses: [], makes: ["bulletins"] },
  feeds: { reads: feeds.reads, uses: ["districts"], makes: ["feeds"] },
  home: { reads: home.reads, uses: [], makes: ["newest"] },
  stats: { reads: stats.reads, uses: ["districts", "dates", "people"], makes: ["stats"] },
};

/** The views to make again when the records are the same ones (same ids, same order) and only `fields` of some changed:
 * those that read one of the fields, and those that take their output. Records added, removed or reordered touch all. */
export function viewsTouched(fields: Iterable<keyof ArticleRecord>): Set<ViewName> {
  const changed = new Set(fields);
  const touched = new Set<ViewName>();
  for (const name of VIEW_NAMES) if (VIEWS[name].reads.some((f) => changed.has(f))) touched.add(name);
  // in order, so that a view taking the output of one that takes a touched view's is touched too
  for (const name of VIEW_NAMES) if (VIEWS[name].uses.some((u) => touched.has(u))) touched.add(name);
  return touched;
}
