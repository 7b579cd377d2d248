// Records → what the templates render: one object per page (article, district, place, person, day, month, year,
// bulletin), grouped once with maps so the build stays linear in the number of records. Nothing here reads bulletin text.
import { basename } from "node:path";
import { createHash } from "node:crypto";
import type { ArticleRecord, Message } from "../parse/types.ts";
import { slug } from "../slug.ts";
import { calendarOf, type CalendarMonth } from "./calendar.ts";
import { group } from "./group.ts";

export const PAGE_SIZE = 50;

/** A link to a record in a list, made from the record alone (page hashes in render-plan.ts name it by its record's content). */
export interface RecordRef {
  url: string;
  title: string;
  date: string | null;
  district: string | null;
  place: string | null;
  kind: ArticleRecord["kind"];
}

export interface PersonLink {
  name: string;
  url: string;
}

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

export interface ListPage {
  url: string;
  title: string;
  heading: string;
  description: string;
  records: RecordRef[];
  /** The list's first page, at its base URL: its newest records. The others keep their records as the list grows. */
  front: boolean;
  /** What a page after the first holds, e.g. "2019-03-02 至 2019-05-14" (null on the first page). */
  range: string | null;
  /** The neighbouring pages (null where there is none): newer towards the first page, older towards the oldest records. */
  nav: { newest: string | null; newer: string | null; older: string | null; oldest: string | null };
  /** Where this list sits: [label, url] pairs from the home page down. */
  crumbs: [string, string][];
}

export interface PlaceLink {
  name: string;
  url: string;
  count: number;
}

export interface District {
  slug: string;
  city: string | null;
  name: string;
  count: number;
  url: string;
  places: PlaceLink[];
}

export interface DistrictPage extends ListPage {
  places: PlaceLink[];
}

export interface DayLink {
  date: string;
  url: string;
  count: number;
}

export interface Month {
  month: string;
  url: string;
  days: DayLink[];
  count: number;
}

export interface MonthPage extends ListPage {
  month: string;
  calendar: CalendarMonth;
  prevMonth: { label: string; url: string } | null;
  nextMonth: { label: string; url: string } | null;
}

export interface DayPage extends ListPage {
  prevDay: DayLink | null;
  nextDay: DayLink | null;
}

export interface YearPage {
  year: string;
  url: string;
  months: { month: string; url: string; count: number; calendar: CalendarMonth }[];
  count: number;
}

export interface Person {
  name: string;
  slug: string;
  url: string;
  /** Set when the name's usual slug was another's (assignPersonSlugs): its URL then depends on other names too. */
  lengthened?: true;
  count: number;
  roles: { role: string; count: number }[];
}

/** A page of a person's records; the first page also says who they are and how often they signed. */
export interface PersonPage extends ListPage {
  person: Person | null;
}

export interface BulletinPage {
  file: string;
  url: string;
  title: string;
  records: RecordRef[];
  /** The bulletin's lines (start to end, 1-based, inclusive) grouped by the record they belong to (null: furniture or blank
   * between records); the lines themselves are in the render archive's `bulletinLines`, loaded only for the pages rendered. */
  blocks: { id: string | null; url: string | null; start: number; end: number }[];
}

export interface FeedEntry {
  url: string;
  title: string;
  date: string | null;
  summary: string;
  content: string;
  authors: string[];
  tags: string[];
}

/** An Atom or JSON feed of the newest records, site-wide or of one district. */
export interface Feed {
  url: string;
  title: string;
  home: string;
  format: "atom" | "json";
  entries: FeedEntry[];
}

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
  stats: { bulletins: number; records: number; districts: number; dates: number; people: number; undated: number; warnings: number; errors: number };
}

/** What a reader calls a record: its headline, else the start of its caption or text. */
export function displayTitle(r: ArticleRecord): string {
  if (r.headline) return r.kind === "photo" ? `图片:${r.headline}` : r.headline;
  const text = (r.paragraphs[0] ?? r.captions[0]?.text ?? "").replace(/^(\d{1,2}月\d{1,2}日|昨日|近日|日前)[,，]?/, "");
  const sentence = text.split(/(?<=[。!?])/)[0] ?? "";
  const lead = sentence.length <= 28 ? sentence : `${sentence.slice(0, 26)}…`;
  const prefix = r.kind === "photo" ? "图片:" : "";
  if (lead) return `${prefix}${lead}`;
  const who = r.byline.photographers.join("、");
  return r.kind === "photo" ? `图片${who ? `(${who} 摄)` : ""}` : "(无标题)";
}

