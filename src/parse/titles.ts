// ["推进三城联创 改善城市环境", "我是创建志愿者"] → pretitle + headline; ["管城区 4700 名党员走进网格", "认岗定责…"] → headline + subtitle.
import type { Context } from "./context.ts";
import type { Draft, Item, TitledDraft } from "./types.ts";
import { findDistricts, findPlaces, isDistrictName } from "./gazetteer.ts";
import zoneData from "../data/functional-zones.json" with { type: "json" };
import headlineWords from "../data/headline-words.json" with { type: "json" };
import { isColumnLabel } from "./classify.ts";

/** The main heading of a title group: the last of those `eligible`, unless it stands right under a heading of higher rank
 * (## 暑期“四点半课堂”开到家门口 / ### 莱山区…: the lower one is its 副题); -1 when there is none. */
export function mainHeading(titles: Item[], eligible: (t: Item) => boolean): number {
  let best = -1;
  titles.forEach((t, k) => {
    if (t.kind === "heading" && eligible(t)) best = k;
  });
  while (best > 0) {
    const above = titles[best - 1]!;
    // (## 温泉镇整治螳螂川沿岸环境 / (blank) / ### 清理河道垃圾 拆除违章建筑: a markdown headline over its 副题, apart as
    // markdown sets every block; the page's one # over them is its own title)
    if (titles[best]!.gap > (above.level >= 2 || !above.pageTitle ? 1 : 0) || above.kind !== "heading" || !eligible(above) || above.level >= titles[best]!.level) break;
    best--;
  }
  return best;
}

/** The main title among two or three lines: the marked heading; else the one the page's list of stories names; else the
 * one line that names a place; else, of lines
 * without and with a space between two phrases (推进三城联创 改善城市环境, a 引题's parallel slogan), one without; else the first. */
function mainIndex(titles: Item[]): number {
  const heading = mainHeading(titles, (t) => !t.part && !/^[——-]/.test(t.text));
  if (heading >= 0) return heading;
  // (规模种植 抱团发展 / 中方刺葡萄进入疏果期 果农忙管护, which the page's list of its stories names: the 主题)
  const listed = titles.map((t, k) => k).filter((k) => titles[k]!.listed && !titles[k]!.part && !/[——-]$/.test(titles[k]!.text));
  if (listed.length === 1) return listed[0]!;
  // a line opening or closing with a dash, or a clause with a comma (家长下班晚，孩子放学没人管), is a 引题 or 副题
  const candidates = titles.map((t, k) => k).filter((k) => !titles[k]!.part && !/^[——-]{1,2}|[——-]{1,2}$|[，,]/.test(titles[k]!.text));
  // (孝顺镇“老街变新街”工程开工: a town by its shape, opening the line, names one too)
  const naming = candidates.filter((k) => findDistricts(titles[k]!.text, null).length + findPlaces(titles[k]!.text, null).length > 0 || startsWithPlace(titles[k]!.text));
  if (naming.length === 1) return naming[0]!;
  // (小城镇建设提速 / 孝顺镇“老街变新街”工程开工: a place inside a phrase names less than one opening the line)
  const opening = naming.filter((k) => startsWithPlace(titles[k]!.text));
  if (naming.length > 1 && opening.length === 1) return opening[0]!;
  const pool = naming.length > 1 ? naming : candidates.length ? candidates : titles.map((t, k) => k);
  const unspaced = pool.filter((k) => !/\S\s+\S/.test(titles[k]!.text));
  const plain = unspaced.length ? unspaced : pool;
  // a line opening with a purpose or circumstance (为解双职工家庭后顾之忧, 随着…) sets the scene for the 主题 under it
  const scene = plain.filter((k) => !SCENE.test(titles[k]!.text));
  return (scene.length ? scene : plain)[0]!;
}

