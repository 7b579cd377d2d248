// What Eleventy must render: every page object is hashed; a page whose hash and templates are unchanged since the last
// build of the same output is not rendered again. Index pages (home, lists of districts, dates, people) always are.
import type { BulletinPage, SiteData, SiteRecord } from "../site/build-data.ts";
import type { ArticleRecord } from "../parse/types.ts";
import type { SiteConfig } from "../site/config.ts";
import { hashOf } from "./hash.ts";
import type { ChunkMap } from "./articles-json.ts";

/** The paged arrays of SiteData whose entries each make one page, keyed by their `url`. */
export const PAGED = ["records", "districtPages", "placePages", "dayPages", "monthPages", "undatedPages", "personPages", "bulletinPages", "feeds"] as const;
type Paged = (typeof PAGED)[number];

export interface RenderArchive extends Omit<SiteData, "bulletins"> {
  site: SiteConfig;
  buildId: string;
  bulletins: { title: string; url: string; count: number }[];
  bulletinPages: SiteData["bulletins"];
  /** The lines of the bulletins whose pages are rendered (file → lines), added once the plan says which. */
  bulletinLines: Record<string, string[]>;
}

export interface PageManifest {
  version: 1;
  buildId: string;
  templateHash: string;
  /** url → hash of the page object it was rendered from */
  pages: Record<string, string>;
  /** Pagefind shard name → hash of its pages */
  shards: Record<string, string>;
  /** Where each bulletin's records are in api/articles.json (absent in a manifest of an older build: written whole) */
  articles?: ChunkMap;
  /** The size of the api/articles.json that `articles` maps, to notice a file cut short since */
  articlesBytes?: number;
  /** Pagefind shard name → a hash of the names of its files, to notice one gone from the site since */
  shardFiles?: Record<string, string>;
}

export interface Plan {
  archive: RenderArchive;
  pages: Record<string, string>;
  /** URLs of pages (or feed files) that the last build wrote and this one no longer has. */
  removed: string[];
  rendered: number;
  total: number;
  incremental: boolean;
  /** Pages the last build wrote, unchanged since, that are gone from the site (deleted by hand): rendered again. */
  missing: string[];
}

export function fullArchive(site: SiteData, config: SiteConfig, buildId: string): RenderArchive {
  return {
    ...site,
    site: config,
    buildId,
    bulletins: site.bulletins.map((b) => ({ title: b.title, url: b.url, count: b.records.length })),
    bulletinPages: site.bulletins,
    bulletinLines: {},
  };
}

/** What the site adds to a parsed record (build-data.ts). A record's own fields are what its bulletin says, named in its
 * page's hash by the bulletin's content key, except `keywords`, which segmentation adds. */
type Derived = Omit<SiteRecord, keyof ArticleRecord>;
/** Added fields that follow from the record and its bulletin alone (URLs made of names and dates, its neighbours on the page)
 * and so are named by the content key too... */
const FROM_BULLETIN = ["title", "districtUrl", "placeUrl", "sourceUrl", "dateUrl", "people", "prev", "next"] as const satisfies readonly (keyof Derived)[];
/** ...those segmentation adds, named (with `keywords`) by the bulletin's segmentation key... */
const FROM_SEGMENTATION = ["titleTerms"] as const satisfies readonly (keyof Derived)[];
/** ...and those that depend on the rest of the archive, which are hashed. */
const FROM_ARCHIVE = ["pageTitle", "related"] as const satisfies readonly (keyof Derived)[];
// a field added to SiteRecord but to none of the lists fails to compile here, rather than leave its pages stale
const everyDerivedField: Exclude<keyof Derived, (typeof FROM_BULLETIN)[number] | (typeof FROM_SEGMENTATION)[number] | (typeof FROM_ARCHIVE)[number]> extends never ? true : never = true;

/** A bulletin's page, every field made from its parse result (its file, its records and their lines), which its content
 * key names: a field added to BulletinPage fails to compile here until it is listed, or hashed in pageHashes(). */
const BULLETIN_PAGE = ["file", "url", "title", "records", "blocks"] as const satisfies readonly (keyof BulletinPage)[];
const everyBulletinField: Exclude<keyof BulletinPage, (typeof BULLETIN_PAGE)[number]> extends never ? true : never = true;

