import { test } from "node:test";
import assert from "node:assert/strict";
import { createContext } from "./context.ts";
import { normalize } from "./normalize.ts";
import { parseBulletin } from "./index.ts";

test("CRLF, CR, BOM and U+3000 are normalised without adding or removing lines", () => {
  const lines = normalize("\ufeff卫滨区\r\n\r\n\u3000\u3000召开推进会\r本报讯\u3000 4月7日\n", createContext("a.txt"));
  assert.deepEqual(lines, [
    { n: 1, text: "卫滨区" },
    { n: 2, text: "" },
    { n: 3, text: "召开推进会", indent: true },
    { n: 4, text: "本报讯 4月7日" },
    { n: 5, text: "" },
  ]);
});

test("line numbers of records stay true to the file under CRLF", () => {
  const crlf = "\r\n\r\n红旗区\r\n\r\n项目开工\r\n\r\n本报讯 近日,项目开工。\r\n";
  const { records } = parseBulletin("a.txt", new TextEncoder().encode(crlf), {});
  assert.deepEqual(records[0]?.source, { file: "a.txt", startLine: 3, endLine: 7 });
});

test("control characters are removed and reported", () => {
  const ctx = createContext("a.txt");
  const lines = normalize("正文\u0007内容", ctx);
  assert.equal(lines[0]?.text, "正文内容");
  assert.equal(ctx.messages[0]?.ruleId, "normalize/control-character");
});

test("markdown's bold runs and links inside a line are read as their text; images keep their marks", () => {
  const lines = normalize("**【芗城区】**南坑街道近日开展义诊。\n[荆州新闻网](http://example.com/) | [返回目录](index.md)\n![图片](img_01.jpg)\n*6月9日，果农正在采摘荔枝。*（**记者 陈伟强 摄**）\n", createContext("a.md"));
  assert.deepEqual(lines.map((l) => l.text), ["【芗城区】南坑街道近日开展义诊。", "荆州新闻网 | 返回目录", "![图片](img_01.jpg)", "6月9日，果农正在采摘荔枝。（记者 陈伟强 摄）", ""]);
});

test("an OCR speck after a sentence's end is dropped; one inside a line or opening it is kept", () => {
  const lines = normalize("今年该镇计划推广机插秧面积3万亩。▲\n明年春天可以投入使用。▎\n▲村民在田里插秧。\n斋堂镇■底下村\n了300多名职工参加义务劳动. ・\n修剪树木200多棵． ・\n", createContext("a.txt"));
  assert.deepEqual(lines.map((l) => l.text), ["今年该镇计划推广机插秧面积3万亩。", "明年春天可以投入使用。", "▲村民在田里插秧。", "斋堂镇■底下村", "了300多名职工参加义务劳动。", "修剪树木200多棵。", ""]);
});

test("a markdown quote's mark is dropped; an arrow (>>) before a title is kept for the classifier", () => {
  const lines = normalize("> 6月8日，游客在小陶镇一处杨梅基地采摘杨梅。\n>> 渠黎镇新榨季甘蔗陆续进厂\n", createContext("a.md"));
  assert.deepEqual(lines.map((l) => l.text), ["6月8日，游客在小陶镇一处杨梅基地采摘杨梅。", ">> 渠黎镇新榨季甘蔗陆续进厂", ""]);
});

test("an OCR's half-width full stop after Chinese text is the sentence's 。; a decimal point and a web address keep theirs", () => {
  const lines = normalize("让居民装得放心、用得安心.通讯员 秦文\n“以前绕着走.”陈奶奶说.\n面积1.5万亩,详见www.njdaily.cn\n", createContext("a.txt"));
  assert.deepEqual(lines.map((l) => l.text), ["让居民装得放心、用得安心。通讯员 秦文", "“以前绕着走。”陈奶奶说。", "面积1.5万亩,详见www.njdaily.cn", ""]);
});

test("a numbered subhead's half-width stop (一.摸清底数定方案) is kept: no sentence ends there", () => {
  const lines = normalize("一.摸清底数定方案\n十一.建好台账\n", createContext("a.txt"));
  assert.deepEqual(lines.map((l) => l.text), ["一.摸清底数定方案", "十一.建好台账", ""]);
});

test("full-width digits and Latin letters are their ASCII selves, the line count unchanged", () => {
  const lines = normalize("大港报　综合新闻　２００１年６月１５日　星期五\n２\n第Ａ０７版\n", createContext("a.txt"));
  assert.deepEqual(lines.map((l) => l.text), ["大港报 综合新闻 2001年6月15日 星期五", "2", "第A07版", ""]);
});

test("a markdown link whose address holds brackets (javascript:void(0);) is read as its text", () => {
  const lines = normalize("原创 东岭融媒 [东岭融媒](javascript:void(0);) *2025年04月22日 19:05*\n", createContext("a.md"));
  assert.deepEqual(lines.map((l) => l.text), ["原创 东岭融媒 东岭融媒 2025年04月22日 19:05", ""]);
});
