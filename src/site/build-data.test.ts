import { test } from "node:test";
import assert from "node:assert/strict";
import { assignPersonSlugs, buildSiteData, DERIVED, displayTitle, PAGE_SIZE, personSlug } from "./build-data.ts";
import { slug } from "../slug.ts";
import type { ArticleRecord } from "../parse/types.ts";

const record = (n: number, over: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: `a-l${n}`, url: `/articles/a-l${n}/`, source: { file: "seeds/a.txt", startLine: n, endLine: n }, paper: null, page: null,
  city: "新乡", district: "卫滨区", adminDistrict: "卫滨区", place: null, kicker: null, section: null, pretitle: null, headline: `标题${n}`, subtitle: null,
  byline: { raw: "", people: [], reporters: [], correspondents: [], photographers: [], interns: [] }, continued: null, corrected: null, kind: "article", date: "2024-04-07", dateSource: "dateline",
  paragraphs: ["正文。"], subheadings: [], captions: [], credits: [], keywords: [], ...over,
});

const day = (n: number) => `2024-${String(1 + Math.floor(n / 28)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`;

test("a long district is paged from its oldest record, every record on exactly one page, at an ASCII URL", () => {
  const records = Array.from({ length: 2 * PAGE_SIZE + 30 }, (_, k) => record(k + 1, { date: day(k) }));
  const site = buildSiteData(records, [], ["seeds/a.txt"]);
  assert.deepEqual(site.districtPages.map((p) => [p.url, p.records.length]), [["/districts/xinxiang-weibinqu/", 30], ["/districts/xinxiang-weibinqu/2/", PAGE_SIZE], ["/districts/xinxiang-weibinqu/1/", PAGE_SIZE]]);
  assert.deepEqual(site.districtPages.flatMap((p) => p.records.map((r) => r.url)).sort(), records.map((r) => r.url).sort());
  const oldest = site.districtPages[2]!;
  assert.equal(oldest.records.at(-1)!.url, "/articles/a-l1/");
  assert.deepEqual(oldest.nav, { newest: "/districts/xinxiang-weibinqu/", newer: "/districts/xinxiang-weibinqu/2/", older: null, oldest: null });
  assert.equal(oldest.range, `${day(0)} 至 ${day(PAGE_SIZE - 1)}`);
});

test("a newer record changes only the first page of a list; the first page keeps at least half a page", () => {
  const records = Array.from({ length: 2 * PAGE_SIZE + 10 }, (_, k) => record(k + 1, { date: day(k) }));
  const before = buildSiteData(records, [], ["seeds/a.txt"]).districtPages;
  assert.deepEqual(before.map((p) => p.records.length), [PAGE_SIZE + 10, PAGE_SIZE]);
  const after = buildSiteData([...records, record(999, { date: "2025-01-01" })], [], ["seeds/a.txt"]).districtPages;
  assert.equal(after[0]!.records[0]!.url, "/articles/a-l999/");
  assert.deepEqual(after.slice(1), before.slice(1));
});

test("a person's pages: every record once, however many roles they signed it in", () => {
  const byline = { raw: "", people: [{ name: "张苗", role: "记者" as const, title: "记者" }, { name: "张苗", role: "摄影" as const, title: "文/图" }], reporters: ["张苗"], correspondents: [], photographers: ["张苗"], interns: [] };
  const site = buildSiteData([record(1, { byline }), record(2, { byline: { ...byline, photographers: [] } })], [], ["seeds/a.txt"]);
  assert.deepEqual(site.people.map((p) => [p.name, p.count, p.roles]), [["张苗", 2, [{ role: "记者", count: 2 }, { role: "摄影", count: 1 }]]]);
  assert.deepEqual(site.personPages.map((p) => [p.url, p.records.length, p.person?.name]), [[site.people[0]!.url, 2, "张苗"]]);
});

test("day, month and undated pages hold the records of their precision", () => {
  const site = buildSiteData([record(1), record(2, { date: "2024-04", dateSource: "inferred" }), record(3, { date: null, dateSource: null })], [], ["seeds/a.txt"]);
  assert.deepEqual(site.dayPages.map((p) => [p.url, p.records.length]), [["/dates/2024/04/07/", 1]]);
  assert.deepEqual(site.monthPages.map((p) => [p.url, p.records.length]), [["/dates/2024/04/", 1]]);
  assert.deepEqual(site.undatedPages.map((p) => [p.url, p.records.length]), [["/dates/unknown/", 1]]);
  assert.equal(site.records[0]!.next?.url, "/articles/a-l2/");
  assert.equal(site.records[2]!.dateUrl, "/dates/unknown/");
});

