import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteData, displayTitle, PAGE_SIZE } from "./build-data.ts";
import type { ArticleRecord } from "../parse/types.ts";

const record = (n: number, over: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: `a-l${n}`, url: `/articles/a-l${n}/`, source: { file: "seeds/a.txt", startLine: n, endLine: n }, paper: null, page: null,
  city: "新乡", district: "卫滨区", place: null, kicker: null, section: null, pretitle: null, headline: `标题${n}`, subtitle: null,
  byline: { raw: "", reporters: [], correspondents: [], photographers: [] }, kind: "article", date: "2024-04-07", dateSource: "dateline",
  paragraphs: ["正文。"], subheadings: [], captions: [], credits: [], keywords: [], ...over,
});

test("a long district is paged, every record on exactly one page, at an ASCII URL", () => {
  const records = Array.from({ length: PAGE_SIZE + 3 }, (_, k) => record(k + 1));
  const site = buildSiteData(records, [], ["seeds/a.txt"]);
  assert.deepEqual(site.districtPages.map((p) => p.url), ["/districts/xinxiang-weibinqu/", "/districts/xinxiang-weibinqu/2/"]);
  assert.equal(site.districtPages.flatMap((p) => p.records).length, records.length);
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
