// 130 refs at /districts/x/ → /districts/x/ (the newest 30), /districts/x/2/ (50), /districts/x/1/ (the oldest 50): a list's pages keep their records as it grows.
import { basename } from "node:path";
import type { ArticleRecord } from "../../parse/types.ts";
import { slug } from "../../slug.ts";

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

/** The fields of a record that its link (RecordRef) and the order of every list (newest first) are made from: every view
 * that lists records reads them. */
export const REF_READS = ["url", "headline", "kind", "paragraphs", "captions", "byline", "date", "district", "place"] as const satisfies readonly (keyof ArticleRecord)[];

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

export const refOf = (r: ArticleRecord): RecordRef => ({ url: r.url, title: displayTitle(r), date: r.date, district: r.district, place: r.place, kind: r.kind });

/** Newest first, then by URL; dates and URLs are ASCII, so code-unit order is enough (and much cheaper than localeCompare). */
const ascii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byDateDesc = (a: RecordRef, b: RecordRef) => ascii(b.date ?? "", a.date ?? "") || ascii(a.url, b.url);

export const HOME: [string, string] = ["首页", "/"];
export const dayUrl = (date: string) => `/dates/${date.replaceAll("-", "/")}/`;
export const monthUrl = (month: string) => `/dates/${month.replace("-", "/")}/`;
export const UNDATED_URL = "/dates/unknown/";
export const UNKNOWN_DISTRICT_URL = "/districts/unknown/";
export const bulletinUrl = (file: string) => `/bulletins/${slug(basename(file).replace(/\.[^.]+$/, ""))}/`;

/** A list in pages, newest first, whose URLs keep their records as the list grows: pages after the first hold PAGE_SIZE
 * records each, counted from the oldest (base/1/ holds the oldest), and the first page at `base` holds the records newer
 * than those (from half a page to one and a half), so a newer record changes only the first page, and say nothing that
 * changes as the list grows (no totals), so that a rebuild leaves them alone. */
export function paginate(base: string, title: string, description: string, refs: RecordRef[], crumbs: [string, string][]): ListPage[] {
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
