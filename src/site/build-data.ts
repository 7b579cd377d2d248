// Records → what the templates render: one page object per article, district page, day, month; nothing here reads bulletin text.
import type { ArticleRecord, Message } from "../parse/types.ts";
import { basename } from "node:path";
import { slug } from "../slug.ts";

export const PAGE_SIZE = 50;

export interface RecordRef {
  url: string;
  title: string;
  date: string | null;
  district: string | null;
  place: string | null;
  kind: ArticleRecord["kind"];
}

export interface SiteRecord extends ArticleRecord {
  title: string;
  districtUrl: string | null;
  sourceUrl: string;
  /** Segmented title for the search index's weighted title field. */
  titleTerms: string[];
  dateUrl: string;
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
  pageNumber: number;
  pageCount: number;
  pageUrls: string[];
}

export interface District {
  slug: string;
  city: string | null;
  name: string;
  count: number;
  url: string;
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

export interface BulletinPage {
  file: string;
  url: string;
  title: string;
  records: RecordRef[];
  /** The bulletin's lines grouped by the record they belong to (null: furniture or blank between records). */
  blocks: { id: string | null; url: string | null; start: number; lines: string[] }[];
}

export interface SiteData {
  records: SiteRecord[];
  newest: RecordRef[];
  districts: District[];
  districtPages: ListPage[];
  months: Month[];
  dayPages: ListPage[];
  monthPages: (ListPage & { days: DayLink[] })[];
  undatedPages: ListPage[];
  bulletins: BulletinPage[];
  stats: { bulletins: number; records: number; districts: number; dates: number; warnings: number; errors: number };
}

/** What a reader calls a record: its headline, else the start of its caption or text. */
export function displayTitle(r: ArticleRecord): string {
  if (r.headline) return r.headline;
  const text = (r.paragraphs[0] ?? r.captions[0]?.text ?? "").replace(/^(\d{1,2}月\d{1,2}日|昨日|近日|日前)[,,]?/, "");
  const sentence = text.split(/(?<=[。!?])/)[0] ?? "";
  const lead = sentence.length <= 28 ? sentence : `${sentence.slice(0, 26)}…`;
  const prefix = r.kind === "photo" ? "图片:" : "";
  if (lead) return `${prefix}${lead}`;
  const who = r.byline.photographers.join("、");
  return r.kind === "photo" ? `图片${who ? `(${who} 摄)` : ""}` : "(无标题)";
}

const byDateDesc = (a: { date: string | null; id?: string; url: string }, b: { date: string | null; url: string }) =>
  (b.date ?? "").localeCompare(a.date ?? "") || a.url.localeCompare(b.url);

function paginate(base: string, title: string, description: string, refs: RecordRef[]): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(refs.length / PAGE_SIZE));
  const pageUrls = Array.from({ length: pageCount }, (_, k) => (k === 0 ? base : `${base}${k + 1}/`));
  return pageUrls.map((url, k) => ({
    url,
    title: pageCount > 1 ? `${title}(第${k + 1}页)` : title,
    heading: title,
    description,
    records: refs.slice(k * PAGE_SIZE, (k + 1) * PAGE_SIZE),
    pageNumber: k + 1,
    pageCount,
    pageUrls,
  }));
}

export const dayUrl = (date: string) => `/dates/${date.replaceAll("-", "/")}/`;
export const UNDATED_URL = "/dates/unknown/";

export const bulletinUrl = (file: string) => `/bulletins/${slug(basename(file).replace(/\.[^.]+$/, ""))}/`;

