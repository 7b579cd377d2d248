import { test } from "node:test";
import assert from "node:assert/strict";
import { attachRecurring, shortLines } from "./recurring-lines.ts";
import { parseBulletin } from "./parse/index.ts";
import type { BulletinMeta } from "./parse/types.ts";

const page = (n: number) =>
  ["晚报数字版 阅读全文", "", `第${n}篇报道的标题`, "", `本报讯(记者 王五) 近日,第${n}件事办成了。`, "", "本文所有内容均为晚报所有"].join("\n");
const bytes = (n: number) => new TextEncoder().encode(page(n));

test("lines a paper prints on three pages are furniture there; a headline printed once is not", () => {
  const meta = new Map<string, BulletinMeta>([1, 2, 3].map((n) => [`p${n}.txt`, { paper: "晚报" }]));
  attachRecurring(new Map([1, 2, 3].map((n) => [`p${n}.txt`, shortLines(bytes(n))])), meta);
  assert.deepEqual(meta.get("p1.txt")!.recurring, ["晚报数字版 阅读全文", "本文所有内容均为晚报所有"]);
  const { records, furniture, messages } = parseBulletin("p1.txt", bytes(1), meta.get("p1.txt"));
  assert.deepEqual(records.map((r) => r.headline), ["第1篇报道的标题"]);
  assert.deepEqual(furniture, [1, 7]);
  assert.ok(messages.some((m) => m.ruleId === "classify/recurring" && m.line === 1));
});

test("two pages are not enough, and other papers' pages do not count", () => {
  const meta = new Map<string, BulletinMeta>([["a.txt", { paper: "晚报" }], ["b.txt", { paper: "晚报" }], ["c.txt", { paper: "日报" }]]);
  attachRecurring(new Map(["a.txt", "b.txt", "c.txt"].map((f, k) => [f, shortLines(bytes(k))])), meta);
  assert.equal(meta.get("a.txt")!.recurring, undefined);
});

test("a recurring line over a headline labels a column; one over text stays a headline", () => {
  const text = ["社区动态", "", "老街换新颜", "", "本报讯 近日,老街完成改造。", "", "居民议事会", "", "每周一次,大家商量着办。"].join("\n");
  const { records } = parseBulletin("x.txt", new TextEncoder().encode(text), { recurring: ["社区动态", "居民议事会"] });
  assert.equal(records[0]!.section, "社区动态");
  assert.equal(records[0]!.headline, "老街换新颜");
  assert.ok(records.some((r) => r.headline === "居民议事会" || r.paragraphs.includes("居民议事会")));
});

test("a line a few of a paper's many pages print is no furniture: the bar is a fifth of its pages", () => {
  const names = Array.from({ length: 20 }, (_, k) => `p${k}.txt`);
  const meta = new Map<string, BulletinMeta>(names.map((n) => [n, { paper: "晚报" }]));
  const lines = new Map(names.map((n, k) => [n, ["晚报数字版 阅读全文", ...(k < 3 ? ["三个版面都有的标题"] : [])]]));
  attachRecurring(lines, meta);
  assert.deepEqual(meta.get("p0.txt")!.recurring, ["晚报数字版 阅读全文"]);
});

test("the bar is a fifth of a paper's pages counted down to a step of an eighth of an octave: one page more does not move it", async () => {
  const { recurringBar } = await import("./recurring-lines.ts");
  assert.equal(recurringBar(2), 3);
  assert.equal(recurringBar(20), 4);
  assert.equal(recurringBar(1580), 316);
  assert.equal(recurringBar(1581), 316, "a day's bulletin added");
  for (const n of [100, 1023, 1580, 5000]) assert.ok(recurringBar(n) >= 0.18 * n && recurringBar(n) <= 0.2 * n + 1, `${n}: ${recurringBar(n)}`);
  // a line on 316 of 1,580 pages recurs, and still does once a page without it is added
  const names = Array.from({ length: 1581 }, (_, k) => `p${k}.txt`);
  const meta = new Map<string, BulletinMeta>(names.map((n) => [n, { paper: "晚报" }]));
  const lines = new Map(names.map((n, k) => [n, k < 316 ? ["城区新闻"] : []]));
  attachRecurring(lines, meta);
  assert.deepEqual(meta.get("p0.txt")!.recurring, ["城区新闻"]);
  // a 引题 on 150 of 1,023 pages (15%) is no furniture
  const fewer = Array.from({ length: 1023 }, (_, k) => `q${k}.txt`);
  const meta2 = new Map<string, BulletinMeta>(fewer.map((n) => [n, { paper: "日报" }]));
  attachRecurring(new Map(fewer.map((n, k) => [n, k < 150 ? ["喜迎盛会 奋进新程"] : []])), meta2);
  assert.equal(meta2.get("q0.txt")!.recurring, undefined);
});