test("a photo with no headline is named by its caption", () => {
  assert.equal(displayTitle(record(1, { kind: "photo", headline: null, paragraphs: ["4月8日,牧野区妇联为双岗路社区颁发荣誉证书和奖牌。"] })), "图片:牧野区妇联为双岗路社区颁发荣誉证书和奖牌。");
});

test("a site record has every field the site adds, set one by one", () => {
  const [r] = buildSiteData([record(1)], [], ["seeds/a.txt"]).records;
  assert.deepEqual(DERIVED.filter((k) => !Object.hasOwn(r!, k)), []);
});

// Thousands of names read zhangweili: their usual slugs (pinyin plus 4 hex digits) collide by the dozen.
const HOMOPHONES = (() => {
  const names: string[] = [];
  for (const a of "张章彰璋樟漳") for (const b of "伟卫维威微位围委味魏未唯尾韦违危纬惟苇炜玮") for (const c of "李里理力利立丽例厉励粒历莉礼黎离梨璃狸篱") names.push(a + b + c);
  return names.filter((n) => slug(n) === "zhangweili");
})();

test("people's URLs never collide: thousands of names sharing a pinyin each get their own, deterministically", () => {
  assert.ok(HOMOPHONES.length > 2000, `${HOMOPHONES.length} names read zhangweili`);
  const usual = HOMOPHONES.map(personSlug);
  const clashes = usual.length - new Set(usual).size;
  assert.ok(clashes > 10, `the usual slugs collide (${clashes} times): the case this is for`);
  const slugs = assignPersonSlugs(HOMOPHONES.map((n, k) => [n, k]));
  const all = [...slugs.values()].map((v) => v.slug);
  assert.equal(new Set(all).size, HOMOPHONES.length, "every person has a URL of their own");
  for (const s of all) assert.match(s, /^zhangweili-[0-9a-f]{4,40}$/);
  assert.equal([...slugs.values()].filter((v) => v.lengthened).length, clashes, "only the names that collided are lengthened");
  const times = new Map<string, number>();
  for (const u of usual) times.set(u, (times.get(u) ?? 0) + 1);
  HOMOPHONES.forEach((n, k) => times.get(usual[k]!) === 1 && assert.equal(slugs.get(n)!.slug, usual[k], `${n} keeps its usual slug`));
  // the same names seen in the same order, given in any order, get the same URLs
  assert.deepEqual(new Map([...assignPersonSlugs(HOMOPHONES.map((n, k) => [n, k]).reverse() as [string, number][])].sort()), new Map([...slugs].sort()));
});

test("of two names with one usual slug, the one seen first keeps it, and the later one's URL is longer", () => {
  const byUsual = new Map<string, string[]>();
  for (const n of HOMOPHONES) byUsual.set(personSlug(n), [...(byUsual.get(personSlug(n)) ?? []), n]);
  const [a, b] = [...byUsual.values()].find((g) => g.length === 2)!;
  const first = assignPersonSlugs([[a!, 1], [b!, 2]]);
  assert.deepEqual(first.get(a!), { slug: personSlug(a!), lengthened: false });
  assert.equal(first.get(b!)!.lengthened, true);
  assert.ok(first.get(b!)!.slug.startsWith(personSlug(b!)) && first.get(b!)!.slug.length === personSlug(b!).length + 2);
  const swapped = assignPersonSlugs([[a!, 2], [b!, 1]]);
  assert.equal(swapped.get(b!)!.slug, personSlug(b!));
  assert.equal(swapped.get(a!)!.lengthened, true);
});

test("a site whose bylines name thousands of homophones builds, with every person on their own page", () => {
  const records = HOMOPHONES.map((name, k) => record(k + 1, { byline: { raw: `记者 ${name}`, people: [{ name, role: "记者" as const, title: "记者" }], reporters: [name], correspondents: [], photographers: [], interns: [] } }));
  const site = buildSiteData(records, [], ["seeds/a.txt"]);
  assert.equal(site.people.length, HOMOPHONES.length);
  assert.equal(new Set(site.people.map((p) => p.url)).size, HOMOPHONES.length);
  assert.equal(new Set(site.personPages.map((p) => p.url)).size, site.personPages.length);
  const urlOf = new Map(site.people.map((p) => [p.name, p.url]));
  for (const r of site.records) assert.equal(r.people.reporters[0]!.url, urlOf.get(r.byline.reporters[0]!));
});