/** Newest first, then by URL; dates and URLs are ASCII, so code-unit order is enough (and much cheaper than localeCompare). */
const ascii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateDesc = (a: RecordRef, b: RecordRef) => ascii(b.date ?? "", a.date ?? "") || ascii(a.url, b.url);

/** A list in pages, newest first, whose URLs keep their records as the list grows: pages after the first hold PAGE_SIZE
 * records each, counted from the oldest (base/1/ holds the oldest), and the first page at `base` holds the records newer
 * than those (from half a page to one and a half), so a newer record changes only the first page, and say nothing that
 * changes as the list grows (no totals), so that a rebuild leaves them alone. */
function paginate(base: string, title: string, description: string, refs: RecordRef[], crumbs: [string, string][]): ListPage[] {
  const n = refs.length;
  const full = Math.floor(n / PAGE_SIZE);
  const kept = n % PAGE_SIZE >= PAGE_SIZE / 2 ? full : Math.max(0, full - 1);
  const at = (k: number) => (k > kept ? base : `${base}${k}/`);
  const front: ListPage = { url: base, title, heading: title, description, records: refs.slice(0, n - kept * PAGE_SIZE), front: true, range: null, nav: { newest: null, newer: null, older: kept ? at(kept) : null, oldest: kept > 1 ? at(1) : null }, crumbs };
  const pages = [front];
  for (let k = kept; k >= 1; k--) {
    const records = refs.slice(n - k * PAGE_SIZE, n - (k - 1) * PAGE_SIZE);
    const newest = records[0]!.date;
    const oldest = records[records.length - 1]!.date;
    const range = !newest && !oldest ? `第 ${k} 组` : newest === oldest ? newest! : `${oldest ?? "日期不详"} 至 ${newest ?? "日期不详"}`;
    pages.push({
      url: at(k),
      title: `${title}(${range})`,
      heading: title,
      description: `${title} ${range} 的 ${records.length} 条记录`,
      records,
      front: false,
      range,
      nav: { newest: base, newer: at(k + 1), older: k > 1 ? at(k - 1) : null, oldest: k > 1 ? at(1) : null },
      crumbs,
    });
  }
  return pages;
}

export const dayUrl = (date: string) => `/dates/${date.replaceAll("-", "/")}/`;
export const monthUrl = (month: string) => `/dates/${month.replace("-", "/")}/`;
export const UNDATED_URL = "/dates/unknown/";
export const UNKNOWN_DISTRICT_URL = "/districts/unknown/";
export const bulletinUrl = (file: string) => `/bulletins/${slug(basename(file).replace(/\.[^.]+$/, ""))}/`;
/** A person's usual URL slug: pinyin plus 4 hex digits of a hash of the name, so that names read alike mostly differ. */
export const personSlug = (name: string) => `${slug(name)}-${createHash("sha1").update(name).digest("hex").slice(0, 4)}`;

/**
 * Every person's URL slug, unique, never an error. A name keeps its usual slug (personSlug) unless another name has the
 * same one (same pinyin, same 4 hex digits: at 200,000 names, dozens do); then the one first seen in the archive (the
 * oldest record, then the name's hash) keeps it, and each other takes the shortest longer prefix of its name's SHA-1
 * (6, 8, … 40 hex digits) that no other person's slug has. Depends only on the names and their order of first
 * appearance, so it is the same from build to build, and as the archive grows only a name that comes to share a slug
 * with an older one gets a new, longer URL (the older keeps its).
 * @param names each name with its rank of first appearance (lower: seen earlier)
 */