/** 经济技术开发区…, 叶集试验区…: a functional zone by its shape at a text's start. */
const ZONE_START = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}?(?:${zoneData.shapes.join("|")})`);
const UNFINISHED = new RegExp(`(?:${headlineWords.unfinished.join("|")}|${headlineWords.unfinishedCounts})$`);
const FINISHED = new RegExp(`(?:${headlineWords.finished.join("|")})$`);
const UNFINISHED_AFTER_PLACE = new RegExp(`^(.{2,10}?)(?:${headlineWords.unfinishedAfterPlace.join("|")})$`);
const SCENE = new RegExp(headlineWords.scene);
const TIME_START = new RegExp(`^(?:${headlineWords.timeStarts.join("|")}|\\d{1,2}[月日])`);

/** A headline that opens with a district or street, as a story's own headline does (石龙区龙兴街道组织…). */
export function startsWithPlace(text: string): boolean {
  const district = findDistricts(text, null)[0];
  if (district && district.index === 0) return text.length - district.text.length >= 6;
  // 团风：金秋橘红, 休宁: 冬种油菜忙: a county or district by its short name, and a colon
  const short = text.match(/^([\u4e00-\u9fa5]{2,4})\s*[:：]\s*\S/);
  if (short && ["县", "区", "市"].some((suffix) => findDistricts(`${short[1]}${suffix}`, null)[0]?.index === 0)) return true;
  // 东城区：前门大街商户开展冬季促销: a district's full name and a colon, whichever city's (a name many cities share,
  // which findDistricts leaves to the city); 农区：…, 库区：…, a story's subheads, name no district
  if (short && isDistrictName(short[1]!)) return true;
  // 经济技术开发区新建两所幼儿园: a functional zone by its shape
  const zone = text.match(ZONE_START);
  // (风景区五月接待游客…: a zone's word with no name before it names no place)
  if (zone && !/^(?:老城|城市|打造|建设|推进)/.test(text) && !zoneData.phrases.includes(zone[0])) return text.length - zone[0].length >= 6;
  if (/^(?:[\u4e00-\u9fa5]{1,4}[区县市])?[\u4e00-\u9fa5]{2,8}?(?:街道|办事处|镇|(?<![返回下城家老故思离山水])乡|街(?!道|坊|头|巷|区|面|边|景|舞|市|角|心))(?:[\u4e00-\u9fa5“"]|[:：]\s*\S)|^[\u4e00-\u9fa5]{1,4}(?<![社小园校景街片辖商住厂库展全本该各城假山镇])区(?!域)[\u4e00-\u9fa5“"]/.test(text) && text.length >= 10) return true;
  // a town or street the gazetteer knows, then a headline's length of words (新丰镇农民技校开课)
  const town = findPlaces(text.slice(0, 12), null)[0];
  if (town && town.index === 0 && /(?:镇|乡|街道)$/.test(town.text) && text.length - town.text.length >= 6) return true;
  // a town or street the gazetteer knows, a space, a title (八角镇 彝绣培训进村寨)
  const spaced = text.match(/^([\u4e00-\u9fa5]{2,10}?(?:街道|镇|乡))\s+[\u4e00-\u9fa5“"]/);
  return !!spaced && findPlaces(spaced[1]!, null).length > 0 && text.length >= 8;
}

const join = (items: Item[]) => (items.length ? items.map((t) => t.text.replace(/^[——-]{1,2}\s*|\s*[——-]{1,2}$/g, "")).join(" ") : null);

/** Two short title lines that read as one headline the OCR broke in two (七星岗街道为30位独居老人 / 装上“一键呼叫”门铃):
 * no space, comma or dash in either, a tail no longer than the head, one headline's length together, and the head either
 * leaves a quote open or the tail is short. Title parts (引题, 副题) are complete phrases, usually spaced or longer. */
function isBrokenPair(head: Item, tail: Item, opening = ""): boolean {
  const a = head.text;
  const b = tail.text;
  // the story's opening repeats the words across the break (…外商订 / 购三百余幅 over 赶画一批外商订购的作品): one line
  const flat = opening.replace(/\s/g, "");
  const seam = flat.length > 0 && a.length >= 3 && b.length >= 2 && (flat.includes(a.slice(-2) + b.slice(0, 2)) || flat.includes(a.slice(-3) + b.slice(0, 1)));
  // 题目：… / 引题：…: a scraped story's labelled parts are parts of their own; a run of OCR's blots (▓▓▓ ……■) is no words
  if (head.part || tail.part || !/[\u4e00-\u9fa5]/.test(b)) return false;
  // (·利民开发区今年新引进项目七个 in the page's list of its stories: the line the list names whole is the headline whole)
  if (head.listed) return false;
  // 社区书记罗芳： / 把老小区的“难事”一件件办成: a head that ends on its colon says what follows on the next line
  // (全国人大代表、东风村党支部书记李明：, 社区书记 罗芳： too; not a column's label, 今日关注： or 图片新闻：)
  if (/^[^:：。！？!?]{2,20}[:：]$/.test(a) && !isColumnLabel(a.slice(0, -1).replace(/\s/g, "")) && tail.gap === 0 && head.kind === tail.kind && !/^[——-]/.test(b)) return true;
  if (tail.gap > 1 || tail.level > head.level || /^[——-]|[——-]$/.test(b) || /[——-]$/.test(a)) return false;
  // two lines each opening with a place of its own (金厢镇…修缮启动 / 湖东镇清理整治…): two headlines, however the first ends
  if (startsWithPlace(a) && startsWithPlace(b)) return false;
  // (a tail opening with its own place is a headline of its own whatever the head wants: 春耕比往年提前 / 鹿寨县…)
  if (startsWithPlace(b)) return false;
  // a head that stops on a verb or word wanting its object (夜明珠街道建起 / “家门口”的就业驿站; 七克台镇建成 / 千亩…)
  const place = a.match(UNFINISHED_AFTER_PLACE)?.[1];
  const wanting = UNFINISHED.test(a) || (!!place && (startsWithPlace(`${place}开展志愿服务活动`) || /(?:街道|镇|乡|村|社区|区|县|市)$/.test(place)));
  // (梯田开犁 引来 / 八方游客: a spaced head's last phrase is short, the verb its own; 逃犯落网被抓获 is a whole clause)
  if (wanting && !/[,，:：]/.test(a + b) && (!/\s/.test(a) || a.split(/\s+/).pop()!.length <= 4) && a.length + b.length <= 30 && head.kind === tail.kind) return true;
  // a line that opens with its own place or time is a headline of its own (…消防应急演练 / 周末到王城公园看芍药), so is one
  // opening with a town under a whole clause (抗震安居工程建设全面铺开 / 皮拉勒乡今年新建)
  if (startsWithPlace(b) || TIME_START.test(b) || (a.length >= 8 && /^[\u4e00-\u9fa5]{2,6}(?:乡|镇|街道)(?![\u4e00-\u9fa5]{0,1}$)/.test(b) && findPlaces(b.match(/^[\u4e00-\u9fa5]{2,6}?(?:乡|镇|街道)/)![0], null).length > 0)) return false;
  // a spaced head whose last phrase is a bare subject of two characters (桃花节刚落幕 桃农 / 忙疏果): its predicate is below
  const lastPhrase = /\s/.test(a) ? a.split(/\s+/).pop()! : "";
  if (/^[\u4e00-\u9fa5]{2}$/.test(lastPhrase) && a.split(/\s+/)[0]!.length >= 4 && !/[\s,，:：“”]/.test(b) && b.length >= 2 && b.length <= 8 && head.kind === tail.kind) return true;
  // (枫泾镇农民画走出国门 外商订 / 购三百余幅: a last phrase of three cut in a word, a tail shorter than a phrase)
  // (…进行时 看变化 / 老街换新颜 is 引题 and 主题: only the opening repeating the seam tells a cut word)
  if (/^[\u4e00-\u9fa5]{3}$/.test(lastPhrase) && seam && a.split(/\s+/)[0]!.length >= 6 && !/[\s,，:：“”]/.test(b) && b.length >= 3 && b.length <= 6 && head.kind === tail.kind && !startsWithPlace(b)) return true;
  // a quote left open is closed on the next line
  const open = (a.match(/“/g)?.length ?? 0) > (a.match(/”/g)?.length ?? 0);
  if (open) return a.length + b.length <= 40 && /”/.test(b);
  // a place and the name of what it started, and no verb (角嘴街道“四点半课堂” / 开到居民楼下): the subject, wanting its predicate
  // (新泾镇试行“错时停车” / 小区车位紧张有了缓解: a verb before the name, its object, and a clause under it: two parts;
  // 英雄街道开展“清洁家园” / 集中整治行动: a short tail names what the verb started, or the opening repeats the seam)
  const subject = a.match(/^(.{2,12}?)“[^“”]{2,10}”$/);
  if (subject && !(UNFINISHED.test(subject[1]!) && b.length > 8 && !seam) && (startsWithPlace(`${subject[1]}开展活动`) || /(?:街道|镇|乡|村|社区|区|县|市|街|路|老街|小区)$/.test(subject[1]!)) && !/[\s,，:：“”]/.test(b) && b.length >= 4 && b.length <= 12 && a.length + b.length <= 30 && head.kind === tail.kind) return true;
  // (“金秋文化节” / 在独山子开幕: a head that is nothing but a quoted name is a subject, wanting its predicate below)
  // (not a slogan over a headline: “我为群众办实事” / 义诊服务送到家门口)
  if (/^“[^“”]{2,12}”$/.test(a) && /^(?:在|于|将|已|再|又|正|昨|今|开|走|进|落|喜|迎|获|成|亮|启|举|闭|通|出|来)/.test(b) && !/[\s,，:：“”]/.test(b) && b.length >= 3 && b.length <= 12 && head.kind === tail.kind) return true;
  // (…社区学校“电脑班”开课 / 报名老人超过两百人: a head ending on a verb that ends a headline, a clause under it; but
  // …运动会开幕 / 式在区体育中心举行, whose opening says 开幕式在…, is one line)
  if (FINISHED.test(a) && b.length >= 6 && !seam) return false;
  // a heading the OCR broke: its tail a plain line under it
  const headingTail = head.kind === "heading" && tail.kind === "title";
  if (head.kind !== tail.kind && !headingTail) return false;
  if (/[\s,，、:：]/.test(b) || /[\s,，、]/.test(a) || /[!?！？”」]$/.test(a)) return false;
  return a.length + b.length <= 26 && b.length <= a.length + 2 && b.length <= 10 && a.length >= 6;
}

/** `opening`: the first words of the story under the titles, which may repeat a headline's words across its break. */
export function rejoinBroken(titles: Item[], opening = ""): Item[] {
  const out: Item[] = [];
  for (const t of titles) {
    const prev = out[out.length - 1];
    if (prev && isBrokenPair(prev, t, opening)) out[out.length - 1] = { ...prev, text: prev.text + t.text, end: t.end ?? t.line };
    else out.push(t);
  }
  return out;
}

export function titles(drafts: Draft[], ctx: Context): TitledDraft[] {
  return drafts.map((d) => {
    if (d.titles.length === 0) {
      if (d.kind === "article") ctx.report("titles/missing", "warning", d.startLine, "article has no headline");
      return { ...d, pretitle: null, headline: null, subtitle: null };
    }
    const lines = rejoinBroken(d.titles, d.body.slice(0, 3).map((b) => b.text).join(""));
    if (lines.length < d.titles.length) ctx.report("titles/rejoined", "info", d.titles[0]!.line, `headline broken over two lines rejoined: “${lines.map((l) => l.text).join(" / ")}”`);
    const main = mainIndex(lines);
    // a part its label names (引题：… after 题目：…) is that part wherever it stands
    const above = lines.slice(0, main);
    const below = lines.slice(main + 1);
    return {
      ...d,
      pretitle: join([...above.filter((l) => l.part !== "subtitle"), ...below.filter((l) => l.part === "pretitle")]),
      // (## 02 党寨镇:高标准农田建设进入收尾阶段: a post's number of its story, no word of the headline)
      headline: lines[main]!.text.replace(/^0[1-9]\s+(?=[^\s号期届批座户名个次])/, ""),
      subtitle: join([...above.filter((l) => l.part === "subtitle"), ...below.filter((l) => l.part !== "pretitle")]),
    };
  });
}
