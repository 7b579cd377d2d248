// "郑州晚报 2023年5月30日 星期二 第A06版" (a dropped header line) → {paper: "郑州晚报", date: "2023-05-30", page: "A06"}: what the page says of itself, beneath the manifest.
import type { Context } from "./context.ts";
import type { BulletinMeta, Item } from "./types.ts";
import furnitureData from "../data/page-furniture.json" with { type: "json" };
import { districtNamed } from "./gazetteer.ts";
import { leadMark } from "./parse-byline.ts";
import { arabicDates, PAPER_LINE } from "./text-shape.ts";

const DATE = new RegExp(furnitureData.masthead.date);
const PAGE = new RegExp(furnitureData.masthead.page);
const PAPER = new RegExp(furnitureData.masthead.paper);
const NUMERALS = "一二三四五六七八九十";
/** 导出时间：2019-07-22 15:46: when a database or a crawler copied the page, not when the paper printed it. */
const STAMP = new RegExp(furnitureData.masthead.stamp);
const PAPER_FIELD = /(?:报纸名称|报纸|报名|刊名)\s*[:：=】\]]\s*=?\s*《?([\u4e00-\u9fa5·]{2,12}报)(?![\u4e00-\u9fa5])/;

const pad = (n: number) => String(n).padStart(2, "0");
const validDate = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

export interface PageMeta extends BulletinMeta {
  /** Where each field was read: the line of the page. */
  lines: { paper?: number; date?: number; page?: number };
}

/** The page's own paper, date and page, read from its furniture (headers, e-paper bars) and its leads (郑州晚报讯). */
export function masthead(items: Item[], ctx: Context): PageMeta {
  const found: PageMeta = { lines: {} };
  for (const item of items) {
    if (item.kind !== "furniture") continue;
    const date = STAMP.test(item.text) ? null : arabicDates(item.text).match(DATE);
    if (date && !found.date && validDate(+date[1]!, +date[2]!, +date[3]!)) {
      found.date = `${date[1]}-${pad(+date[2]!)}-${pad(+date[3]!)}`;
      found.lines.date = item.line;
    }
    const page = item.text.match(PAGE);
    if (page && !found.page) {
      const p = page[1]!;
      found.page = /^[一二三四五六七八九十]$/.test(p) ? String(NUMERALS.indexOf(p) + 1) : p.toUpperCase();
      found.lines.page = item.line;
    }
    // 都江堰报 alone on the page's first line, dropped as its masthead (classify.ts)
    // (灵 石 报 乡镇传真 第二版: a bare 报 name, spaced, opening the page's header line)
    const opening = item === items[0] ? item.text.match(/^((?:[\u4e00-\u9fa5] ?){1,5}报)(?= )/)?.[1]!.replace(/ /g, "").match(PAPER_LINE) : null;
    // (报纸名称：嘉兴报, 【报纸名称】=黄浦报: a database export's field names it)
    const field = item.text.match(PAPER_FIELD);
    const paper = field ?? item.text.match(PAPER) ?? (item === items[0] ? item.text.replace(/\s/g, "").match(PAPER_LINE) ?? opening : null);
    if (paper && !found.paper) {
      found.paper = paper[1]!;
      found.lines.paper = item.line;
    }
  }
  if (!found.paper) {
    // 今日苍南　2016年11月8日　星期二: a county's paper named 今日 and its county (今日桐乡, 今日苍南), in a header line
    for (const item of items) {
      const named = item.kind === "furniture" ? item.text.match(/^今日([\u4e00-\u9fa5]{2,3})(?=[\s\u3000·|｜]|$)/) : null;
      if (named && ["县", "市", "区"].some((suffix) => districtNamed(`${named[1]}${suffix}`, null) !== null)) {
        found.paper = `今日${named[1]}`;
        found.lines.paper = item.line;
        break;
      }
    }
  }
  if (!found.paper) {
    // 郑州晚报讯(记者…): the paper names itself in its leads
    for (const item of items) {
      const mark = item.kind === "lead" ? leadMark(item.text) : null;
      const paper = mark?.match(PAPER);
      if (paper) {
        found.paper = paper[1]!;
        found.lines.paper = item.line;
        break;
      }
    }
  }
  if (!found.paper) {
    // (常州经济开发区报 alone on a line at the page's foot: its name, wherever the page prints it)
    const alone = items.find((item) => item.kind === "furniture" && PAPER_LINE.test(item.text.replace(/\s/g, "")));
    if (alone) {
      found.paper = alone.text.replace(/\s/g, "").match(PAPER_LINE)![1]!;
      found.lines.paper = alone.line;
    }
  }
  for (const [field, line] of Object.entries(found.lines)) {
    ctx.report("masthead/read", "info", line, `the page's ${field} read from its text: ${found[field as "paper" | "date" | "page"]}`);
  }
  return found;
}
