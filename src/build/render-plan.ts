// What Eleventy must render: every page object is hashed; a page whose hash and templates are unchanged since the last
// build of the same output is not rendered again. Index pages (home, lists of districts, dates, people) always are.
import type { SiteData } from "../site/build-data.ts";
import type { SiteConfig } from "../site/config.ts";
import { hashOf } from "./hash.ts";

/** The paged arrays of SiteData whose entries each make one page, keyed by their `url`. */
export const PAGED = ["records", "districtPages", "placePages", "dayPages", "monthPages", "undatedPages", "personPages", "bulletinPages", "feeds"] as const;
type Paged = (typeof PAGED)[number];

export interface RenderArchive extends Omit<SiteData, "people" | "bulletins"> {
  site: SiteConfig;
  buildId: string;
  people: { name: string; url: string; count: number }[];
  bulletins: { title: string; url: string; count: number }[];
  personPages: SiteData["people"];
  bulletinPages: SiteData["bulletins"];
}

export interface PageManifest {
  version: 1;
  buildId: string;
  templateHash: string;
  /** url → hash of the page object it was rendered from */
  pages: Record<string, string>;
  /** Pagefind shard name → hash of its pages */
  shards: Record<string, string>;
}

export interface Plan {
  archive: RenderArchive;
  pages: Record<string, string>;
  /** URLs of pages (or feed files) that the last build wrote and this one no longer has. */
  removed: string[];
  rendered: number;
  total: number;
  incremental: boolean;
}

export function fullArchive(site: SiteData, config: SiteConfig, buildId: string): RenderArchive {
  return {
    ...site,
    site: config,
    buildId,
    people: site.people.map((p) => ({ name: p.name, url: p.url, count: p.count })),
    bulletins: site.bulletins.map((b) => ({ title: b.title, url: b.url, count: b.records.length })),
    personPages: site.people,
    bulletinPages: site.bulletins,
  };
}

export function pageHashes(archive: RenderArchive): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const key of PAGED) for (const p of archive[key] as { url: string }[]) pages[p.url] = hashOf(p);
  return pages;
}

/** Keeps only the pages that changed since `previous` (all of them when there is no usable previous build). */
export function planRender(archive: RenderArchive, previous: PageManifest | null, templateHash: string, pages = pageHashes(archive)): Plan {
  const total = Object.keys(pages).length;
  if (!previous || previous.templateHash !== templateHash) return { archive, pages, removed: [], rendered: total, total, incremental: false };
  const changed = (p: { url: string }) => previous.pages[p.url] !== pages[p.url];
  const subset = { ...archive } as RenderArchive;
  let rendered = 0;
  for (const key of PAGED) {
    const list = (archive[key] as { url: string }[]).filter(changed);
    rendered += list.length;
    (subset as unknown as Record<Paged, unknown>)[key] = list;
  }
  const removed = Object.keys(previous.pages).filter((u) => !(u in pages));
  return { archive: subset, pages, removed, rendered, total, incremental: true };
}
