import { test } from "node:test";
import assert from "node:assert/strict";
import { excerptAround, pairQuery, isLiteralMatch, queryTerms, relevanceScore, splitIndexedText } from "./search-text.ts";

test("query terms split on spaces, full-width too", () => {
  assert.deepEqual(queryTerms(" 花馍\u3000卫滨区  花馍 "), ["花馍", "卫滨区"]);
});

test("a result matches only when every term is in its title or text, not in the hidden title field", () => {
  assert.equal(isLiteralMatch("举办非遗花馍展演课堂", "正文。", ["花馍"]), true);
  assert.equal(isLiteralMatch("标题", "卫滨区举办花馍展演。", ["花馍", "卫滨区"]), true);
  assert.equal(isLiteralMatch("标题", "卫滨区举办展演。〓 花馍", ["花馍"]), false);
  assert.equal(isLiteralMatch("标题", "高速公路", ["高铁"]), false);
});

test("the excerpt text starts after the headline that opens the page", () => {
  assert.equal(splitIndexedText("卫滨区. 举办花馍课堂. 为弘扬传统文化。〓 花馍 课堂", "举办花馍课堂").afterTitle, "为弘扬传统文化。");
});

test("excerpts are about 70 characters around the match, with whole words marked and text escaped", () => {
  const body = "甲".repeat(100) + "举办非遗花馍展演<b>" + "乙".repeat(100);
  const out = excerptAround(body, ["花馍"], 70);
  assert.match(out, /<mark>花馍<\/mark>/);
  assert.ok(!out.includes("<b>"));
  assert.ok(out.replace(/<[^>]+>|&#\d+;|…/g, "").length <= 70);
  assert.equal(out.match(/<mark>/g)?.length, 1);
});

test("text printed in Traditional matches by its hidden Simplified copy, which excerpts leave out", () => {
  const content = "金陵書畫社成立。 〄 金陵书画社成立。 〓 书画 书画社";
  assert.equal(isLiteralMatch("標題", content, ["书画社"]), true);
  assert.equal(isLiteralMatch("標題", content, ["書畫社"]), true);
  assert.equal(isLiteralMatch("標題", content, ["书画 书画社"]), false, "not the segmented title field");
  assert.equal(splitIndexedText(content).body, "金陵書畫社成立。");
  assert.equal(splitIndexedText(content).folded, "金陵书画社成立。");
});

test("the relevance score puts a story about the word above one that mentions it once in long text", () => {
  const about = relevanceScore("葫芦丝课堂开课", "葫芦丝课堂开课. 老师教居民吹葫芦丝,葫芦丝声悠扬。", ["葫芦丝"]);
  const mention = relevanceScore("文艺汇演", `文艺汇演. ${"节目很多。".repeat(100)}有葫芦丝独奏。`, ["葫芦丝"]);
  assert.ok(about > mention, `${about} > ${mention}`);
  assert.equal(relevanceScore("标题", "正文。 〓 葫芦丝", ["葫芦丝"]), 0, "not the hidden title field");
});

test("Pagefind is asked for the pairs of a run of three or more Chinese characters", () => {
  assert.equal(pairQuery(["道家里开"]), "道家 家里 里开");
  assert.equal(pairQuery(["社区", "志愿者"]), "社区 志愿 愿者");
  assert.equal(pairQuery(["g60科创走廊"]), "g60 科创 创走 走廊");
  assert.equal(pairQuery(["2024年"]), "2024年");
});
