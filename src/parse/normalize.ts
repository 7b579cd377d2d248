// "\ufeff# 标题\r\n　正文" → [{n:1,text:"# 标题"},{n:2,text:"正文"}]: CRLF/CR, BOM, U+3000 and stray spaces, full-width digits, never adding or removing a line.
import type { Context } from "./context.ts";
import type { Line } from "./types.ts";
import { SPECK_AFTER_SENTENCE, SPECKS_BEFORE_WORDS } from "./text-shape.ts";
import furnitureData from "../data/page-furniture.json" with { type: "json" };

const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g;
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** A half-width full stop after a Chinese character or a closing quote (not a numbered subhead's, 一.摸清底数定方案), before Chinese text, a quote mark, a bracket or the line's end. */
const LATIN_STOP = /(?<!^[一二三四五六七八九十]{0,2})([\u4e00-\u9fa5”"’）)])[.．](?=[\u4e00-\u9fa5“”"‘’（(]|\s*$)/g;

/** 主　　题：… / 【作　者】…: a newsroom export's field label spaced out to the width of the longest (two characters: 【大 中 小】 is a widget). */
const SPACED_LABEL = /^[【\[]?[\u4e00-\u9fa5] [\u4e00-\u9fa5] ?(?=[:：】\]])/;

const FRONT_MATTER_KEYS = new Set(furnitureData.frontMatterKeys);
/** Title: "城南街道开出“共享菜园”" → title: 城南街道开出“共享菜园”: a front matter's key in lower case, its value out of its quotes. */
function frontMatterField(text: string): string {
  const m = text.match(/^([A-Za-z]{2,12})\s*:\s*(?:"(.*)"|'(.*)'|(.*))$/);
  if (!m || !FRONT_MATTER_KEYS.has(m[1]!.toLowerCase())) return text;
  return `${m[1]!.toLowerCase()}: ${(m[2] ?? m[3] ?? m[4] ?? "").trim()}`;
}

const EMOJI_MARK = /^(?:[\u{1F300}-\u{1FAFF}\u{2705}\u{2714}\u{2728}\u{2757}\u{27A1}\u{2B50}\u{FE0F}\u{200D}]\s*)+(?=[^\s\u{1F300}-\u{1FAFF}])/u;

export function normalize(text: string, ctx: Context): Line[] {
  const raw = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  return raw.map((line, i) => {
    const cleaned = line.replace(/\ufeff/g, "").replace(CONTROL, "");
    if (cleaned.length !== line.replace(/\ufeff/g, "").length) {
      ctx.report("normalize/control-character", "warning", i + 1, "removed control characters from this line");
    }
    // "| 昨日,… 摄 |": a scraped table cell's borders
    // (２００１年６月１５日: full-width digits and Latin letters are their ASCII selves, as readers and searchers type them)
    const text = cleaned.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(SPACES, " ").replace(/ {2,}/g, " ").trim().replace(/^[|｜]\s*(.*?)\s*[|｜]$/, (all, inner: string) => (/[|｜]/.test(inner) ? all : inner));
    // (🔹小寨路街道, ✅…: an emoji opening a post's line is the mark of an item, as ● is)
    const unmarked = unmark(frontMatterField(text)).replace(EMOJI_MARK, "● ");
    const speck = unmarked.match(SPECK_AFTER_SENTENCE);
    if (speck) ctx.report("normalize/speck", "info", i + 1, `dropped “${speck[0].trim()}” after the line's last sentence (an OCR speck)`);
    const ended = speck ? unmarked.slice(0, speck.index).trim() : unmarked;
    const specks = ended.match(SPECKS_BEFORE_WORDS);
    if (specks) ctx.report("normalize/speck", "info", i + 1, `dropped “${specks[0].trim()}” before the line's first words (OCR specks)`);
    // …用得安心.通讯员 秦文: an OCR's half-width full stop after Chinese text is the sentence's 。 (1.5万, www.… keep theirs)
    const plain = (specks ? ended.slice(specks[0].length) : ended).replace(LATIN_STOP, "$1。").replace(SPACED_LABEL, (label) => label.replace(/ /g, ""));
    return plain && /^[\s\u3000\u00a0]/.test(cleaned) ? { n: i + 1, text: plain, indent: true } : { n: i + 1, text: plain };
  });
}

/** A markdown export's marks around a whole line or a bold run in it, and decoration runs around a label: "**本报记者 李 茜**" → "本报记者 李 茜", "**【芗城区】**南坑街道…" → "【芗城区】南坑街道…", "**河伯乡:查处劣质种子** 4月5日,…" → "河伯乡:查处劣质种子　4月5日,…", a link "[荆州新闻网](http://…)" → its text, "*6月9日，…。*（全媒体记者 陈伟强 摄）" → without its marks,
 * "*市民在菜市场里选购蔬菜。*" → its text, "- 【金碧街道】近日…" → "● 【金碧街道】近日…", "区县快讯~~~" → "区县快讯", a quoted line "> 6月8日，…" → its text. */
function unmark(text: string): string {
  if (/^([-*_=~])\1{2,}$/.test(text.replace(/\s/g, ""))) return text;
  return text
    .replace(/^(\*\*|__)(.+)\1$/, "$2")
    // **长阳铺镇:农民夜校开课** 长阳铺镇今年…: a bold run-in title, set apart from its text as a plain page sets it
    .replace(/^\*\*(?![【\[])([^*\s，,。；;！!？?](?:[^*，,。；;！!？?]*[^*\s，,。；;！!？?])?)\*\*[ \u3000]*(?=[^\s*(（，,。；;、：:）)])/, "$1\u3000")
    .replace(/\*\*([^*\s](?:[^*]*[^*\s])?)\*\*/g, "$1")
    .replace(/(?<!!)\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1")
    .replace(/(?<![*\w])\*([^*\s](?:[^*]*[^*\s])?)\*(?![*\w])/g, "$1")
    .replace(/^\*([^*\s](?:.*[^*\s])?)\*$/, "$1")
    .replace(/^>(?!>)\s*(?=\S)/, "")
    .replace(/^[-*+]\s+(?=\S)/, "● ")
    .replace(/^[~=*]{3,}\s*|\s*[~=*]{3,}$/g, "")
    .trim();
}
