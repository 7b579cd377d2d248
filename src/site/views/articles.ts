// {headline:"标题", district:"卫滨区", source:{file:"seeds/a.txt", startLine:3}, …} → {…the record, title:"标题", districtUrl:"/districts/xinxiang-weibinqu/", sourceUrl:"/bulletins/a/#r-a-l3", prev, next, related, …}
import { basename } from "node:path";
import type { ArticleRecord } from "../../parse/types.ts";
import { articleFields } from "../article-fields.ts";
import type { ViewContext } from "./context.ts";
import type { DistrictsView } from "./districts.ts";
import { bulletinUrl, dayUrl, monthUrl, UNDATED_URL, type RecordRef } from "./pages.ts";
import type { PeopleView, PersonLink } from "./people.ts";

export interface SiteRecord extends ArticleRecord {
  title: string;
  /** The page's <title>: the title, with its bulletin and line when another record has the same title. */
  pageTitle: string;
  districtUrl: string | null;
  placeUrl: string | null;
  sourceUrl: string;
  /** Segmented title for the search index's weighted title field. */
  titleTerms: string[];
  dateUrl: string;
  people: { reporters: PersonLink[]; correspondents: PersonLink[]; photographers: PersonLink[]; interns: PersonLink[] };
  prev: RecordRef | null;
  next: RecordRef | null;
  related: RecordRef[];
}

export interface ArticlesInput {
  /** In archive order: prev and next are a record's neighbours in it, within its bulletin. */
  records: ArticleRecord[];
  districts: DistrictsView;
  people: PeopleView;
  /** Of each record, in the order of `records` (views/related.ts). */
  related: RecordRef[][];
  /** Record id → its segmented title (absent: none). */
  titleTerms: Map<string, string[]>;
}

/** Every field: a site record copies the record whole (articleFields). */
export const reads = [
  "id", "url", "source", "paper", "page", "city", "district", "adminDistrict", "place", "kicker", "section", "pretitle", "headline", "subtitle",
  "byline", "kind", "date", "dateSource", "paragraphs", "subheadings", "captions", "credits", "continued", "corrected", "keywords",
] as const satisfies readonly (keyof ArticleRecord)[];
// a field added to ArticleRecord and not listed above fails to compile here
const everyFieldRead: Exclude<keyof ArticleRecord, (typeof reads)[number]> extends never ? true : never = true;

export function articles(input: ArticlesInput, ctx: ViewContext): SiteRecord[] {
  void everyFieldRead;
  const { records, districts, people, related, titleTerms } = input;
  const titleCount = new Map<string, number>();
  for (const r of records) titleCount.set(ctx.ref(r).title, (titleCount.get(ctx.ref(r).title) ?? 0) + 1);
  // no closures made per record below: 100k of them cost (tsx names every function it makes)
  const sameFile = (r: ArticleRecord, o: ArticleRecord | undefined) => (o && o.source.file === r.source.file ? ctx.ref(o) : null);
  const linked = (names: string[]) => names.map((name) => ({ name, url: people.urls.get(name)! }));
  const sourceUrls = new Map<string, string>();
  const sourceUrl = (file: string) => sourceUrls.get(file) ?? sourceUrls.set(file, bulletinUrl(file)).get(file)!;
  return records.map((r, k) => {
    const { districtUrl, placeUrl } = districts.urlsOf(r);
    const title = ctx.ref(r).title;
    return siteRecord(r, {
      title,
      pageTitle: titleCount.get(title)! > 1 ? `${title}(${basename(r.source.file)} 第${r.source.startLine}行)` : title,
      districtUrl,
      placeUrl,
      sourceUrl: `${sourceUrl(r.source.file)}#r-${r.id}`,
      titleTerms: titleTerms.get(r.id) ?? [],
      dateUrl: r.date ? (r.date.length === 10 ? dayUrl(r.date) : monthUrl(r.date)) : UNDATED_URL,
      people: { reporters: linked(r.byline.reporters), correspondents: linked(r.byline.correspondents), photographers: linked(r.byline.photographers), interns: linked(r.byline.interns) },
      prev: sameFile(r, records[k - 1]),
      next: sameFile(r, records[k + 1]),
      related: related[k]!,
    });
  });
}

/** The record and what the site adds. */
type Derived = Omit<SiteRecord, keyof ArticleRecord>;
/** The fields siteRecord() sets, one by one (cheaper than Object.assign for 100k records). */
export const DERIVED = ["title", "pageTitle", "districtUrl", "placeUrl", "sourceUrl", "titleTerms", "dateUrl", "people", "prev", "next", "related"] as const satisfies readonly (keyof Derived)[];
// a field added to SiteRecord and not set below fails to compile here
const everyDerivedSet: Exclude<keyof Derived, (typeof DERIVED)[number]> extends never ? true : never = true;
const siteRecord = (r: ArticleRecord, d: Derived): SiteRecord => {
  void everyDerivedSet;
  const s = articleFields(r) as ArticleRecord & Partial<Derived>;
  s.title = d.title;
  s.pageTitle = d.pageTitle;
  s.districtUrl = d.districtUrl;
  s.placeUrl = d.placeUrl;
  s.sourceUrl = d.sourceUrl;
  s.titleTerms = d.titleTerms;
  s.dateUrl = d.dateUrl;
  s.people = d.people;
  s.prev = d.prev;
  s.next = d.next;
  s.related = d.related;
  return s as SiteRecord;
};
