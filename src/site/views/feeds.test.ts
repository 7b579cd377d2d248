import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleRecord } from "../../parse/types.ts";
import { createViewContext } from "./context.ts";
import { districts } from "./districts.ts";
import { FEED_SIZE, feeds } from "./feeds.ts";
import { record } from "./test-record.ts";

/** Records as read from the parse cache: their paragraphs are empty until loadText() fills their bulletin's, in place. */
function cached(records: ArticleRecord[]) {
  const text = new Map(records.map((r) => [r, r.paragraphs.slice()]));
  for (const r of records) r.paragraphs.length = 0;
  const loaded: string[][] = [];
  const loadText = (files: Iterable<string>) => {
    const wanted = new Set(files);
    loaded.push([...wanted].sort());
    for (const r of records) if (wanted.has(r.source.file) && r.paragraphs.length === 0) r.paragraphs.push(...text.get(r)!);
  };
  return { loaded, loadText };
}

test("a feed's entries have their text: the bulletins of the feed's records are loaded first, and no other", () => {
  const records = Array.from({ length: FEED_SIZE + 10 }, (_, k) =>
    record(k + 1, { source: { file: `seeds/${k < FEED_SIZE ? "new" : "old"}.txt`, startLine: k + 1, endLine: k + 1 }, date: k < FEED_SIZE ? "2024-05-01" : "2001-01-01", paragraphs: [`第${k + 1}条的正文。`] }),
  );
  const { loaded, loadText } = cached(records);
  const ctx = createViewContext(records, loadText);
  const [site, json, district] = feeds({ districts: districts(records, ctx) }, ctx);
  assert.deepEqual([site!.url, json!.url, district!.url], ["/feed.xml", "/feed.json", "/districts/xinxiang-weibinqu/feed.xml"]);
  assert.equal(site!.entries.length, FEED_SIZE);
  assert.ok(site!.entries.every((e) => e.summary.startsWith("第") && e.content.includes("的正文。")), "every entry has its text");
  assert.deepEqual(loaded, [["seeds/new.txt"], ["seeds/new.txt"]], "the old bulletin, in no feed, is not loaded");
  assert.equal(records.filter((r) => r.source.file === "seeds/old.txt" && r.paragraphs.length).length, 0);
});

test("an entry: title, summary of 200 characters at most, the text with its titles, reporters as authors, district and keywords as tags", () => {
  const records = [record(1, { pretitle: "引题", subtitle: "副题", paragraphs: ["甲".repeat(300), "乙。"], keywords: ["社区"], byline: { raw: "", people: [], reporters: ["张苗"], correspondents: ["李伟"], photographers: [], interns: [] } })];
  const ctx = createViewContext(records);
  const [entry] = feeds({ districts: districts(records, ctx) }, ctx)[0]!.entries;
  assert.deepEqual({ ...entry!, summary: entry!.summary.length, content: entry!.content.split("\n\n").map((s) => s.slice(0, 3)) }, {
    url: "/articles/a-l1/", title: "标题1", date: "2024-04-07", summary: 200, content: ["引题", "标题1", "副题", "甲甲甲", "乙。"], authors: ["张苗"], tags: ["卫滨区", "社区"],
  });
});