export function assignPersonSlugs(names: Iterable<[name: string, firstSeen: number]>): Map<string, { slug: string; lengthened: boolean }> {
  const byBase = new Map<string, { name: string; firstSeen: number; hash: string }[]>();
  for (const [name, firstSeen] of names) {
    const hash = createHash("sha1").update(name).digest("hex");
    const base = `${slug(name)}-${hash.slice(0, 4)}`;
    const group = byBase.get(base);
    if (group) group.push({ name, firstSeen, hash });
    else byBase.set(base, [{ name, firstSeen, hash }]);
  }
  const out = new Map<string, { slug: string; lengthened: boolean }>();
  const taken = new Set(byBase.keys());
  for (const base of [...byBase.keys()].sort()) {
    const group = byBase.get(base)!.sort((a, b) => a.firstSeen - b.firstSeen || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    out.set(group[0]!.name, { slug: base, lengthened: false });
    for (const p of group.slice(1)) {
      const stem = base.slice(0, -4);
      let s = "";
      for (let len = 6; len <= 40 && !s; len += 2) if (!taken.has(stem + p.hash.slice(0, len))) s = stem + p.hash.slice(0, len);
      // two names with one SHA-1: the name's code points, which no other name has
      if (!s) s = `${stem}${p.hash}-${[...p.name].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
      taken.add(s);
      out.set(p.name, { slug: s, lengthened: true });
    }
  }
  return out;
}
const monthLabel = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

const ROLES = [
  ["reporters", "记者"],
  ["correspondents", "通讯员"],
  ["photographers", "摄影"],
  ["interns", "实习生"],
] as const;

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
  const refOf = (r: ArticleRecord): RecordRef => ({ url: r.url, title: displayTitle(r), date: r.date, district: r.district, place: r.place, kind: r.kind });
  const refs = new Map(records.map((r) => [r, refOf(r)]));
  const ref = (r: ArticleRecord) => refs.get(r)!;
  const home: [string, string] = ["首页", "/"];

  // districts and their places
  const districtKey = (r: ArticleRecord) => (r.district ? `${r.city ?? ""}|${r.district}` : null);
  // grouped from the records newest first, every list below is in the order its pages show, without sorting each again
  const newestFirst = [...records].sort((a, b) => byDateDesc(ref(a), ref(b)));
  const byDistrict = group(newestFirst, districtKey);
  const districtUrls = new Map<string, string>();
  const placeUrls = new Map<string, string>();
  const districts: District[] = [];
  const districtPages: DistrictPage[] = [];
  const placePages: ListPage[] = [];
  for (const [key, list] of [...byDistrict].sort((a, b) => a[0].localeCompare(b[0], "zh-CN"))) {
    const [city, name] = key.split("|") as [string, string];
    const s = slug(`${city}${city ? "-" : ""}${name}`);
    const url = `/districts/${s}/`;
    districtUrls.set(key, url);
    const districtCrumbs: [string, string][] = [home, ["城区", "/districts/"], [`${city}${name}`, url]];
    const places: PlaceLink[] = [];
    for (const [place, inPlace] of [...group(list, (r) => r.place)].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "zh-CN"))) {
      const placeUrl = `${url}${slug(place)}/`;
      placeUrls.set(`${key}|${place}`, placeUrl);
      places.push({ name: place, url: placeUrl, count: inPlace.length });
      placePages.push(...paginate(placeUrl, `${city}${name} ${place}`, `${city}${name}${place}的 ${inPlace.length} 条记录`, inPlace.map(ref), districtCrumbs));
    }
    districts.push({ slug: s, city: city || null, name, count: list.length, url, places });
    districtPages.push(
      ...paginate(url, `${city}${name}`, `${city}${name}的 ${list.length} 条记录`, list.map(ref), [home, ["城区", "/districts/"]]).map((p) => ({ ...p, places: p.front ? places : [] })),
    );
  }
  // records whose district the parser could not tell are still reachable by place
  const placeless = newestFirst.filter((r) => !r.district);
  if (placeless.length) {
    districts.push({ slug: "unknown", city: null, name: "城区不详", count: placeless.length, url: UNKNOWN_DISTRICT_URL, places: [] });
    districtPages.push(
      ...paginate(UNKNOWN_DISTRICT_URL, "城区不详", `版面没有写明、地名录也无法判断城区的 ${placeless.length} 条记录`, placeless.map(ref), [home, ["城区", "/districts/"]]).map((p) => ({ ...p, places: [] })),
    );
  }

  // dates: day, month (calendar), year, undated
  const dayMap = group(newestFirst, (r) => (r.date?.length === 10 ? r.date : null));
  const monthOnly = group(records, (r) => (r.date?.length === 7 ? r.date : null));
  const dayKeys = [...dayMap.keys()].sort();
  const dayLink = (d: string): DayLink => ({ date: d, url: dayUrl(d), count: dayMap.get(d)!.length });
  const monthKeys = [...new Set([...dayKeys.map((d) => d.slice(0, 7)), ...monthOnly.keys()])].sort();
  const months: Month[] = monthKeys
    .map((m) => {
      const days = dayKeys.filter((d) => d.startsWith(m)).map(dayLink);
      return { month: m, url: monthUrl(m), days, count: days.reduce((n, d) => n + d.count, 0) + (monthOnly.get(m)?.length ?? 0) };
    })
    .reverse();
  const dayPages: DayPage[] = dayKeys.flatMap((d, k) => {
    const [y, mo, da] = d.split("-").map(Number);
    const crumbs: [string, string][] = [home, ["日期", "/dates/"], [`${y}年`, `/dates/${y}/`], [`${mo}月`, monthUrl(d.slice(0, 7))]];
    return paginate(dayUrl(d), `${y}年${mo}月${da}日`, `${d} 的 ${dayMap.get(d)!.length} 条记录`, dayMap.get(d)!.map(ref), crumbs).map((p) => ({
      ...p,
      prevDay: k > 0 ? dayLink(dayKeys[k - 1]!) : null,
      nextDay: k + 1 < dayKeys.length ? dayLink(dayKeys[k + 1]!) : null,
    }));
  });
  const chronological = [...monthKeys];
  const monthPages: MonthPage[] = chronological.flatMap((m, k) => {
    const month = months.find((x) => x.month === m)!;
    const y = m.slice(0, 4);
    const crumbs: [string, string][] = [home, ["日期", "/dates/"], [`${Number(y)}年`, `/dates/${y}/`]];
    const prev = chronological[k - 1];
    const next = chronological[k + 1];
    return paginate(month.url, monthLabel(m), `${monthLabel(m)}的 ${month.count} 条记录`, (monthOnly.get(m) ?? []).map(ref), crumbs).map((p) => ({
      ...p,
      month: m,
      calendar: calendarOf(m, month.days),
      prevMonth: prev ? { label: monthLabel(prev), url: monthUrl(prev) } : null,
      nextMonth: next ? { label: monthLabel(next), url: monthUrl(next) } : null,
    }));
  });
  const years: YearPage[] = [...group(months, (m) => m.month.slice(0, 4))].map(([year, ms]) => ({
    year,
    url: `/dates/${year}/`,
    months: ms.map((m) => ({ month: m.month, url: m.url, count: m.count, calendar: calendarOf(m.month, m.days) })).sort((a, b) => a.month.localeCompare(b.month)),
    count: ms.reduce((n, m) => n + m.count, 0),
  }));
  const undated = records.filter((r) => !r.date).map(ref);
  const undatedPages = paginate(UNDATED_URL, "日期不详", "版面没有写明日期、清单也未给出日期的记录", undated, [home, ["日期", "/dates/"]]);

  // people, from bylines
  const signed = new Map<string, { roles: Map<string, number>; records: ArticleRecord[] }>();
  for (const r of newestFirst) {
    for (const [field, role] of ROLES) {
      for (const name of r.byline[field]) {
        let p = signed.get(name);
        if (!p) signed.set(name, (p = { roles: new Map(), records: [] }));
        p.roles.set(role, (p.roles.get(role) ?? 0) + 1);
        if (p.records[p.records.length - 1] !== r) p.records.push(r);
      }
    }
  }
  // first seen: the position of the person's oldest record in the archive's order (newest first, so higher is older)
  const position = new Map(newestFirst.map((r, k) => [r, k]));
  const slugs = assignPersonSlugs([...signed].map(([name, p]) => [name, -position.get(p.records[p.records.length - 1]!)!]));
  const people: Person[] = [...signed]
    .map(([name, p]) => {
      const { slug: s, lengthened } = slugs.get(name)!;
      const person: Person = { name, slug: s, url: `/people/${s}/`, count: p.records.length, roles: ROLES.filter(([, role]) => p.roles.has(role)).map(([, role]) => ({ role, count: p.roles.get(role)! })) };
      if (lengthened) person.lengthened = true;
      return person;
    })
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  const personPages: PersonPage[] = people.flatMap((p) =>
    paginate(p.url, p.name, `${p.name}署名的 ${p.count} 条记录`, signed.get(p.name)!.records.map(ref), [home, ["按记者", "/people/"]]).map((page) =>
      page.front ? { ...page, title: `${p.name}(${p.roles.map((r) => r.role).join("、")})`, person: p } : { ...page, person: null },
    ),
  );
  const personUrl = new Map(people.map((p) => [p.name, p.url]));

  // related: records sharing at least two keywords, most shared first (counted in a typed array: 100k records × their keywords)
  const byKeyword = new Map<string, number[]>();
  records.forEach((r, k) => {
    for (const kw of r.keywords) {
      const list = byKeyword.get(kw);
      if (list) list.push(k);
      else byKeyword.set(kw, [k]);
    }
  });
  const scores = new Uint16Array(records.length);
  const touched: number[] = [];
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && records[a]!.id < records[b]!.id);
  const relatedOf = (k: number): RecordRef[] => {
    touched.length = 0;
    for (const kw of records[k]!.keywords) {
      const sharing = byKeyword.get(kw)!;
      if (sharing.length > 200) continue; // a word in every other record relates nothing
      for (const o of sharing) if (o !== k && scores[o]!++ === 0) touched.push(o);
    }
    // the five best by score, then id: kept in order by insertion (a full sort of hundreds of candidates per record is slow)
    const best: number[] = [];
    for (const o of touched) {
      if (scores[o]! < 2 || (best.length === 5 && !before(o, best[4]!))) continue;
      let i = Math.min(best.length, 4);
      while (i > 0 && before(o, best[i - 1]!)) i--;
      best.splice(i, 0, o);
      if (best.length > 5) best.pop();
    }
    for (const o of touched) scores[o] = 0;
    return best.map((o) => ref(records[o]!));
  };

  const titleCount = new Map<string, number>();
  for (const r of records) titleCount.set(ref(r).title, (titleCount.get(ref(r).title) ?? 0) + 1);

  // no closures made per record below: 100k of them cost (tsx names every function it makes)
  const sameFile = (r: ArticleRecord, o: ArticleRecord | undefined) => (o && o.source.file === r.source.file ? ref(o) : null);
  const linked = (names: string[]) => names.map((name) => ({ name, url: personUrl.get(name)! }));
  const sourceUrls = new Map<string, string>();
  const sourceUrl = (file: string) => sourceUrls.get(file) ?? sourceUrls.set(file, bulletinUrl(file)).get(file)!;
  const site: SiteRecord[] = records.map((r, k) => {
    const related = relatedOf(k);
    const key = districtKey(r);
    return siteRecord(r, {
      title: ref(r).title,
      pageTitle: titleCount.get(ref(r).title)! > 1 ? `${ref(r).title}(${basename(r.source.file)} 第${r.source.startLine}行)` : ref(r).title,
      districtUrl: key ? districtUrls.get(key)! : UNKNOWN_DISTRICT_URL,
      placeUrl: key && r.place ? (placeUrls.get(`${key}|${r.place}`) ?? null) : null,
      sourceUrl: `${sourceUrl(r.source.file)}#r-${r.id}`,
      titleTerms: titleTerms.get(r.id) ?? [],
      dateUrl: r.date ? (r.date.length === 10 ? dayUrl(r.date) : monthUrl(r.date)) : UNDATED_URL,
      people: { reporters: linked(r.byline.reporters), correspondents: linked(r.byline.correspondents), photographers: linked(r.byline.photographers), interns: linked(r.byline.interns) },
      prev: sameFile(r, records[k - 1]),
      next: sameFile(r, records[k + 1]),
      related,
    });
  });

  const byFile = group(records, (r) => r.source.file);
  const FEED_SIZE = 50;
  const byId = new Map(records.map((r) => [r.url, r]));
  const entryOf = (x: RecordRef): FeedEntry => {
    const r = byId.get(x.url)!;
    return {
      url: r.url,
      title: x.title,
      date: r.date,
      summary: (r.paragraphs[0] ?? r.captions[0]?.text ?? "").slice(0, 200),
      content: [r.pretitle, x.title, r.subtitle, ...r.paragraphs].filter(Boolean).join("\n\n"),
      authors: r.byline.reporters,
      tags: [r.district, ...r.keywords].filter((t): t is string => !!t),
    };
  };
  const feedEntries = (newestFirstList: ArticleRecord[]) => {
    const newest = newestFirstList.slice(0, FEED_SIZE);
    loadText(new Set(newest.map((r) => r.source.file)));
    return newest.map(ref).map(entryOf);
  };
  const siteEntries = feedEntries(newestFirst);
  const feeds: Feed[] = [
    { url: "/feed.xml", title: "城区新闻档案", home: "/", format: "atom", entries: siteEntries },
    { url: "/feed.json", title: "城区新闻档案", home: "/", format: "json", entries: siteEntries },
    ...districts.map((d) => ({
      url: `${d.url}feed.xml`,
      title: `城区新闻档案 · ${d.city ?? ""}${d.name}`,
      home: d.url,
      format: "atom" as const,
      entries: feedEntries(d.url === UNKNOWN_DISTRICT_URL ? placeless : (byDistrict.get(`${d.city ?? ""}|${d.name}`) ?? [])),
    })),
  ];
  return {
    records: site,
    newest: newestFirst.slice(0, 20).map(ref),
    districts,
    districtPages,
    placePages,
    months,
    years,
    dayPages,
    monthPages,
    undatedPages,
    people,
    personPages,
    bulletins: bulletinFiles.map((file) => bulletinPage(file, byFile.get(file) ?? [], lineCounts.get(file) ?? 0, ref)),
    feeds,
    stats: {
      bulletins: bulletinFiles.length,
      records: records.length,
      districts: districts.filter((d) => d.url !== UNKNOWN_DISTRICT_URL).length,
      dates: dayMap.size + monthOnly.size,
      people: people.length,
      undated: undated.length,
      warnings: messages.filter((m) => m.severity === "warning").length,
      errors: messages.filter((m) => m.severity === "error").length,
    },
  };
}