export function buildSiteData(
  records: ArticleRecord[],
  messages: Message[],
  bulletinFiles: string[],
  bulletinLines = new Map<string, string[]>(),
  titleTerms = new Map<string, string[]>(),
): SiteData {
  const districtKey = (r: ArticleRecord) => (r.district ? `${r.city ?? ""}|${r.district}` : null);
  const districtSlugs = new Map<string, string>();
  for (const r of records) {
    const key = districtKey(r);
    if (key && !districtSlugs.has(key)) districtSlugs.set(key, slug(`${r.city ?? ""}${r.city ? "-" : ""}${r.district}`));
  }
  const refOf = (r: ArticleRecord): RecordRef => ({ url: r.url, title: displayTitle(r), date: r.date, district: r.district, place: r.place, kind: r.kind });
  const refs = new Map(records.map((r) => [r.id, refOf(r)]));

  // related: records sharing the most keywords, then the same district
  const byKeyword = new Map<string, ArticleRecord[]>();
  for (const r of records) for (const k of r.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), r]);

  const site: SiteRecord[] = records.map((r, k) => {
    const sameFile = (o: ArticleRecord | undefined) => (o && o.source.file === r.source.file ? refs.get(o.id)! : null);
    const scores = new Map<string, number>();
    for (const kw of r.keywords) for (const o of byKeyword.get(kw) ?? []) if (o.id !== r.id) scores.set(o.id, (scores.get(o.id) ?? 0) + 1);
    const related = [...scores]
      .filter(([, s]) => s >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([id]) => refs.get(id)!);
    const key = districtKey(r);
    return {
      ...r,
      title: displayTitle(r),
      districtUrl: key ? `/districts/${districtSlugs.get(key)}/` : null,
      sourceUrl: `${bulletinUrl(r.source.file)}#${r.id}`,
      titleTerms: titleTerms.get(r.id) ?? [],
      dateUrl: r.date ? (r.date.length === 10 ? dayUrl(r.date) : `/dates/${r.date.replace("-", "/")}/`) : UNDATED_URL,
      prev: sameFile(records[k - 1]),
      next: sameFile(records[k + 1]),
      related,
    };
  });

  const districts: District[] = [];
  const districtPages: ListPage[] = [];
  for (const [key, s] of [...districtSlugs].sort((a, b) => a[1].localeCompare(b[1]))) {
    const [city, name] = key.split("|") as [string, string];
    const list = records.filter((r) => districtKey(r) === key).map(refOf).sort(byDateDesc);
    const url = `/districts/${s}/`;
    districts.push({ slug: s, city: city || null, name, count: list.length, url });
    districtPages.push(...paginate(url, `${city}${name}`, `${city}${name}的 ${list.length} 篇报道`, list));
  }

  const dated = records.filter((r) => r.date);
  const dayMap = new Map<string, RecordRef[]>();
  const monthOnly = new Map<string, RecordRef[]>();
  for (const r of dated) {
    const target = r.date!.length === 10 ? dayMap : monthOnly;
    target.set(r.date!, [...(target.get(r.date!) ?? []), refOf(r)]);
  }
  const monthKeys = [...new Set([...dayMap.keys()].map((d) => d.slice(0, 7)).concat([...monthOnly.keys()]))].sort().reverse();
  const months: Month[] = monthKeys.map((m) => {
    const days = [...dayMap.keys()].filter((d) => d.startsWith(m)).sort().map((d) => ({ date: d, url: dayUrl(d), count: dayMap.get(d)!.length }));
    return { month: m, url: `/dates/${m.replace("-", "/")}/`, days, count: days.reduce((n, d) => n + d.count, 0) + (monthOnly.get(m)?.length ?? 0) };
  });
  const dayPages = [...dayMap].sort().flatMap(([d, list]) => {
    const [y, mo, da] = d.split("-").map(Number);
    return paginate(dayUrl(d), `${y}年${mo}月${da}日`, `${d} 的报道`, list);
  });
  const monthPages = months.flatMap((m) => {
    const [y, mo] = m.month.split("-").map(Number);
    return paginate(m.url, `${y}年${mo}月`, `${m.month} 只知月份的报道`, monthOnly.get(m.month) ?? []).map((p) => ({ ...p, days: m.days }));
  });
  const undated = records.filter((r) => !r.date).map(refOf);
  const undatedPages = paginate(UNDATED_URL, "日期不详", "报纸页面没有写明日期、清单也未给出日期的报道", undated);

  return {
    records: site,
    newest: [...records].map(refOf).sort(byDateDesc).slice(0, 20),
    districts,
    districtPages,
    months,
    dayPages,
    monthPages,
    undatedPages,
    bulletins: bulletinFiles.map((file) => bulletinPage(file, records.filter((r) => r.source.file === file), bulletinLines.get(file) ?? [], refOf)),
    stats: {
      bulletins: bulletinFiles.length,
      records: records.length,
      districts: districts.length,
      dates: dayMap.size + monthOnly.size,
      warnings: messages.filter((m) => m.severity === "warning").length,
      errors: messages.filter((m) => m.severity === "error").length,
    },
  };
}

function bulletinPage(file: string, records: ArticleRecord[], lines: string[], refOf: (r: ArticleRecord) => RecordRef): BulletinPage {
  const blocks: BulletinPage["blocks"] = [];
  let n = 1;
  const gap = (until: number) => {
    if (until > n) blocks.push({ id: null, url: null, start: n, lines: lines.slice(n - 1, until - 1) });
    n = Math.max(n, until);
  };
  for (const r of [...records].sort((a, b) => a.source.startLine - b.source.startLine)) {
    gap(r.source.startLine);
    blocks.push({ id: r.id, url: r.url, start: r.source.startLine, lines: lines.slice(r.source.startLine - 1, r.source.endLine) });
    n = r.source.endLine + 1;
  }
  gap(lines.length + 1);
  return { file, url: bulletinUrl(file), title: basename(file), records: records.map(refOf), blocks };
}
