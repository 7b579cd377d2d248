// Records → what the templates render: one object per page (article, district, place, person, day, month, year,
// bulletin, feed), made by the views in src/site/views/, one file each, like the parser's passes: each `(input, ctx)`,
// grouped once with maps so the build stays linear in the number of records. Nothing here reads bulletin text.
import type { ArticleRecord, Message } from "../parse/types.ts";
import { articles, type SiteRecord } from "./views/articles.ts";
import { bulletins, type BulletinPage } from "./views/bulletins.ts";
import { createViewContext } from "./views/context.ts";
import { dates, type DayPage, type Month, type MonthPage, type YearPage } from "./views/dates.ts";
import { districts, type District, type DistrictPage } from "./views/districts.ts";
import { feeds, type Feed } from "./views/feeds.ts";
import { home } from "./views/home.ts";
import type { ListPage, RecordRef } from "./views/pages.ts";
import { people, type Person, type PersonPage } from "./views/people.ts";
import { related } from "./views/related.ts";
import { stats, type Stats } from "./views/stats.ts";

// the names the templates, src/pipeline and scripts import from here
export { articleFields } from "./article-fields.ts";
export type { SiteRecord } from "./views/articles.ts";
export { DERIVED } from "./views/articles.ts";
export type { BulletinPage } from "./views/bulletins.ts";
export type { DayLink, DayPage, Month, MonthPage, YearPage } from "./views/dates.ts";
export type { District, DistrictPage, PlaceLink } from "./views/districts.ts";
export type { Feed, FeedEntry } from "./views/feeds.ts";
export { bulletinUrl, dayUrl, displayTitle, monthUrl, PAGE_SIZE, UNDATED_URL, UNKNOWN_DISTRICT_URL } from "./views/pages.ts";
export type { ListPage, RecordRef } from "./views/pages.ts";
export { assignPersonSlugs, personSlug } from "./views/people.ts";
export type { Person, PersonLink, PersonPage } from "./views/people.ts";

export interface SiteData {
  records: SiteRecord[];
  newest: RecordRef[];
  districts: District[];
  districtPages: DistrictPage[];
  placePages: ListPage[];
  months: Month[];
  years: YearPage[];
  dayPages: DayPage[];
  monthPages: MonthPage[];
  undatedPages: ListPage[];
  people: Person[];
  personPages: PersonPage[];
  bulletins: BulletinPage[];
  feeds: Feed[];
  stats: Stats;
}

/** `loadText` is called with the bulletins whose records' paragraphs it needs (those in feeds) before it reads them: records
 * read from the parse cache come without (see parse-cache.ts). */
export function buildSiteData(
  records: ArticleRecord[],
  messages: Message[],
  bulletinFiles: string[],
  lineCounts = new Map<string, number>(),
  titleTerms = new Map<string, string[]>(),
  loadText: (files: Iterable<string>) => void = () => {},
): SiteData {
  const ctx = createViewContext(records, loadText);
  const byDistrict = districts(records, ctx);
  const byDate = dates(records, ctx);
  const byPerson = people(records, ctx);
  return {
    records: articles({ records, districts: byDistrict, people: byPerson, related: related(records, ctx), titleTerms }, ctx),
    newest: home(records, ctx),
    districts: byDistrict.districts,
    districtPages: byDistrict.districtPages,
    placePages: byDistrict.placePages,
    months: byDate.months,
    years: byDate.years,
    dayPages: byDate.dayPages,
    monthPages: byDate.monthPages,
    undatedPages: byDate.undatedPages,
    people: byPerson.people,
    personPages: byPerson.personPages,
    bulletins: bulletins({ records, files: bulletinFiles, lineCounts }, ctx),
    feeds: feeds({ districts: byDistrict }, ctx),
    stats: stats({ records, messages, files: bulletinFiles, districts: byDistrict, dates: byDate, people: byPerson }, ctx),
  };
}