/** A record's parsed fields, field by field (an object spread of a parsed record was most of the time the site data of
 * 100k records took, in the plan stage of `npm run bench`): the contract of api/articles.json, so a field added to
 * ArticleRecord and not here fails to compile. */
export function articleFields(r: ArticleRecord): ArticleRecord {
  return {
    id: r.id,
    url: r.url,
    source: r.source,
    paper: r.paper,
    page: r.page,
    city: r.city,
    district: r.district,
    adminDistrict: r.adminDistrict,
    place: r.place,
    kicker: r.kicker,
    section: r.section,
    pretitle: r.pretitle,
    headline: r.headline,
    subtitle: r.subtitle,
    byline: r.byline,
    kind: r.kind,
    date: r.date,
    dateSource: r.dateSource,
    paragraphs: r.paragraphs,
    subheadings: r.subheadings,
    captions: r.captions,
    credits: r.credits,
    continued: r.continued,
    corrected: r.corrected,
    keywords: r.keywords,
  };
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

function bulletinPage(file: string, records: ArticleRecord[], lineCount: number, refOf: (r: ArticleRecord) => RecordRef): BulletinPage {
  const blocks: BulletinPage["blocks"] = [];
  let n = 1;
  const gap = (until: number) => {
    if (until > n) blocks.push({ id: null, url: null, start: n, end: until - 1 });
    n = Math.max(n, until);
  };
  for (const r of [...records].sort((a, b) => a.source.startLine - b.source.startLine)) {
    gap(r.source.startLine);
    blocks.push({ id: r.id, url: r.url, start: r.source.startLine, end: r.source.endLine });
    n = r.source.endLine + 1;
  }
  gap(lineCount + 1);
  return { file, url: bulletinUrl(file), title: basename(file), records: records.map(refOf), blocks };
}
