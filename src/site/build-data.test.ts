import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteData, DERIVED, displayTitle, PAGE_SIZE } from "./build-data.ts";
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
