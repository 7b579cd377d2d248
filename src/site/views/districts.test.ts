import { test } from "node:test";
import assert from "node:assert/strict";
import { createViewContext } from "./context.ts";
import { districts } from "./districts.ts";
import { PAGE_SIZE, UNKNOWN_DISTRICT_URL } from "./pages.ts";
import { record } from "./test-record.ts";
import { slug } from "../../slug.ts";

const view = (records: ReturnType<typeof record>[]) => districts(records, createViewContext(records));

test("two districts whose names read alike (泰州 and 台州 高新区) get two URLs; the one seen first keeps the plain one", () => {
  assert.equal(slug("泰州-高新区"), slug("台州-高新区"), "the case this is for");
  const records = [record(1, { city: "台州", district: "高新区", date: "2024-05-01" }), record(2, { city: "泰州", district: "高新区", date: "2019-01-01" }), record(3, { city: "台州", district: "高新区", date: "2024-06-01" })];
  const v = view(records);
  const urls = v.districts.map((d) => [d.city, d.url]);
  assert.deepEqual(new Set(v.districtPages.map((p) => p.url)).size, 2);
  // 泰州's oldest record is older than any of 台州's
  assert.deepEqual(Object.fromEntries(urls), { 泰州: "/districts/taizhou-gaoxinqu/", 台州: `/districts/taizhou-gaoxinqu-${v.districts.find((d) => d.city === "台州")!.slug.slice(-4)}/` });
  assert.match(v.districts.find((d) => d.city === "台州")!.slug, /^taizhou-gaoxinqu-[0-9a-f]{4}$/);
  for (const r of records) assert.equal(v.urlsOf(r).districtUrl, v.districts.find((d) => d.city === r.city)!.url, `${r.id} links to its own district`);
  // the same records given in another order: the same URLs
  assert.deepEqual(view([...records].reverse()).districts.map((d) => [d.city, d.url]), urls);
});

test("places of one district that read alike get their own URLs; a place that reads as a page number is not taken for one", () => {
  const records = [
    record(1, { place: "利民社区", date: "2020-01-01" }),
    record(2, { place: "立民社区", date: "2024-01-01" }),
    record(3, { place: "１２", date: "2024-01-01" }),
  ];
  const v = view(records);
  const places = v.districts[0]!.places;
  assert.equal(places.find((p) => p.name === "利民社区")!.url, "/districts/xinxiang-weibinqu/liminshequ/");
  assert.match(places.find((p) => p.name === "立民社区")!.url, /^\/districts\/xinxiang-weibinqu\/liminshequ-[0-9a-f]{4}\/$/);
  assert.match(places.find((p) => p.name === "１２")!.url, /^\/districts\/xinxiang-weibinqu\/12-[0-9a-f]{4}\/$/);
  assert.equal(new Set(v.placePages.map((p) => p.url)).size, 3);
  for (const r of records) assert.equal(v.urlsOf(r).placeUrl, places.find((p) => p.name === r.place)!.url);
});

test("鼓楼区 of two cities is two districts; records of no district are listed under 城区不详, last", () => {
  const records = [record(1, { city: "南京", district: "鼓楼区" }), record(2, { city: "福州", district: "鼓楼区" }), record(3, { city: null, district: null, adminDistrict: null })];
  const v = view(records);
  assert.deepEqual(v.districts.map((d) => [d.city, d.name, d.url, d.count]), [
    ["福州", "鼓楼区", "/districts/fuzhou-gulouqu/", 1],
    ["南京", "鼓楼区", "/districts/nanjing-gulouqu/", 1],
    [null, "城区不详", UNKNOWN_DISTRICT_URL, 1],
  ]);
  assert.deepEqual(v.urlsOf(records[2]!), { districtUrl: UNKNOWN_DISTRICT_URL, placeUrl: null });
  assert.deepEqual([...v.members.values()].map((l) => l.map((r) => r.id)), [["a-l2"], ["a-l1"], ["a-l3"]]);
});

test("a district's places, most records first, on its first page only; every record once in its district's pages, newest first", () => {
  const records = Array.from({ length: PAGE_SIZE * 2 }, (_, k) => record(k + 1, { place: k % 3 ? "胜利路街道" : "中同街街道", date: `2024-01-${String(1 + (k % 28)).padStart(2, "0")}` }));
  const v = view(records);
  assert.deepEqual(v.districts[0]!.places.map((p) => [p.name, p.count]), [["胜利路街道", 66], ["中同街街道", 34]]);
  assert.deepEqual(v.districtPages.map((p) => p.places.length), [2, 0]);
  const listed = v.districtPages.flatMap((p) => p.records);
  assert.equal(new Set(listed.map((r) => r.url)).size, records.length);
  assert.ok(listed.every((r, k) => k === 0 || listed[k - 1]!.date! >= r.date!), "newest first");
});