/** What names a bulletin's records in page hashes: `content` (the parse cache's key: equal keys, equal records) and
 * `segmentation` (a hash of its records' keywords and title terms). */
export interface BulletinKeys {
  content: (file: string) => string;
  segmentation: (file: string) => string;
}

/** Each page's hash, from its page object as JSON, except that a record's parsed and segmented fields are named by its
 * bulletin's keys, and so are the records a list links to, so that hashing 100k pages does not serialise every
 * article's text and every list's entries again (JSON.stringify with a replacer was as slow). */
export function pageHashes(archive: RenderArchive, keys: BulletinKeys): Record<string, string> {
  void everyDerivedField;
  void everyBulletinField;
  // a reference to a record (RecordRef) is made from the record alone, so its id (which makes its URL) and its bulletin's
  // content key name it (in lists: lists of 100k records are joined and hashed)
  const refOfUrl = new Map(archive.records.map((r) => [r.url, `${keys.content(r.source.file).slice(0, 16)}${r.id}`]));
  const list = (records: { url: string }[]) => records.map((x) => refOfUrl.get(x.url) ?? hashOf(x)).join(" ");
  const pages: Record<string, string> = {};
  // a byline's links follow from the record (its names), except for a person whose usual URL was another's: that URL
  // depends on other names too (assignPersonSlugs), so it is hashed (and only then, so other pages' hashes stay as they were)
  const lengthened = new Set(archive.people.filter((p) => p.lengthened).map((p) => p.url));
  const moved = (r: SiteRecord) => (lengthened.size ? Object.values(r.people).flat().filter((p) => lengthened.has(p.url)).map((p) => ` ${p.url}`).join("") : "");
  for (const r of archive.records) pages[r.url] = hashOf(`${refOfUrl.get(r.url)} ${keys.segmentation(r.source.file)}\n${r.pageTitle}\n${list(r.related)}${moved(r)}`);
  // a bulletin's page is made of its parse result alone
  for (const b of archive.bulletinPages) pages[b.url] = hashOf(`${keys.content(b.file)} ${b.url}`);
  for (const key of ["districtPages", "placePages", "dayPages", "monthPages", "undatedPages", "personPages"] as const) for (const p of archive[key]) pages[p.url] = hashOf(JSON.stringify({ ...p, records: list(p.records) }));
  for (const f of archive.feeds) pages[f.url] = hashOf(f);
  const missing = PAGED.filter((key) => archive[key].some((p) => !(p.url in pages)));
  if (missing.length) throw new Error(`pageHashes() does not hash the pages of ${missing.join(", ")}: add them`);
  return pages;
}

/** Keeps only the pages that changed since `previous` (all of them when there is no usable previous build), or whose file
 * is gone from the site (`present`: a stat per unchanged page). */
export function planRender(archive: RenderArchive, previous: PageManifest | null, templateHash: string, pages: Record<string, string>, present: (url: string) => boolean = () => true): Plan {
  const total = Object.keys(pages).length;
  if (!previous || previous.templateHash !== templateHash) return { archive, pages, removed: [], rendered: total, total, incremental: false, missing: [] };
  const missing: string[] = [];
  const changed = (p: { url: string }) => {
    if (previous.pages[p.url] !== pages[p.url]) return true;
    if (present(p.url)) return false;
    missing.push(p.url);
    return true;
  };
  const subset = { ...archive } as RenderArchive;
  let rendered = 0;
  for (const key of PAGED) {
    const list = (archive[key] as { url: string }[]).filter(changed);
    rendered += list.length;
    (subset as unknown as Record<Paged, unknown>)[key] = list;
  }
  // most pages changed (new code for segmentation, say): a full build, whose swap is one rename rather than one per page
  // (moving 111,000 changed pages into place took the swap stage of a 100k rebuild 100 s)
  if (rendered > total / 2) return { archive, pages, removed: [], rendered: total, total, incremental: false, missing };
  const removed = Object.keys(previous.pages).filter((u) => !(u in pages));
  return { archive: subset, pages, removed, rendered, total, incremental: true, missing };
}
