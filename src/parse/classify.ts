// "# 科普角" → section · "卫滨区" → kicker · "本报讯(记者张苗)…" → lead · "秦振华 摄" → photo-credit · "上一篇 下一篇" → furniture · "(下转A03版)" → jump · "●金水区…" → bullet
import type { Context } from "./context.ts";
import type { Item, ItemKind, Line } from "./types.ts";
import furnitureData from "../data/page-furniture.json" with { type: "json" };
import bylineData from "../data/bylines.json" with { type: "json" };
import { CITIES, isPlaceLine, isShortAreaName } from "./gazetteer.ts";
import { bareNames, bracketLead, isBylineText, isPhotoCreditText, leadMark, opensWithWriter, readPeople, splitEndByline, splitLead, splitPhotoCredit, SURNAME } from "./parse-byline.ts";
import { arabicDates, BAR_MARKS, captionLike, endsSentence, isTitleLike, LIST_MARKS, NUMBERED_RUN_IN, PAPER_LINE, PHOTO_NUMBER, PHOTO_REFERENCE, REFERS_BACK, RULE_LINE, stripListMark } from "./text-shape.ts";

/** Every furniture pattern as one alternation: tested against each line (in three forms), far faster than one by one. */
/** id: 20190412-03, column: 社区新闻: a front matter's fields, but its title and byline (read as labels) */
const FRONT_MATTER_FURNITURE = `^(?:${furnitureData.frontMatterKeys.filter((k) => !["title", "author", "byline"].includes(k)).join("|")})\\s*:\\s*\\S.{0,60}$`;
const FURNITURE = new RegExp([...furnitureData.furniture, FRONT_MATTER_FURNITURE].map((s) => `(?:${s})`).join("|"));
const SECTIONS = new Set(furnitureData.sections);
const SECTION_NAME = new RegExp(furnitureData.sectionNames);
/** 三明新闻, 县域资讯: a column of a place's news */
const NEWS_COLUMN = new RegExp(furnitureData.newsColumns);
/** 温馨提示, 用电小贴士: a box of tips or notices */
const BOX_LABEL = new RegExp(furnitureData.boxLabels);
const SECTION_SHAPES = [...furnitureData.sectionPatterns.map((s) => new RegExp(s)), NEWS_COLUMN, BOX_LABEL];
/** The shapes of a column's label but sectionPatterns' shape of any two to four characters (a label over a kicker), which
 * a speaker's name or a headline set wide has too. */
const NAMED_SECTION_SHAPES = SECTION_SHAPES.filter((re) => re.source !== "^[\\u4e00-\\u9fa5]{2,4}$");
const TOC_LABEL = new RegExp(furnitureData.tocLabels);
/** What a furniture pattern is matched against: the line without list marks, arrows and brackets around it. */
const ARROWED_TITLE = /^(?:>>|》》|»|>)\s*(\S.*)$/;
// ▍秦州区: the bars of a label set like an app's, too
const LEADING_MARKS = new RegExp(`^[${LIST_MARKS}${BAR_MARKS}>»\\s]+`);
const bare = (text: string) => text.replace(LEADING_MARKS, "").replace(/^[【\[](.*)[】\]]$/, "$1").replace(/\s*(?:>>|»|>|[·•])$/, "").replace(/\s*[(（]?[\d一二两三四五六七八九十]{1,2}则[)）]?$/, "").trim();
const BRIEF_SECTION = new RegExp(furnitureData.briefSections);
const SUBHEADS = furnitureData.subheads.map((s) => new RegExp(s));
export const JUMP = new RegExp(furnitureData.jump);
const SOURCE_CREDIT = /^[(（][^()（）]{2,30}(提供|供稿|供图|来源)[)）]$|^[(（](?:来源|稿件来源|图片来源|图文来源|资料来源)[:：][^()（）]{2,40}[)）]$|^(?:来源|稿件来源|资料来源|图文来源|图片来源|文字来源|素材来源)[:：]\s*\S{2,30}$/;
/** ●坡头区乾塘镇…: a list's item opens its line. */
const LIST_ITEM = new RegExp(`^[${LIST_MARKS}]`);
// □ too, but not before a role word: □新报记者 孙海涛 is a byline even where the paper's name is not known
const BULLET = new RegExp(`^[${LIST_MARKS}]\\s*\\S|^□(?![\\u4e00-\\u9fa5]{0,8}(?:记者|通讯员|实习生|摄影|撰稿))\\s*\\S|^[【\\[][^】\\]]{2,16}[】\\]]\\s*\\S`);
const BRACKET_KICKER = /^[【\[]([^】\]]{2,16})[】\]]$/;

export const isBriefSection = (text: string) => BRIEF_SECTION.test(text) && text.length <= 10;
const PHOTO_SECTION = new RegExp(furnitureData.photoSections);
// (镜头·社区: a photo column's word on either side of the dot)
export const isPhotoSection = (text: string) => text.length <= 10 && (PHOTO_SECTION.test(bare(text)) || bare(text).split(/[·•・]/).some((part) => PHOTO_SECTION.test(part)));
export const isSubheadText = (text: string) => SUBHEADS.some((re) => re.test(text));
/** 来源：沭阳日报, 发布时间：…: a field of a story scraped from a paper's website, printed under its headline */
export const isStoryField = (text: string) => STORY_FIELD.test(text);
const STORY_FIELD = new RegExp(`^${furnitureData.cmsFields}`);

const LABELS = Object.fromEntries(Object.entries(furnitureData.cmsLabels).map(([k, v]) => [k, new RegExp(v)])) as Record<keyof typeof furnitureData.cmsLabels, RegExp>;

const BRACKET_LABEL = new RegExp(furnitureData.cmsBracketLabels);
const isFurnitureText = (text: string) => FURNITURE.test(text);

const HEADER_PARTS = furnitureData.masthead.headerParts.map((s) => new RegExp(s, "g"));
/** "桂 林 晚 报 2008.9.23 星期二 城 区 新 闻 7", "社区 2003年6月12日 星期四": a line with the page's full date and its
 * weekday, page, issue or paper, whatever else it holds a short column label: the page's header. */
const COLUMN_END = /(?:新闻|生活|动态|社区|城区|综合|副刊|专版|周刊|视点|经济|民生)$/;
function isPageHeader(text: string): boolean {
  if (text.length > 70 || /[。，,；;！!？?“”"]/.test(text)) return false;
  const [date, ...others] = HEADER_PARTS;
  if (!date!.test((date!.lastIndex = 0, text))) return false;
  let rest = text.replace(/(?<=[\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5])/g, "").replace(date!, " ");
  let marks = 0;
  for (const re of others.slice(0, -2)) rest = rest.replace(re, () => (marks++, " "));
  rest = rest.replace(others.at(-2)!, " ").replace(others.at(-1)!, "");
  // (乡镇新闻 一九九〇年十月二十日: a column's name and the date, nothing else, is the page's header too)
  // (1997年7月4日          社区·生活: the date and a page's column of a few characters)
  const column = /^[\u4e00-\u9fa5]{2,6}$/.test(rest.trim()) && COLUMN_END.test(rest.trim());
  return (marks > 0 && rest.length <= 12) || NEWS_COLUMN.test(rest.trim()) || SECTION_NAME.test(rest.trim()) || column;
}

/** "发布时间：2004-03-17 08:12 【字体：大 中 小】 【打印本页】": pieces of furniture set on one line. True when the
 * line splits, at its spaces and brackets, into pieces that each are furniture. */
function isFurnitureRun(text: string): boolean {
  // widgets and fields never end a sentence (a quick no for almost every line of text)
  if (text.length > 120 || !/[\s【\[]/.test(text) || /[。！？]/.test(text)) return false;
  // (…【来源:宣武报】【作者:本报记者 马丽娟】: a run holding an author's field holds the story's byline)
  if (/(?:作者|署名)[:：]\s*[\u4e00-\u9fa5]/.test(text)) return false;
  const starts = [0];
  for (let i = 1; i < text.length; i++) if ((text[i - 1] === " " && text[i] !== " ") || ((text[i] === "【" || text[i] === "[") && text[i - 1] !== " ")) starts.push(i);
  if (starts.length > 24) return false;
  const ends = new Map<number, boolean>([[text.length, true]]);
  const from = (i: number): boolean => {
    if (ends.has(i)) return ends.get(i)!;
    const ok = [...starts.filter((j) => j > i), text.length].some((j) => isFurnitureText(text.slice(i, j).trim()) && from(j));
    ends.set(i, ok);
    return ok;
  };
  return starts.slice(1).some((j) => isFurnitureText(text.slice(0, j).trim())) && from(0);
}

const FIELD = new RegExp(`\\s(?=${furnitureData.cmsFields})`);
const DATE_TIME = /^(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Fields set apart by spaces or bars: 来源：怒江报 | 发布时间：2019-05-06 10:21 | 浏览次数：326. */
const BARRED_FIELD = new RegExp(`(?:\\s*[|｜丨]\\s*|\\s+)(?=${furnitureData.cmsFields})`);
// (a paper or outlet of its own: 来源：新华社 beside 发布时间 is a credit to another source, not the page's field)
const SOURCE_FIELD = /^(?:来源|稿件来源|稿源)[:：]\s*(?:今日[\u4e00-\u9fa5]{2,4}|\S{0,28}(?:报|报社|新闻|网|客户端|融媒体?|发布))$/;
/** A scraped story's field line with no author: every field furniture or the story's source. */
function isFieldLine(text: string): boolean {
  const fields = text.split(BARRED_FIELD).map((f) => f.trim()).filter(Boolean);
  return fields.length >= 2 && fields.every((f) => isFurnitureText(f) || SOURCE_FIELD.test(f) || DATE_TIME.test(f));
}
/** "作者：X 发布时间：Y 点击：Z", "2014-11-12 08:35 来源：《今日桐乡》 作者：X 编辑：Y": a scraped story's fields on one
 * line, each opened by its label (a bare date and time may come first), when all but the author's are furniture: the
 * author's field first, then the others; else null. */
function splitFields(text: string): string[] | null {
  // (作者:记者 梁嘉欣 通讯员 何志坤  2014-04-17: the story's date after its byline, a field of its own with no label)
  // (【发布时间:2004-04-20 09:12:36】【来源:宣武报】【作者:本报记者 马丽娟】: each field in its brackets)
  const bracketed = /^(?:【[^【】]{2,60}】\s*){2,}$/.test(text.trim()) ? [...text.matchAll(/【([^【】]+)】/g)].map((m) => m[1]!) : null;
  const fields = (bracketed ?? text.split(BARRED_FIELD)).map((f) => f.trim()).filter(Boolean).flatMap((f) => {
    const dated = f.match(/^(.*\S)\s+((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/);
    return dated && LABELS.author.test(dated[1]!) ? [dated[1]!, dated[2]!] : [f];
  });
  const author = fields.findIndex((f) => LABELS.author.test(f));
  if (fields.length < 2 || author < 0) return null;
  const others = fields.filter((_, k) => k !== author);
  return others.every((f) => isFurnitureText(f) || isFurnitureRun(f) || SOURCE_FIELD.test(f) || DATE_TIME.test(f)) ? [fields[author]!, ...others] : null;
}

/** "城区新闻 责任编辑：何晓燕 版式：田野": the page's column and its editors on one line. */
function labelledEditors(text: string): boolean {
  const m = text.match(/^([\u4e00-\u9fa5·]{2,8})\s+(\S.*)$/);
  if (!m || !/编辑|校对|责编|美编|版式|审读|审核/.test(m[2]!)) return false;
  const column = SECTIONS.has(m[1]!) || isBriefSection(m[1]!) || SECTION_SHAPES.some((re) => re.test(m[1]!));
  return column && (isFurnitureText(m[2]!) || isFurnitureRun(m[2]!));
}

/** 兰 州 日 报, 各 区 动 态, 兰 炼 报 第 3 版: a line set in spaced characters. */
const SPACED_CHARACTERS = /^(?:[\u4e00-\u9fa5\d] ){2,}[\u4e00-\u9fa5\d]$/;
/** 简 讯, 邻 里: two characters set wide (a column label where the lexicon or the page's top says so; lower down as often a name). */
const PHOTO_SOURCE = new RegExp(`^(?:摄影|图片|图)[:：]\\s*(?:${bylineData.photoSources.join("|")})$`);
const SPACED_PAIR = /^[\u4e00-\u9fa5] [\u4e00-\u9fa5]$/;

function kindOf(text: string, level: number): ItemKind {
  const plain = bare(text);
  // 兰 州 日 报: a masthead set in spaced characters
  // (二○○一年十一月二十日 星期二 第2版: a date in Chinese numerals is read as in digits)
  const unspaced = SPACED_CHARACTERS.test(plain) ? plain.replace(/ /g, "") : arabicDates(plain);
  if (FURNITURE.test(text) || FURNITURE.test(plain) || FURNITURE.test(unspaced) || TOC_LABEL.test(plain) || TOC_LABEL.test(unspaced)) return "furniture";
  if (isPageHeader(plain) || (unspaced !== plain && isPageHeader(unspaced)) || isFurnitureRun(text) || labelledEditors(plain) || isFieldLine(text)) return "furniture";
  // （责任编辑：马 丽）, （本版编辑 何 静）: an editor line in brackets
  const bracketed = plain.match(/^[（(]\s*([^()（）]{2,40}?)\s*[)）]$/)?.[1];
  if (bracketed && /编辑|责编|校对|美编|审读|审核/.test(bracketed) && (FURNITURE.test(bracketed) || isFurnitureRun(bracketed))) return "furniture";
  // （见图①②）: the story's pointer to its photos, its text (photos.ts takes the photos to it)
  if (PHOTO_REFERENCE.test(text)) return "text";
  // (简 讯: a column's two characters set wide, which the lexicon names)
  const pair = SPACED_PAIR.test(plain) ? plain.replace(" ", "") : null;
  if (SECTIONS.has(plain) || SECTIONS.has(unspaced) || SECTION_NAME.test(unspaced) || isBriefSection(plain) || isBriefSection(unspaced) || (pair && (SECTIONS.has(pair) || isBriefSection(pair)))) return "section";
  if (level > 0) return isPlaceLine(plain) ? "kicker" : "heading";
  if (JUMP.test(text)) return "jump";
  if (leadMark(text) || bracketLead(text)) return "lead";
  if (SOURCE_CREDIT.test(text)) return "source-credit";
  if (isPhotoCreditText(text)) return "photo-credit";
  // (摄影：无人机航拍, 图片：资料图: a photo's credit naming how it was taken or where it came from, no one)
  if (PHOTO_SOURCE.test(text)) return "photo-credit";
  // 记者手记 is a box's label, not a reporter named 手记
  // ■相关链接: with its mark too
  // (③游客在村道上写生。 a numbered caption, a sentence: no subhead)
  // (问：改造后谁来管？ a Q&A's question, asking as a headline may)
  if ((isSubheadText(text) || (plain !== text && isSubheadText(plain))) && text.length <= 30 && (!endsSentence(text) || /^\S{0,3}问[:：].*[?？]$/.test(text))) return "subhead";
  if (isBylineText(text) || bareNames(text)) return "byline";
  if (BRACKET_KICKER.test(text)) return "kicker";
  if (plain !== text && plain.length <= 6 && isTitleLike(plain) && !isPlaceLine(plain)) return "section"; // ■社区直通车
  // ■，居民凭卡进出…: a speck before a line that goes on mid-sentence, no list's item
  if (BULLET.test(text) && !/^[^\s\u4e00-\u9fa5【\[]\s*[，,。、；;：:）)]/.test(text)) return "bullet";
  if (isPlaceLine(plain.replace(/[(（]原[^)）]{2,8}[)）]$/, ""))) return "kicker"; // 营市街街道>>, 市北区(原四方区)
  // 徐汇 | 枫林路街道: the district's short name and the street
  const parts = plain.split(/\s*[|｜丨·•]\s*/);
  if (parts.length === 2 && /^[\u4e00-\u9fa5]{2,3}$/.test(parts[0]!) && !SECTIONS.has(parts[0]!) && isPlaceLine(parts[1]!)) return "kicker";
  if (isTitleLike(text)) return "title";
  return "text";
}

/** A column label not in the lexicon, by its shape (城事·区市, 街巷故事), over a title or a list: a section, not a 引题. */
function markSections(items: Item[]) {
  items.forEach((item, k) => {
    // (引题：喜迎国庆, an export's field, is the 引题 it says it is)
    if ((item.kind !== "title" && item.kind !== "heading") || item.part) return;
    const after = items.slice(k + 1).find((i) => i.kind !== "furniture");
    // # 城事·社区 over a ## headline: a heading of a rank above the headline's may be the page's column; one of a rank
    // below (### 三明新闻 over ## …) only by a column's name, where a 引题 set small is any phrase
    if (item.kind === "heading" && !(after && after.level > item.level) && !(after && after.kind === "heading" && after.level < item.level && (SECTION_NAME.test(bare(item.text)) || NEWS_COLUMN.test(bare(item.text))))) return;
    // (林 区 新 闻 over 根河市 / 金河林业局…: a column label set in spaced characters, by a column's shape or as the page's
    // banner, 地 市 工 运 under the masthead; 雪 域 忠 魂 over its 副题 further down is a headline set wide)
    const atTop = items.slice(0, k).every((i) => i.kind === "furniture");
    // (邻 里, two characters set wide, only as the page's first line: lower down it is as often a name, 周 敏)
    // (not over a line that reads as a name or a short title, 乡 愁 / 王 芳: an essay's title over its author)
    const pairAtTop = atTop && SPACED_PAIR.test(bare(item.text)) && !!after && (["kicker", "section", "bullet"].includes(after.kind) || (after.kind !== "title" || bare(after.text).replace(/\s/g, "").length >= 6));
    const label = SPACED_CHARACTERS.test(bare(item.text)) || pairAtTop ? bare(item.text).replace(/ /g, "") : bare(item.text);
    if (after && (after.kind === "title" || after.kind === "heading" || after.kind === "kicker" || after.kind === "section" || after.kind === "bullet") && !/^[——-]/.test(after.text) && (label === bare(item.text) || atTop ? SECTION_SHAPES : NAMED_SECTION_SHAPES).some((re) => re.test(label))) Object.assign(item, { kind: "section", text: label === bare(item.text) ? item.text : label });
  });
  // 温馨提示 / 冷空气频繁 注意防寒保暖 / 近期…: a box's label over a headline and its text labels a piece of its own
  items.forEach((item, k) => {
    const title = items[k + 1];
    const text = items[k + 2];
    if (item.kind === "subhead" && title?.kind === "title" && title.gap <= item.gap && text && (text.kind === "text" || text.kind === "lead") && BOX_LABEL.test(bare(item.text))) item.kind = "section";
  });
}

/** A short line with a comma, set right above or below a title line (家长下班晚，孩子放学没人管): a title part, not text. */
function markCommaTitles(items: Item[]) {
  items.forEach((item, k) => {
    // (图为工作人员在分装黑猪肉。 张斌 摄: a sentence and its photo credit, a caption)
    if (item.kind !== "text" || item.text.length > 40 || endsSentence(item.text) || /[。！？]/.test(item.text) || REFERS_BACK.test(item.text)) return;
    const prev = items[k - 1];
    const next = items[k + 1];
    const titleNext = item.text.length <= 24 && next && next.gap === 0 && (next.kind === "title" || next.kind === "heading");
    // (…“瘦身”统一设计 / 首批32家商铺本月底前换完,店主可免费领取设计方案 / 【字号 大 中 小】 / 南都讯 记者张蔓 …: over the
    // story's lead, past the page's furniture, a 副题 a little longer)
    const leadBelow = () => items.slice(k + 1).find((i) => i.kind !== "furniture")?.kind === "lead" && (item.text.match(/[,，]/g)?.length ?? 0) <= 2;
    const titlePrev = (item.text.length <= 24 || (item.text.length <= 32 && leadBelow())) && prev && item.gap === 0 && (prev.kind === "title" || prev.kind === "heading") && next && next.kind !== "text";
    // “外口”娃暑假有了好去处 / 殿前街道开办暑期课堂，200多名…免费上课 / □晚报记者 林婉婷: a 副题 between the headline and a
    // byline on its own line, set apart as they are
    const overByline = prev && (prev.kind === "title" || prev.kind === "heading") && next && next.kind === "byline" && item.gap === next.gap && !/[。；;]/.test(item.text);
    // ——总投资1.2亿元，预计明年汛期前完工 under a headline: a 副题 by its dash, commas and all
    const dashed = prev && (prev.kind === "title" || prev.kind === "heading") && /^[——-]{1,2}\s*[\u4e00-\u9fa5“"\d]/.test(item.text) && !/[。；;]/.test(item.text);
    // 春日前童古镇游客回暖, 周末日均接待超万人 / 本报讯 连日来,…: a line set apart, right over a story's lead, is its headline
    const overLead = item.text.length <= 32 && !/[,，、]$/.test(item.text) && (item.gap > 0 || !prev || ["furniture", "section", "kicker"].includes(prev.kind)) && next && next.kind === "lead" && (item.text.match(/[,，]/g)?.length ?? 0) <= 2;
    if (titleNext || titlePrev || overByline || dashed || overLead) item.kind = "title";
  });
}

const TITLE_LINE = new Set<ItemKind>(["title", "heading", "kicker", "section"]);

/** 桂湖街道 老旧小区改造惠及四千二百户 / 桂湖街道 / 老旧小区改造惠及四千二百户: an e-paper's one-line title of a story over
 * the same title as the page sets it, in its parts (or once more whole): the parts are the title printed twice, kept once
 * in the one line. Returns the lines so dropped. */
function markDoubledTitles(items: Item[], ctx: Context): Set<Item> {
  const dropped = new Set<Item>();
  const flat = (text: string) => bare(text).replace(/[\s　]/g, "");
  items.forEach((item, k) => {
    if (item.kind !== "title" && item.kind !== "heading") return;
    const whole = flat(item.text);
    if (whole.length < 6) return;
    let joined = "";
    let end = k + 1;
    while (end < items.length && TITLE_LINE.has(items[end]!.kind) && items[end]!.gap <= 1 && joined.length < whole.length) joined += flat(items[end++]!.text);
    if (joined !== whole) return;
    for (const part of items.slice(k + 1, end)) {
      part.kind = "furniture";
      dropped.add(part);
    }
    ctx.report("classify/doubled-title", "info", items[k + 1]!.line, `the headline “${item.text}” printed again under it (lines ${items[k + 1]!.line}–${items[end - 1]!.line}): kept once`);
  });
  return dropped;
}

/** 几天，春城镇蟠龙一带的砂仁种植户手里都 / 多了一张印满字的“科技明白纸”，上面写着: a line set tight under a line of
 * prose that stopped mid-word goes on with it, whatever its shape; a paragraph ends on its punctuation. (Not a line over a
 * lead or a byline: that is the headline of a story after one the OCR cut off.) */
function markRunOnLines(items: Item[]) {
  items.forEach((item, k) => {
    const prev = items[k - 1];
    const next = items[k + 1];
    if (!prev || item.gap > 0 || item.level > 0 || prev.level > 0 || (item.kind !== "title" && item.kind !== "kicker")) return;
    if ((prev.kind !== "text" && prev.kind !== "lead") || (prev.end !== undefined && prev.end !== prev.line)) return;
    // (…享受夏夜的清凉。晚报记者 孟凡 摄: a caption closed by its credit)
    if (next && next.gap === 0 && (next.kind === "lead" || next.kind === "byline")) return;
    // (…村民们说， / 皂郊镇花椒产业带富一方百姓 / 近日，…: a line over a story's opening is the headline of a story after one the
    // OCR cut off; …提高坐果率。通讯员 王敏 记者 陈丽: a paragraph closed by its byline is over)
    if (next && next.gap === 0 && next.kind === "text" && STORY_OPENING.test(next.text)) return;
    if (splitEndByline(prev.text)) return;
    // (本报讯(通讯员 郭春艳)小麦收获结束后, / 九三分局鹤山农场及时组织大马力拖拉机进地: a line ending on a comma goes on, whatever
    // the widths)
    if (/[，,、]$/.test(prev.text)) {
      item.kind = "text";
      return;
    }
    if (!/[\u4e00-\u9fa5]$/.test(prev.text) || !/[，,。；;]/.test(prev.text) || splitPhotoCredit(prev.text) || isPhotoCreditText(prev.text)) return;
    // a column's lines, the one above it as wide (…开春以来，市农业、科技部门组织技术人员编印 over a short 中学实验楼投入使用
    // is a story the OCR cut off, and its headline)
    const before = items[k - 2];
    const width = prev.text.length;
    if (width > 40 || Math.abs(item.text.length - width) > 3 || !before || prev.gap > 0 || Math.abs(before.text.length - width) > 3) return;
    item.kind = "text";
  });
}

/** A story's first words: a time (近日，, 10月15日，) or 本报. */
const STORY_OPENING = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前|近期|昨天|昨日|今天|今年以来|连日来|本报)/;

/** A caption's opening: a date (10月15日，) or a scene (…在…). */
const CAPTION_OPENING = /^\d{1,2}月\d{1,2}日[，,]|^[^，,。]{2,14}(?:在|正在)/;

/** `recurring`: lines that other pages of the paper print too; as headlines or text they are the paper's furniture. */
export function classify(lines: Line[], ctx: Context, recurring: ReadonlySet<string> = new Set(), paper: string | null = null): Item[] {
  const items: Item[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.text === "") {
      gap++;
      continue;
    }
    const heading = line.text.match(/^(#{1,6})\s*(.*)$/);
    const level = heading ? heading[1]!.length : 0;
    // 【标题】龙华区… → 标题：龙华区…: a database export's field, read as the label it is
    // >> 渠黎镇新榨季甘蔗陆续进厂: an e-paper's mark before an article's title, not part of it
    const arrowed = !heading && line.text.match(ARROWED_TITLE);
    const text = (heading ? heading[2]!.trim() : arrowed && isTitleLike(arrowed[1]!) ? arrowed[1]! : line.text).replace(BRACKET_LABEL, "$1：$2");
    if (heading && text === "") {
      ctx.report("classify/empty-heading", "warning", line.n, "heading mark with no text; ignored");
      gap++;
      continue;
    }
    items.push(line.indent ? { line: line.n, text, gap, kind: "text", level, indent: true } : { line: line.n, text, gap, kind: "text", level });
    gap = 0;
  }
  // (# 霸州报 / # 胜芳…打入中东市场 / ## 前8个月…: where # heads more than one line, it is a story's rank too)
  const topRank = items.filter((i) => i.level === 1);
  if (topRank.length === 1) topRank[0]!.pageTitle = true;
  halveDoubledGaps(items);
  unwrap(items, ctx);
  joinBrokenBrackets(items);
  splitRunInHeadlines(items, ctx);
  splitTrailingJumps(items);
  splitLabelledTitles(items);
  joinPlaceColon(items);
  // （图片）花山区的小学生在…, [照片]图片说明：…: a caption's mark before its text, as ▲ is
  for (const item of items) item.text = item.text.replace(/^(?:[(（](?:图片?|照片)[)）]|[\[【](?:图片?|照片)[\]】])\s*(?=[\u4e00-\u9fa5\d“])/, "");
  // 已有六十多年历史……[详细]: a list's summary closed by its link to the story
  for (const item of items) item.text = item.text.replace(/(?<=\S)\s*(?:\[(?:详细|全文|更多|详情|阅读全文)\]|>>\s*(?:详细|全文|更多))$/, "");
  for (const item of items) item.kind = kindOf(item.text, item.level);
  // 【回音】记者将…, 【记者手记】这次采访…: a box's label opening its paragraph, no item of a list
  for (const item of items) if (item.kind === "bullet" && isSubheadText(item.text.match(/^[【\[][^】\]]{2,6}[】\]]/)?.[0] ?? "")) item.kind = "text";
  // 各 区 动 态: a column label set in spaced characters is the label 各区动态
  for (const item of items) if (item.kind === "section" && (SPACED_CHARACTERS.test(item.text) || SPACED_PAIR.test(item.text))) item.text = item.text.replace(/ /g, "");
  splitBracketKickers(items);
  readLabels(items, ctx);
  markPhotoCaptions(items);
  markCaptionsUnderTitles(items);
  markRunInBriefs(items);
  evenGaps(items);
  markRecurring(items, recurring, ctx);
  markRepeated(items);
  markTitleBars(items);
  markPostTitle(items);
  markMastheads(items, paper);
  markLinkLists(items);
  markComments(items);
  markFieldBlocks(items);
  markContents(items);
  markFootContents(items);
  markSections(items);
  markPicturePlaceholders(items);
  markRunningHeaders(items);
  markMarkedSubheads(items);
  markNumberedSubheads(items);
  markMarkedNames(items);
  markMarkedKickers(items);
  markUnitKickers(items);
  markCommaTitles(items);
  markRunOnLines(items);
  const doubled = markDoubledTitles(items, ctx);
  for (const item of items) if (item.kind === "furniture" && !doubled.has(item)) ctx.report("classify/furniture", "info", item.line, `dropped page furniture “${item.text}”`);
  return items;
}

/** A page whose OCR kept the column's line breaks (every full line about W characters, the paragraph going on in the
 * next line with no blank between): each such run is one paragraph, read as one item over its lines. */
const BRACKET_HEAD = /^[【\[][^】\]]{2,12}[】\]]\s*/;
/** …举办农民专业合作社财务管理培训班， : a line that stops on a comma, which no paragraph ends with. */
const openClause = /[\u4e00-\u9fa5][，,、；;]$/;
function unwrap(items: Item[], ctx: Context) {
  const full = new Map<number, number>();
  items.forEach((item, k) => {
    const next = items[k + 1];
    if (item.level === 0 && next && next.gap === 0 && next.level === 0 && item.text.length >= 8) full.set(item.text.length, (full.get(item.text.length) ?? 0) + 1);
  });
  const width = [...full].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  // wrapped, when runs of three or more lines of that width (give or take two, for half-width punctuation) and with
  // sentence punctuation in them follow each other with no blank between, three times at least: headlines, bylines and
  // navigation have none, and paragraphs printed one to a line vary in length
  const atWidth = (item: Item) => item.level === 0 && Math.abs(item.text.length - width) <= 2;
  let runs = 0;
  for (let k = 0; k < items.length; ) {
    let end = k;
    while (end < items.length && atWidth(items[end]!) && (end === k || items[end]!.gap === 0)) end++;
    const run = items.slice(k, end);
    if (run.length >= 3 && run.filter((i) => /[，,。；;、]/.test(i.text)).length * 2 >= run.length) runs++;
    k = Math.max(end, k + 1);
  }
  if (width < 8 || runs < 3) return;
  let joined = 0;
  // furniture is never part of a paragraph
  const furniture = isFurnitureText;
  /** the item's last line as printed, where lines were joined into it */
  const lastLine = new Map<Item, string>();
  const PUNCTUATION = /[，,。；;、：:！？!?]/;
  const indenting = items.filter((i) => i.indent).length >= 3;
  // a headline set across columns is wider than one and has no sentence punctuation
  const wide = (text: string) => text.length > width + 2 && !PUNCTUATION.test(text) && !BULLET.test(text);
  for (let k = 0; k < items.length - 1; ) {
    const item = items[k]!;
    const next = items[k + 1]!;
    const last = lastLine.get(item) ?? item.text;
    const tail = last.length + (item.indent && !lastLine.has(item) ? 2 : 0);
    // a byline or lead starts a line (a photo credit ends its caption's); so does a line with no punctuation over a lead
    // or a byline (a headline)
    // (past an editor's line the page set between a headline and its lead; found only when asked)
    const afterItem = () => {
      let a = k + 2;
      while (a < items.length && isFurnitureText(items[a]!.text)) a++;
      return items[a];
    };
    const leads = (it: Item | undefined) => it !== undefined && it.gap === 0 && (leadMark(it.text) !== null || bracketLead(it.text) !== null || isBylineText(it.text));
    const overLead = () => {
      if (PUNCTUATION.test(next.text)) return false;
      const after = afterItem();
      // (…镇里还计划开春后组 / 织学员到外地参观学习▲ / （特约通讯员 吴春生）: a paragraph's last line over its end byline)
      if (leads(after)) return endsSentence(last) || !/^[(（]/.test(after!.text);
      // (…130余起。 / 丹赵路街道开展冬季 / 消防安全大排查 / 本报讯…: a headline broken over two short lines, after a sentence's end)
      // (…科学播种。 / 小山村有了“文化大院” / ——北义城镇西黄石村见闻: over its 副题, opening with the dash no prose opens with)
      if (endsSentence(last) && after !== undefined && after.gap === 0 && isTitleLike(next.text) && /^[—–]{2}[\u4e00-\u9fa5“]/.test(after.text) && !/[，,。；;]/.test(after.text)) return true;
      return endsSentence(last) && after !== undefined && after.gap === 0 && next.text.length < width - 2 && after.text.length < width - 2 && isTitleLike(next.text) && isTitleLike(after.text) && !PUNCTUATION.test(after.text) && leads(items[items.indexOf(after) + 1]);
    };
    // a kicker (北道区桥南街道) shorter than the column stands on its own line
    const place = () => next.text.length < width - 2 && isPlaceLine(next.text);
    // a caption with its credit on one line, after a sentence's end (…慰问品。 / 5月19日,…采摘夏茶。 通讯员 洪志刚 摄)
    const creditedCaption = () => endsSentence(last) && !isPhotoCreditText(next.text) && (splitPhotoCredit(next.text)?.[0].trim() ?? "") !== "";
    // a paragraph closed by its story's byline (…交流创业经验。(通讯员 王珂)) ends there: the next line is another story's
    // (its brackets opened on a line above: …增收致富。（记者 / 刘宏伟 通讯员 单玉华）)
    const opened = /^[^()（）]*[)）]$/.test(item.text) ? items[k - 1]?.text.match(/[(（][^()（）]*$/)?.[0] : undefined;
    const closedByByline = () => /[)）]$/.test(last) && (splitEndByline(last) !== null || splitEndByline(item.text) !== null || (!!opened && splitEndByline(`。${opened}${item.text.trim()}`) !== null));
    // a caption's last line, its credit at its end (…每周六上午都会沿河巡查一次。 李 建 摄), ends it too
    const closedByCredit = () => /摄影?$/.test(last) && splitPhotoCredit(last) !== null;
    // after a sentence's end, a dated or scene line whose paragraph ends in a photo credit within a caption's few lines is
    // a caption of its own (…社区文化长廊展出。 / 10月15日，成华区猛追湾街道的老 / …沿河巡查一次。 李 建 摄)
    const captionAhead = () => {
      if (!endsSentence(last) || !CAPTION_OPENING.test(next.text)) return false;
      for (let a = k + 1, chars = 0; a < items.length && a <= k + 6 && chars <= 120 && (a === k + 1 || items[a]!.gap === 0); a++) {
        const t = items[a]!.text;
        chars += t.length;
        if (splitPhotoCredit(t)) return chars <= 120;
        if (a > k + 1 && (endsSentence(t) && !/[。！!]$/.test(t))) return false;
      }
      return false;
    };
    // ■督院街街道为独居老人装呼叫器 / 锦江区督院街街道为辖区…: a marked line without punctuation whose next line names its
    // subject again is a brief's run-in title on its own line
    const markedTitle = () => !lastLine.has(item) && LIST_ITEM.test(item.text) && !PUNCTUATION.test(item.text) && next.text.slice(0, 12).includes(item.text.replace(LEADING_MARKS, "").slice(0, 4));
    // 半淞园路街道招募世博志愿者 / 黄浦区半淞园路街道日前启动世博: so is a line short of the column, with no punctuation,
    // opening a block after a blank, whose next line names its subject again
    const restatedTitle = () => !lastLine.has(item) && item.gap > 0 && item.text.length < width && !PUNCTUATION.test(item.text) && isTitleLike(item.text) && next.text.slice(0, 12).includes(item.text.slice(0, 4));
    // a short line with no sentence's end, after one and over an indented paragraph: a headline between two stories
    // (on a page that indents its paragraphs, a line of the column's width with no punctuation at all after a sentence's
    // end is one too: prose that long has a comma)
    const headline = () => {
      if (indenting && endsSentence(last) && !next.indent && !PUNCTUATION.test(next.text) && isTitleLike(next.text) && next.text.length >= width - 2) return true;
      if (!endsSentence(last) || next.text.length >= width - 2 || !isTitleLike(next.text) || endsSentence(next.text)) return false;
      const after = afterItem();
      return after !== undefined && after.gap === 0 && !!after.indent;
    };
    // a column's label (城乡简讯) after a sentence's end stands on its own line
    const label = () => endsSentence(last) && next.text.length <= 8 && (isBriefSection(next.text) || SECTIONS.has(next.text));
    const opensLine = () => label() || leadMark(next.text) !== null || LIST_ITEM.test(next.text) || wide(next.text) || (isBylineText(next.text) && !isPhotoCreditText(next.text)) || overLead() || place() || creditedCaption() || closedByByline() || closedByCredit() || headline() || markedTitle() || restatedTitle() || captionAhead();
    // a byline is a line of its own; a line much wider than the column was never broken by it
    // (本报讯 本报记者 许楚君 报道: a lead with nothing after its byline stands on its line too)
    const byline = () => !lastLine.has(item) && (isBylineText(item.text) || (leadMark(item.text) !== null && splitLead(item.text).text === ""));
    // (the cheap tests first: this runs for every line of such a page)
    // a line of prose (a comma inside, none at its end) a little short of the column still goes on: the typesetter's spacing
    const short = width - (/[，,、；;]/.test(last) && !PUNCTUATION.test(last.slice(-1)) ? 4 : 2);
    // (a line of OCR's blots, ▓▓▓ ……■, goes on with nothing)
    // (on a page that indents its paragraphs, a line of prose stopped mid-word, however long, goes on in the unindented
    // line under it: 本报阿图什讯（记者 刘 军）近日，阿图什市上阿 / 图什乡组织农业技术人员)
    const midWord = indenting && (!!item.indent || lastLine.has(item)) && /[，,、；;]/.test(last) && /[\u4e00-\u9fa5]$/.test(last) && !endsSentence(last) && tail > width + 3 && !splitPhotoCredit(last) && !isBriefSection(next.text) && !SECTIONS.has(next.text);
    // (打响绿色品牌 拓宽销售渠道——: a 引题 ending in its dash, no prose, is over its headline)
    const dashedPretitle = /——$/.test(last) && !/[，,。；;]/.test(last);
    // (【海口】 / 新华区侨联为归侨老人建档立卡 / 海口市新华区侨联近日…: a line with no punctuation under a kicker is its headline)
    const above = items[k - 1];
    // (【琼海】 / 琼海市近日启动农村公路养护 / 工程，…: a line opening with the kicker's own place, or saying when, is the text's)
    const underKicker = !lastLine.has(item) && !PUNCTUATION.test(item.text) && above !== undefined && item.gap === 0 && (BRACKET_KICKER.test(above.text) || isPlaceLine(bare(above.text))) && !item.text.startsWith(bare(above.text).slice(0, 2)) && !/近日|日前|近期|连日来|今年以来|^\d{1,2}月\d{1,2}日/.test(item.text);
    // (【营城子镇】开展老年人免费体检 / 9月17日至19日，…: a kicker and a title with no punctuation, an item's head)
    // (not a place alone, the subject of the sentence going on below: 【雅玛里克山街道】沙依巴克区雅山社区 / 日前为…)
    const head = lastLine.has(item) ? null : item.text.match(BRACKET_HEAD);
    const headed = head ? item.text.slice(head[0].length) : "";
    const kickedTitle = !!head && !/(?:社区|街道|镇|乡|村|区|县|市)$/.test(item.text) && !PUNCTUATION.test(headed) && headed.length >= 4 && !/^(?:近日|日前|近期|连日来|今年以来|目前|\d{1,2}月)/.test(headed) && (/^(?:近日|日前|近期|连日来|今年以来|\d{1,2}月\d{1,2}日)/.test(next.text) || next.text.startsWith(head[0].trim().slice(1, 3)));
    if (item.level === 0 && next.level === 0 && next.gap === 0 && !next.indent && !dashedPretitle && !underKicker && !kickedTitle && /[\u4e00-\u9fa5]/.test(next.text) && ((tail >= short && tail <= width + 3 && !wide(last)) || midWord || (openClause.test(last) && tail <= width + 3)) && !/^[#【]/.test(next.text) && !opensLine() && !byline() && !furniture(item.text) && !furniture(next.text)) {
      // (通讯员 祁红 / 张瑞): names the column broke inside a byline's brackets are set apart, not run together
      const open = last.match(/[(（]([^()（）]*)$/);
      const names = open && /\s[\u4e00-\u9fa5]{2,4}$/.test(open[1]!.trim() ? ` ${open[1]!.trim()}` : "") && /^[\u4e00-\u9fa5]{2,3}[)）]/.test(next.text) && isBylineText(open[1]!.trim());
      item.text += names ? ` ${next.text}` : next.text;
      item.end = next.end ?? next.line;
      items.splice(k + 1, 1);
      lastLine.set(item, next.text);
      joined++;
      continue;
    }
    k++;
  }
  if (joined) ctx.report("classify/unwrapped", "info", items[0]?.line ?? 1, `the page keeps its columns' line breaks (lines of about ${width} characters): ${joined} broken lines rejoined into their paragraphs`);
}

/** "兴义市洒金街道：搬迁群众家门口端上“就业碗”（上接第一版）": a headline and the jump line printed after it on its line. */
function splitTrailingJumps(items: Item[]) {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const m = item.text.match(/^(.{4,40}?)\s*([(（]\s*(?:上接|接上|紧接|接第|续)[^()（）]{1,8}[)）])$/);
    if (!m || !isTitleLike(m[1]!) || !JUMP.test(m[2]!)) continue;
    items.splice(k, 1, { ...item, text: m[1]!, end: undefined }, { ...item, text: m[2]!, gap: 0 });
    k++;
  }
}

/** “众创空间”里的乡村创客 / 图片 / 图片 / 本报讯…: an e-paper's placeholder for a picture set tight under the headline is
 * furniture, no column's label (which stands over its titles). */
function markPicturePlaceholders(items: Item[]) {
  items.forEach((item, k) => {
    const above = items[k - 1];
    if ((item.kind === "section" || item.kind === "title") && /^(?:图片|图像|照片)$/.test(item.text) && item.gap === 0 && above && (above.kind === "title" || above.kind === "heading" || above.text === item.text)) item.kind = "furniture";
  });
}

/** 今日关注, 图片新闻, 乡镇简讯, 城区动态: a column's label, by name or shape; `anyShort`: any two to four characters too. */
export function isColumnLabel(text: string, anyShort = true): boolean {
  return SECTIONS.has(text) || isPhotoSection(text) || isBriefSection(text) || SECTION_NAME.test(text) || (anyShort ? SECTION_SHAPES : NAMED_SECTION_SHAPES).some((re) => re.test(text));
}

/** "图片新闻：古村迎客来": a column's label and a colon opening a title line are the column (a section) over the title. */
function splitLabelledTitles(items: Item[]) {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // 今日关注： / 城南街道开出共享菜园: a column's label and its colon alone on the line over the title (a label of a name's
    // length, 罗芳：, may be a speaker's)
    const alone = item.text.match(/^([\u4e00-\u9fa5]{2,8})\s*[:：｜|丨]$/)?.[1];
    if (alone && isColumnLabel(alone, false) && items[k + 1] && items[k + 1]!.gap === 0 && isTitleLike(items[k + 1]!.text)) {
      Object.assign(item, { text: alone, kind: "section" });
      continue;
    }
    // (科普角 ｜ 秋冬季节谨防一氧化碳中毒: the label set off by a bar)
    const m = item.text.match(/^([\u4e00-\u9fa5]{2,8})\s*[:：｜|丨]\s*(\S.{3,38})$/);
    if (!m || !(SECTIONS.has(m[1]!) || isPhotoSection(m[1]!)) || !isTitleLike(m[2]!)) continue;
    // a story's own headline, with its text below; not an entry of a list of headlines (本版导读, 标题导航)
    const below = items.slice(k + 1).find((it) => !isFurnitureText(it.text));
    if (!below || isTitleLike(below.text)) continue;
    items.splice(k, 1, { ...item, text: m[1]!, end: undefined }, { ...item, text: m[2]!, gap: 0 });
    k++;
  }
}

/** "## 【兴庆区】“法官工作室”开进社区": a bracketed place opening a headline over its text is the headline's kicker. */
function splitBracketKickers(items: Item[]) {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind !== "title" && item.kind !== "heading") continue;
    const m = item.text.match(/^([【\[][\u4e00-\u9fa5·•]{2,14}[】\]])\s*(\S.{3,38})$/);
    // (【兴庆区·掌政镇】: a district and its street; a headline may end in ！)
    const places = m?.[1]!.slice(1, -1).split(/[·•\s]+/) ?? [];
    if (!m || !places.every((p) => isPlaceLine(p) || ["县", "市", "区"].some((suffix) => isPlaceLine(p + suffix))) || !isTitleLike(m[2]!.replace(/[！!]$/, "")) || /[。；;]$/.test(m[2]!)) continue;
    const below = items.slice(k + 1).find((it) => !isFurnitureText(it.text));
    if (!below || below.kind === "title" || below.kind === "heading" || below.kind === "bullet") continue;
    items.splice(k, 1, { ...item, kind: "kicker", level: 0, text: m[1]!, end: undefined }, { ...item, text: m[2]!, gap: 0 });
    k++;
  }
}

/** "伍家岗区万寿桥街道：老楼道装上扶手和座椅 本报讯（记者 向阳）楼梯扶手…": a headline the page ran into its lead is two
 * items of the same line, the headline and the lead. */
function splitRunInHeadlines(items: Item[], ctx: Context) {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.level > 0 || leadMark(item.text)) continue;
    const m = [...item.text.matchAll(/\s+/g)].find((sp) => sp.index >= 6 && sp.index <= 40 && leadMark(item.text.slice(sp.index + sp[0].length)) && isTitleLike(item.text.slice(0, sp.index)));
    if (!m || isBylineText(item.text)) continue;
    const headline = item.text.slice(0, m.index);
    items.splice(k, 1, { ...item, text: headline, end: undefined }, { ...item, text: item.text.slice(m.index + m[0].length), gap: 0 });
    ctx.report("classify/run-in-headline", "info", item.line, `headline “${headline}” runs into its lead on one line: read as a headline over its lead`);
    k++;
  }
  // 县域速览   ●11月16日,孙集镇…: a brief list's label and its first item on one line
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const m = item.level === 0 ? item.text.match(new RegExp(`^(\\S{2,8})\\s+([${LIST_MARKS}]\\s*\\S.*)$`)) : null;
    if (!m || !(isBriefSection(m[1]!) || SECTIONS.has(m[1]!))) continue;
    items.splice(k, 1, { ...item, text: m[1]!, end: undefined }, { ...item, text: m[2]!, gap: 0 });
    ctx.report("classify/run-in-label", "info", item.line, `the list's label “${m[1]}” and its first item on one line: read as a label over its item`);
    k++;
  }
  // 李哥庄镇制帽企业抱团“出海”   □记者 王晓鹏 通讯员 刘洪磊 报道: a headline and its byline, marked or opening with a role
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // (来源：渠县报 作者：融媒体记者 唐海波 通讯员 冉晓梅: a scraped story's fields, read by readLabels)
    if (item.level > 0 || leadMark(item.text) || isBylineText(item.text) || isStoryField(item.text)) continue;
    const m = [...item.text.matchAll(/\s+/g)].find((sp) => {
      const rest = item.text.slice(sp.index + sp[0].length);
      return sp.index >= 6 && sp.index <= 40 && (/^[□■]/.test(rest) || opensWithWriter(rest)) && isBylineText(rest) && !isPhotoCreditText(rest) && isTitleLike(item.text.slice(0, sp.index));
    });
    if (!m) continue;
    const headline = item.text.slice(0, m.index);
    items.splice(k, 1, { ...item, text: headline, end: undefined }, { ...item, text: item.text.slice(m.index + m[0].length), gap: 0 });
    ctx.report("classify/run-in-headline", "info", item.line, `headline “${headline}” and its byline on one line: read as a headline over its byline`);
    k++;
  }
}

/** Under a brief list's label (县区简讯), "三原县启动农民实用技术培训 近日,三原县…": a short title run into its text is an item of
 * the list; so is a place set apart before its text (周边县市 / 达县  该县日前…). */
function markRunInBriefs(items: Item[]) {
  let inList = false;
  for (const item of items) {
    // (a column of news of the towns, 乡镇动态, 街道动态, holds such items too)
    if (item.kind === "section") inList = isBriefSection(bare(item.text)) || /^.{2,4}动态$/.test(bare(item.text));
    else if (item.kind === "heading" || item.kind === "lead" || item.kind === "byline" || (item.kind === "title" && !/\s\S+[，,。]/.test(item.text))) inList = false;
    else if (inList && (item.kind === "text" || item.kind === "title")) {
      const head = item.text.match(/^(\S{2,30}?)\s+(?=\S)/);
      const titled = !!head && head[1]!.length >= 4 && isTitleLike(head[1]!) && !endsSentence(head[1]!);
      // (宣汉  该县…: a county by its short name)
      const place = !!head && (isPlaceLine(head[1]!) || isShortAreaName(head[1]!, item.text));
      if (head && (titled || place) && /[，,。]/.test(item.text.slice(head[0].length))) item.kind = "bullet";
      // (一周要闻 / 1.八台镇新建3个村卫生室。4月中旬,…: a numbered item, its title the first sentence)
      const numbered = item.text.match(NUMBERED_RUN_IN);
      if (numbered && /[，,。]/.test(item.text.slice(numbered[0].length))) item.kind = "bullet";
    }
  }
}

/** "▲10月13日，平庄镇的农民在田间收获玉米。" … "本组图片由记者 吴俊 摄": lines marked ▲, each one short sentence, over a
 * photo credit are the captions of its photos, not items of a list. */
function markPhotoCaptions(items: Item[]) {
  for (let k = 0; k < items.length; k++) {
    let end = k;
    const numbered = (t: string) => /^图\s?[①-⑩]/.test(t);
    while (
      end < items.length &&
      ((items[end]!.kind === "bullet" && /^[▲△]/.test(items[end]!.text) && (captionLike(stripListMark(items[end]!.text), 60) || numbered(stripListMark(items[end]!.text)))) ||
        (end > k && items[end]!.kind === "text" && numbered(items[end]!.text)))
    )
      end++;
    // (▲产业园一期标准厂房 / 图/金露: one ▲ line set tight over a credit is its photo's caption, whatever its wording)
    if (end === k && items[k]!.kind === "bullet" && /^[▲△]/.test(items[k]!.text) && items[k + 1]?.kind === "photo-credit" && items[k + 1]!.gap === 0) end = k + 1;
    // (▲紫阳街上的糕点老店推出新口味, one short ▲ line set tight under a story's last paragraph, the next line set apart: the
    // story's photo, uncredited)
    const lone = items[k]!;
    const after = items[k + 1];
    // (or set apart like every paragraph of the post, between the story's last paragraph and its end byline)
    if (end - k <= 1 && lone.kind === "bullet" && /^[▲△]/.test(lone.text) && (lone.gap === 0 || after?.kind === "byline") && stripListMark(lone.text).length <= 60 && ["text", "lead"].includes(items[k - 1]?.kind ?? "") && (!after || (!(after.kind === "byline" && (readPeople(after.text) ?? []).some((p) => p.role === "摄影")) && (after.kind === "byline" || (after.gap > 0 && after.kind !== "bullet"))))) {
      Object.assign(lone, { kind: "text", text: stripListMark(lone.text), caption: true });
      continue;
    }
    const credit = items[end];
    if (end > k && credit && (credit.kind === "photo-credit" || (credit.kind === "byline" && (readPeople(credit.text) ?? []).some((p) => p.role === "摄影")))) {
      // (under a story's paragraphs, the story's captions: its photos, not photo news of their own)
      // (or under the credit of such a caption: ▲居民在菜园里浇水 / 摄影：何一帆 / ▲认领牌挂满了围栏 / 摄影：蒋欣然)
      const above = items[k - 1];
      const underText = !!above && items[k]!.gap === 0 && (["text", "lead"].includes(above.kind) || (above.kind === "photo-credit" && !!items[k - 2]?.caption));
      for (const item of items.slice(k, end)) Object.assign(item, { kind: "text", text: stripListMark(item.text) }, underText ? { caption: true } : {});
    }
    k = end;
  }
}

/** 果农抢抓晴好天气采摘脐橙 / ▲11月24日,欧营村果农在果园里采摘脐橙。(图/谭雪) / 连日来,草堂镇…: a post's or a web page's
 * photo set under the headline, over the story's text (its byline between or not), is the story's; so is a run of numbered
 * captions there (图①:… / 图②:…). */
function markCaptionsUnderTitles(items: Item[]) {
  const marked = (item: Item) => item.kind === "bullet" && /^[▲△]/.test(item.text);
  const numbered = (item: Item) => item.kind === "text" && PHOTO_NUMBER.test(item.text);
  const shaped = (item: Item) => {
    const text = stripListMark(item.text);
    const bare = splitPhotoCredit(text)?.[0].trim() || text;
    return (captionLike(bare, 80) && (marked(item) ? /在|正在|为|向|与|和/.test(bare) || splitPhotoCredit(text) !== null : true)) || (numbered(item) && bare.length <= 80);
  };
  for (let k = 1; k < items.length; k++) {
    const kind = marked(items[k]!) ? marked : numbered(items[k]!) ? numbered : null;
    if (!kind) continue;
    let a = k - 1;
    while (a > 0 && (items[a]!.kind === "furniture" || items[a]!.kind === "byline")) a--;
    if (items[a]!.kind !== "title" && items[a]!.kind !== "heading") continue;
    let end = k;
    while (end < items.length && kind(items[end]!) && shaped(items[end]!)) end++;
    // the story's text under them: its lead, or a paragraph longer than a caption (its byline may stand between)
    const story = items.slice(end).find((i) => i.kind !== "byline" && i.kind !== "furniture");
    // (▲…在健身步道上散步。 记者 刘晨阳 摄 / ▲… 通讯员 孙海燕 摄 / 今年以来，…休闲座椅。: each credited, the paragraph under
    // them is the story's however short)
    const credited = kind === marked && items.slice(k, end).every((i) => splitPhotoCredit(stripListMark(i.text)) !== null);
    if (end === k || !story || !(story.kind === "lead" || (story.kind === "text" && !story.caption && !PHOTO_NUMBER.test(story.text) && story.text.length > 40 && (kind === numbered || credited || !captionLike(story.text, 60))))) continue;
    for (const item of items.slice(k, end)) Object.assign(item, { kind: "text", text: stripListMark(item.text), caption: true });
    k = end;
  }
}

/** "澄江街道：" over "“家门口”办事服务站覆盖所有社区", with or without a blank line between: a headline broken after its place and colon is one line. */
function joinPlaceColon(items: Item[]) {
  for (let k = 0; k < items.length - 1; k++) {
    const item = items[k]!;
    const next = items[k + 1]!;
    const place = item.text.match(/^(.{2,16})[:：]$/)?.[1];
    if (!place || item.level > 0 || next.level > 0 || next.gap > 1 || !isPlaceLine(place) || !isTitleLike(next.text)) continue;
    item.text += next.text;
    item.end = next.end ?? next.line;
    items.splice(k + 1, 1);
  }
  // 来源：东台日报 | 发布时间 / ：2019-05-06 10:21: a label the column parted from its value
  for (let k = 0; k < items.length - 1; k++) {
    const item = items[k]!;
    const next = items[k + 1]!;
    if (next.gap > 0 || next.level > 0 || item.level > 0 || !/^[:：]/.test(next.text) || !/[\u4e00-\u9fa5]$/.test(item.text)) continue;
    item.text += next.text;
    item.end = next.end ?? next.line;
    items.splice(k--, 2, item);
  }
}

/** "…披上绿装。(闫春" over "林)": a bracket the line break cut, closed at the start of the next line, is one line. */
function joinBrokenBrackets(items: Item[]) {
  for (let k = 0; k < items.length - 1; k++) {
    const item = items[k]!;
    const next = items[k + 1]!;
    const open = item.text.match(/[(（][^()（）]{0,24}$/);
    // 本报讯（融媒体记者 李 洋 通讯员 / 何 静）走进…: the bracket closes near the next line's start, whatever follows it
    // (…渠道。（记者 / 常志强 通讯员 李晋红）, …万元。（全媒 / 体记者 娜仁 通讯员 杨建军）: farther, when what the brackets
    // close is a byline)
    const close = next.text.match(/^[^()（）]{0,30}[)）]/)?.[0];
    const reach = open && close && isBylineText((open[0].slice(1) + close.slice(0, -1)).trim()) ? 30 : 10;
    if (!open || next.gap > 0 || next.level > 0 || item.level > 0 || !new RegExp(`^[^()（）]{0,${reach}}[)）]`).test(next.text)) continue;
    // (武隆日报讯(记者 陈晓梅 / 刘川)…: a name ending the line and a name opening the next are two people)
    const twoNames = /\s[\u4e00-\u9fa5]{2,4}$/.test(open[0]) && /^[\u4e00-\u9fa5]{2,4}[)）]/.test(next.text) && isBylineText(open[0].slice(1).trim());
    item.text += twoNames ? ` ${next.text}` : next.text;
    item.end = next.end ?? next.line;
    items.splice(k + 1, 1);
  }
}


/** A page scraped from a paper's website labels its parts: 标题：… is a headline (its label dropped, as a # is), 引题：…
 * and 副标题：… its other parts, 作者：… its byline. */
function readLabels(items: Item[], ctx: Context) {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // 栏目：城区新闻 over 标题：…, [栏目] 乡镇快讯 over ■-marked items: an export's column field over the story or list it
    // labels is its column (under a title, segment gives it to that story)
    const column = item.text.match(LABELS.column);
    const below = column && items.slice(k + 1).find((it) => it.kind !== "furniture" || LABELS.headline.test(it.text));
    // (栏目:图片新闻 over an export's empty title fields and a credit: between two stories, not under a title)
    const above = column && items.slice(0, k).reverse().find((it) => it.kind !== "furniture" && it.kind !== "byline");
    const underTitle = !!above && (above.kind === "title" || above.kind === "heading" || LABELS.headline.test(above.text));
    if (column && below && (["title", "heading", "kicker", "bullet"].includes(below.kind) || LABELS.headline.test(below.text) || LABELS.pretitle.test(below.text) || !underTitle)) {
      Object.assign(item, { text: column[1]!, kind: "section" });
      continue;
    }
    if (item.kind === "furniture") continue;
    const fields = splitFields(item.text);
    if (fields && LABELS.author.test(fields[0]!)) {
      // 作者：本报记者 林少鹏 通讯员 陈晓丹 发布时间：2002-11-08: the byline, then the story's furniture on its line
      item.text = fields[0]!;
      item.kind = isBylineText(item.text) ? "byline" : "furniture";
      items.splice(k + 1, 0, { ...item, text: fields.slice(1).join(" "), kind: "furniture", gap: 0 });
      ctx.report("classify/fields", "info", item.line, `read “${fields[0]}” apart from the fields after it on its line`);
      continue;
    }
    const headline = item.text.match(LABELS.headline);
    const pretitle = item.text.match(LABELS.pretitle);
    const subtitle = item.text.match(LABELS.subtitle);
    // (题目：区镇简讯: a brief list's label, over its items)
    // (a label of news in brief, 区镇简讯, over any items; one a story's title may end in, 市场扫描, only over marked ones)
    const overList = () => items.slice(k + 1).find((it) => it.kind !== "furniture" && !LABELS.author.test(it.text))?.kind === "bullet" || /(?:简讯|快讯|短讯|速递|简报)$/.test(headline![1]!.trim());
    if (headline) Object.assign(item, isBriefSection(headline[1]!.trim()) && overList() ? { text: headline[1]!.trim(), kind: "section" } : { text: headline[1]!.trim(), kind: "heading", level: Math.max(item.level, 1) });
    else if (pretitle || subtitle) Object.assign(item, { text: (pretitle ?? subtitle)![1]!.trim(), kind: "title", part: pretitle ? "pretitle" : "subtitle" });
    // 责任者：吴家骏；王春生 over 本报讯（通讯员 吴家骏 王春生）…: a library's field of the names the story's own byline gives
    // with their roles, furniture; names it alone gives, the byline
    else if (LABELS.author.test(item.text) && authorNames(item.text)) {
      const names = authorNames(item.text)!;
      const end = items.findIndex((it, j) => j > k && (it.kind === "heading" || LABELS.headline.test(it.text)));
      const signed = items.slice(k + 1, end < 0 ? undefined : end).filter((it) => it.kind !== "furniture" && !LABELS.author.test(it.text)).map((it) => it.text.slice(0, 60).replace(/\s/g, "")).join("");
      // (作者：王琦 on a scraped page is its byline still, as a reader keeps it)
      item.kind = names.every((n) => signed.includes(n)) && (names.length > 1 || /^责任者/.test(item.text)) ? "furniture" : "byline";
    }
    else if (LABELS.author.test(item.text) && isBylineText(item.text)) item.kind = "byline";
    // 图片说明：9月20日，…: a newsroom export's caption field, its text the caption
    else if (LABELS.caption.test(item.text)) Object.assign(item, { text: item.text.match(LABELS.caption)![1]!.trim(), caption: true });
    // 正文：5月6日，…: an export's body field, its text the story's
    // (正文：本报讯 …, 【正文】●…: a lead or an item of a list, as the field's text would be on a line of its own)
    else if (LABELS.body.test(item.text)) {
      item.text = item.text.match(LABELS.body)![1]!.trim();
      const kind = kindOf(item.text, item.level);
      // (【正文】本报记者 徐晓波 / 走进…: the story's byline, the field's first line)
      item.kind = kind === "lead" || kind === "byline" || (kind === "bullet" && LEADING_MARKS.test(item.text)) ? kind : "text";
    }
  }
}

/** 作者：王海燕;陈立东 → ["王海燕", "陈立东"]: the names alone of an export's author field, with no role, or null. */
const authorNames = (text: string): string[] | null => {
  const names = text.match(LABELS.author)![1]!.trim().split(/\s*[;；、,，]\s*|\s+(?=[\u4e00-\u9fa5]{2,4}(?:\s|$))/).filter(Boolean);
  return names.length > 0 && names.every((n) => SURNAME.test(n) && /^[\u4e00-\u9fa5·]{2,4}$/.test(n)) ? names : null;
};

/** --- / 作者: 全媒体记者 邱晓彤 / 日期: 2025-03-20 / 版面: A04 街道 / --- / # 甘坑客家小镇…: an export's block of fields
 * between two rules is the record's below it, its author its byline, its date that of every record before the next rule. */
function markFieldBlocks(items: Item[]) {
  const FIELD_LINE = /^[\u4e00-\u9fa5A-Za-z]{1,6}\s*[:：]/;
  for (let k = 0; k < items.length; k++) {
    if (!RULE_LINE.test(items[k]!.text.trim())) continue;
    let end = k + 1;
    while (end < items.length && end - k <= 8 && !RULE_LINE.test(items[end]!.text.trim()) && FIELD_LINE.test(items[end]!.text) && (items[end]!.kind === "furniture" || items[end]!.kind === "byline")) end++;
    // (over a headline, a list's label, or a picture and its caption: the record below)
    const below = items.slice(end + 1).find((it) => it.kind !== "furniture");
    // (not a block under a headline, between it and its text: that story's fields)
    const above = items.slice(0, k).reverse().find((it) => it.kind !== "furniture");
    if (above && (above.kind === "title" || above.kind === "heading")) continue;
    if (end === k + 1 || end >= items.length || !RULE_LINE.test(items[end]!.text.trim()) || !below) continue;
    for (const field of items.slice(k + 1, end)) {
      field.ahead = true;
      if (LABELS.author.test(field.text) && isBylineText(field.text)) field.kind = "byline";
    }
    k = end - 1;
  }
}

/** 栏目：城区动态 under a scraped story's title: the story's column, or null. */
export const exportColumn = (text: string): string | null => text.match(LABELS.column)?.[1] ?? null;

/** The date a scraped page prints for one story (发布时间：2021-09-07 17:45), or null. */
export function publishedDate(text: string): string | null {
  // (普定县融媒体中心 2024年04月10日 18:32 贵州: a WeChat post's account, time and province under its title)
  // (来源：红网　编辑：彭 晴　2017-03-27 17:48:03: a scraped story's fields, its date unlabelled at their end; 2022-06-08
  // 07:12:40　智能朗读： a time alone under its title)
  const m = text.split(BARRED_FIELD).map((f) => f.trim().match(LABELS.published)).find(Boolean) ?? text.trim().match(LABELS.postHeader) ?? (STORY_FIELD.test(text.trim()) || /^(?:https?:\/\/|www\.)/.test(text.trim()) ? text.match(/\s((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s|$)/) : null) ?? text.trim().match(/^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}/);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}

/** Every line set apart, by one blank line or by three (a page whose line ends were read twice, CR CR LF): one blank was
 * none, three were one. */
function halveDoubledGaps(items: Item[]) {
  const gaps = items.slice(1).map((i) => i.gap);
  // (a wide gap now and then, setting a photo or a column apart, is the page's own)
  if (gaps.length > 4 && gaps.every((g) => g % 2 === 1) && gaps.filter((g) => g >= 3).length * 3 >= gaps.length) for (const item of items) item.gap = (item.gap - (item.gap % 2)) / 2;
}

/** Gaps read against the page's own spacing: a page that sets two blank lines between paragraphs says with three what
 * another says with two (a photo's gap), so the usual gap counts as one. */
function evenGaps(items: Item[]) {
  const count = new Map<number, number>();
  for (const item of items.slice(1)) count.set(item.gap, (count.get(item.gap) ?? 0) + 1);
  const usual = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
  if (usual > 1) for (const item of items) item.gap = Math.max(0, item.gap - (usual - 1));
}

/** A line the paper prints on page after page is its furniture, unless a story hangs on it: over a headline it labels a
 * recurring column (a short label); over text, a lead or a byline it is a headline or subhead (a series' title) and stays. */
function markRecurring(items: Item[], recurring: ReadonlySet<string>, ctx: Context) {
  if (recurring.size === 0) return;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    // prose (a sentence with its punctuation) is never furniture: a stock phrase may recur in a paper's stories
    if (!recurring.has(item.text) || !["title", "heading", "text", "bullet"].includes(item.kind) || PROSE.test(item.text)) continue;
    const next = items[k + 1];
    if (next && (next.kind === "title" || next.kind === "heading") && item.kind !== "text" && item.text.length <= 8 && !/\s/.test(item.text)) {
      item.kind = "section";
      continue;
    }
    if (next && !["furniture", "section", "kicker", "title", "heading"].includes(next.kind)) continue;
    item.kind = "furniture";
    ctx.report("classify/recurring", "info", item.line, `“${item.text}” is printed on other pages of this paper too: dropped as its furniture`);
  }
}

/** A sentence: text with its punctuation inside or at its end. */
const PROSE = /[，,。；;！!？?]/;

const KEEP_WHEN_REPEATED = new Set<ItemKind>(["byline", "photo-credit", "lead", "source-credit", "section", "subhead", "kicker", "jump"]);

/** A line printed three times or more on one page (navigation before every article) is furniture. */
function markRepeated(items: Item[]) {
  const count = new Map<string, number>();
  for (const item of items) count.set(item.text, (count.get(item.text) ?? 0) + 1);
  for (const item of items) {
    if ((count.get(item.text) ?? 0) >= 3 && !KEEP_WHEN_REPEATED.has(item.kind) && item.text.length <= 40 && !PROSE.test(item.text)) item.kind = "furniture";
  }
  // 今日嵊泗 乡镇 00003 台风过后 黄龙乡抓紧恢复生产 2012-08-10 2301457 …: an e-paper's record line after every article,
  // its own title and numbers inside the same words, is furniture too
  const titles = [...new Set(items.filter((i) => (i.kind === "title" || i.kind === "heading") && i.text.length >= 4).map((i) => i.text))];
  const templateOf = (item: Item) => {
    const title = titles.find((t) => t !== item.text && item.text.includes(t));
    return title && !PROSE.test(item.text) ? item.text.replace(title, "\u0000").replace(/\d+/g, "0") : null;
  };
  const shapes = items.map(templateOf);
  const templates = new Map<string, number>();
  for (const t of shapes) if (t && t.replace(/[\s\u0000\d-]/g, "").length >= 4) templates.set(t, (templates.get(t) ?? 0) + 1);
  items.forEach((item, k) => {
    const t = shapes[k];
    if (t && (templates.get(t) ?? 0) >= 3 && !KEEP_WHEN_REPEATED.has(item.kind)) item.kind = "furniture";
  });
}

/** A3 / 镇区新闻 / 2017年9月12日… at the top, and 镇区新闻 again between a headline and its lead: the page's running header,
 * which a PDF's text repeats where its next page or column begins; over a headline it still labels a column. */
function markRunningHeaders(items: Item[]) {
  const top = items.slice(0, items.findIndex((i) => i.kind !== "furniture" && i.kind !== "section"));
  // the page's column label among its first lines
  const header = new Set(top.filter((i) => i.kind === "section" && i.line <= 5 && i.text.length <= 16 && !PROSE.test(i.text)).map((i) => i.text));
  // (or on the header's line with the page's number: 第3版 乡镇视点)
  for (const i of top) if (i.kind === "furniture" && i.line <= 5) for (const part of i.text.match(/(?<=^(?:第\s*)?[A-Za-z]{0,2}\d{1,3}\s*版?\s+)[\u4e00-\u9fa5·]{2,8}$/) ?? []) header.add(part);
  items.forEach((item, k) => {
    const prev = items[k - 1];
    const next = items[k + 1];
    if (k < top.length || !header.has(item.text) || !prev || !next) return;
    if ((prev.kind === "title" || prev.kind === "heading") && ["lead", "byline", "text"].includes(next.kind)) item.kind = "furniture";
    // (…全镇肉牛存栏 / 2012年10月19日 / 乡镇视点 / 达到三千二百余头,…: inside a paragraph the PDF's next column broke, under
    // the running head's date)
    if ((prev.kind === "furniture" || (prev.kind === "text" && !endsSentence(prev.text))) && next.kind === "text") item.kind = "furniture";
  });
}

/** 本报讯(…)…开工。 / ■一次改到位 / 这批小区…: a marked label between a story's paragraphs heads the text under it, within
 * the story; a column label stands over a headline. */
function markMarkedSubheads(items: Item[]) {
  items.forEach((item, k) => {
    const before = items[k - 1];
    const after = items[k + 1];
    if (item.kind !== "section" || !/^[■□●◆▲]/.test(item.text) || !before || !after) return;
    if ((before.kind === "text" || before.kind === "lead") && after.kind === "text" && !endsSentence(stripListMark(item.text))) item.kind = "subhead";
  });
}

/** …议事会成员的平均年龄超过65岁。 / 01 小事不出楼院 / 楼道里谁家…: a numbered heading between a story's paragraphs is its
 * subhead, though a page's number and column (A3 镇区新闻) look the same at the top of a page or over a headline. */
function markNumberedSubheads(items: Item[]) {
  // (the page's own number and column, printed at its top and again where a column of the PDF's text begins, stays furniture)
  const top = new Set(items.slice(0, Math.max(0, items.findIndex((i) => i.kind !== "furniture" && i.kind !== "section"))).map((i) => i.text));
  items.forEach((item, k) => {
    const before = items[k - 1];
    const after = items[k + 1];
    if (item.kind !== "furniture" || !/^\d{1,2}\s+[\u4e00-\u9fa5“]/.test(item.text) || PROSE.test(item.text) || top.has(item.text) || !before || !after) return;
    if ((before.kind === "text" || before.kind === "lead") && after.kind === "text") item.kind = "subhead";
  });
}

/** 第三采油厂 / 小发明解决抽油机“老毛病” / 本报讯…: a company paper's unit (厂, 处, 矿, 分局, 公司, a railway's 车务段) or a
 * street of shops (解放碑步行街) alone on its line over a headline and its text is the story's kicker, as a district is on a
 * city paper's page. */
const UNIT_LINE = /^[\u4e00-\u9fa5]{2,8}?(?:分公司|公司|厂|处|(?<!煤)矿|分局|管理局|林业局|矿务局|大队|农场|林场|牧场|油田|采油厂|作业区|车务段|机务段|工务段|电务段|车辆段|供电段|车站|车间|步行街|商业街)$/;
function markUnitKickers(items: Item[]) {
  items.forEach((item, k) => {
    const title = items[k + 1];
    // (the headline's text, or its 副题's: 苇河林业局 / 苇河镇12栋老楼“穿新衣” / 今年改造惠及600余户职工家庭 / ■融媒体记者 …)
    const text = items[k + 2]?.kind === "title" && items[k + 2]!.gap === 0 ? items[k + 3] : items[k + 2];
    // (亚洲陆上最大油田, 沙漠变成了林场: a headline's phrase, no unit's name)
    if (item.kind !== "title" || !UNIT_LINE.test(item.text) || /[的了着最变成为是在]/.test(item.text) || items[k - 1]?.kind === "title") return;
    if (title?.kind !== "title" || title.text.length < item.text.length || !text || !["text", "lead", "byline"].includes(text.kind)) return;
    // (新民镇开展煤矿 / 安全生产大检查: a headline broken after a word of its own, a place and a verb in it, no unit's name)
    if (/镇|乡|街道|社区|村|开展|举办|启动|建成/.test(item.text) || text.text.includes(item.text.slice(-2) + title.text.slice(0, 2))) return;
    item.kind = "kicker";
  });
}

/** ■太阳升街道 / 为低保户送去过冬煤 / 天气渐凉,…: a marked place alone on its line over a headline and its text is the
 * story's kicker, not a list's item. */
function markMarkedKickers(items: Item[]) {
  items.forEach((item, k) => {
    const title = items[k + 1];
    const text = items[k + 2];
    const place = stripListMark(item.text);
    // (■东风镇 / ■红旗镇 / 为低保户送去过冬煤: the last item of a list of places, not a kicker; after ▲村民在…, a caption
    // with another mark, still one)
    if (item.kind !== "bullet" || (items[k - 1]?.kind === "bullet" && items[k - 1]!.text[0] === item.text[0]) || place === item.text || !isPlaceLine(place) || title?.kind !== "title" || !text || (text.kind !== "text" && text.kind !== "lead")) return;
    Object.assign(item, { kind: "kicker", text: place });
  });
}

const MARKED_NAMES = new RegExp(`^[${bylineData.markers}]\\s*[\\u4e00-\\u9fa5]{2,4}(?:[\\s、]+[\\u4e00-\\u9fa5]{2,4}){0,2}$`);

/** 太和镇 柑橘园里话增收 / ■ 周小林 / 盛夏时节,…: a mark and names alone between a headline and its text are its byline. */
function markMarkedNames(items: Item[]) {
  items.forEach((item, k) => {
    const before = items[k - 1];
    const after = items[k + 1];
    if (item.kind === "furniture" || !MARKED_NAMES.test(item.text) || !bareNames(`(${item.text})`)) return;
    if (before && (before.kind === "title" || before.kind === "heading") && after && (after.kind === "text" || after.kind === "lead")) item.kind = "byline";
  });
}

const RELATED_LABEL = /^[【\[]?(?:相关新闻|相关阅读|相关报道|相关链接|相关推荐|延伸阅读|推荐阅读|热点推荐|往期推荐|往期回顾|精彩推荐|更多阅读)[】\]]?[:：]?$/;
/** 往期推荐, 相关推荐: a post's label over links to its other posts, set apart one by one. */
const POST_LINKS_LABEL = /^[【\[]?(?:往期推荐|往期回顾|相关推荐|推荐阅读|精彩推荐|更多阅读|热点推荐)[】\]]?[:：]?$/;
const LINK_ITEM = new RegExp(`^[${LIST_MARKS}>\\-]\\s*\\S`);

/** 相关新闻 / · 巴州区开展“五一”节前安全大检查 / · 恩阳区启动夏季防溺水宣传: a web page's links to other stories, at a story's
 * end (nothing but furniture or a headline after them), are furniture, not briefs. */
function markLinkLists(items: Item[]) {
  for (let k = 0; k < items.length; k++) {
    if (!RELATED_LABEL.test(items[k]!.text.trim())) continue;
    let end = k + 1;
    // marked links, or unmarked ones right under the label
    // (· 首府今冬供热全面启动 2006-11-15: a link with its story's date)
    const linkTitle = (text: string) => stripListMark(text.replace(/^[>\-]\s*/, "")).replace(/\s*[(（]?(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}[)）]?$/, "");
    const link = (item: Item) => (LINK_ITEM.test(item.text) ? item.gap <= 1 : item.gap === 0) && isTitleLike(linkTitle(item.text));
    while (end < items.length && link(items[end]!)) end++;
    // (unmarked and set apart one by one, as a post's 往期推荐 sets its links: only with nothing but the page's end or
    // furniture after them)
    if (end === k + 1 && POST_LINKS_LABEL.test(items[k]!.text.trim())) {
      // (a post's title as it is written: 街道速递丨端午前后，街道里都有哪些暖心事？)
      const postTitle = (text: string) => text.length <= 40 && !/[。；;]/.test(text) && /[？?！!丨|｜]/.test(text);
      const apart = (item: Item) => !LINK_ITEM.test(item.text) && item.gap <= 1 && (isTitleLike(item.text) || postTitle(item.text));
      while (end < items.length && apart(items[end]!)) end++;
      if (end < items.length && items[end]!.kind !== "furniture") continue;
    }
    const after = items[end];
    if (end === k + 1 || (after && !["furniture", "title", "heading", "kicker", "section"].includes(after.kind))) continue;
    for (let j = k; j < end; j++) items[j]!.kind = "furniture";
    k = end - 1;
  }
}

const COMMENTS_LABEL = /^(?:精选留言|留言精选|热门留言|网友留言|全部留言|热门评论|网友评论|最新评论)[:：]?$/;
/** 精选留言 / 包头小李 / 向一线的工作人员致敬!…: a post's readers' comments, at its end (no story's lead or heading after
 * them), are none of its text. */
function markComments(items: Item[]) {
  // (收录于合集 / #街道速递 38个: the collection's tag on the line under it)
  items.forEach((item, k) => {
    if (k > 0 && /^收录于(?:合集|话题)$/.test(items[k - 1]!.text.trim()) && /^#?\S{2,20}\s*\d{1,5}个$/.test(item.text.trim())) item.kind = "furniture";
  });
  const at = items.findIndex((i) => COMMENTS_LABEL.test(i.text.trim()));
  if (at < 0 || items.slice(at + 1).some((i) => i.kind === "lead" || i.kind === "heading")) return;
  for (const item of items.slice(at)) item.kind = "furniture";
}

/** 常州经济开发区报, 邹县大众报, 武汉晚报社区报: a paper named for a place (its name before 报 a county, city, district or
 * zone, or opening with a city's) */
const namesPlacePaper = (paper: string): boolean => {
  const stem = paper.replace(/(?:日报|晚报|时报|晨报|周报|导报|大众报|报)$/, "");
  return ["", "县", "市", "区"].some((suffix) => isPlaceLine(stem + suffix)) || [2, 3, 4].some((n) => CITIES.has(stem.slice(0, n)));
};
/** 工作简报, 新春喜报, 社区播报: words for a kind of notice or column that end in 报, no paper's name */
const NOTICE_WORD = /(?:播报|速报|简报|喜报|捷报|情报|汇报|通报|海报|画报|电报|月报|年报|预报|警报|公报|板报|墙报|快报|周报|日报|晚报)$/;
/** What a running head prints beside the paper's name: the page's number, a column of a few characters, the date. */
const HEAD_PART = /^(?:第?[A-Za-z]{0,2}\d{1,3}版?|第?[一二三四五六七八九十]{1,3}版|[\u4e00-\u9fa5]{2,6}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天])$/;
const headRest = (rest: string) => {
  const parts = rest.split(/[\s·•・|｜]+/).filter(Boolean);
  return parts.length >= 1 && parts.length <= 4 && parts.every((p) => HEAD_PART.test(p));
};
/** 西双版纳报 as the page's first line, or the manifest's paper on a line of its own: the masthead, not a headline. */
function markMastheads(items: Item[], paper: string | null) {
  const name = (text: string) => text.replace(/\s/g, "");
  const paperName = (t: string) => (paper !== null && t === name(paper)) || /^(?:[\u4e00-\u9fa5]{2,8}报|今日[\u4e00-\u9fa5]{2,4})$/.test(t);
  // 都江堰报 on the page's first line, not over a lead or a byline (新春捷报 / 本报讯 …: a headline)
  const after = items.slice(1).find((it) => it.kind !== "furniture");
  const firstIsMasthead = !!items[0] && PAPER_LINE.test(name(items[0].text)) && !["lead", "byline"].includes(after?.kind ?? "");
  const paperInHead = paper ? new RegExp(`(?:^|[\\s·•・|｜])${[...name(paper)].join("\\s*")}(?=$|[\\s·•・|｜])`) : null;
  const column = (t: string) => SECTIONS.has(t) || SECTION_NAME.test(t) || isBriefSection(t) || SECTION_SHAPES.some((re) => re.test(t));
  items.forEach((item, k) => {
    if (item.kind === "furniture") return;
    if ((paper && name(item.text) === name(paper)) || (k === 0 && firstIsMasthead)) item.kind = "furniture";
    // (…智能化改造。 / 常州经济开发区报 / 横林是…: a paper's name alone anywhere, a running head or foot a PDF's text kept,
    // not over a lead or a byline, and not a word for a kind of notice, 简报 or 喜报)
    // (its name a place's: 付出总有回报, 违法建设欢迎举报 are headlines)
    else if (PAPER_LINE.test(name(item.text)) && !NOTICE_WORD.test(name(item.text)) && namesPlacePaper(name(item.text)) && !["lead", "byline"].includes(items.slice(k + 1).find((it) => it.kind !== "furniture")?.kind ?? "")) item.kind = "furniture";
    // (3  邯 钢 报  社区·生活, 邯 钢 报 · 社区生活 ·: the paper's name in a running head, spaced out or not, with the page's
    // number, column or date)
    else if (paperInHead && paperInHead.test(item.text) && headRest(item.text.replace(paperInHead, " "))) item.kind = "furniture";
    // (Cabcal Serkin: a masthead in another script, above the page's first story)
    else if (k <= 2 && /^[A-Za-z][A-Za-z .'&-]{2,40}$/.test(item.text.trim()) && !items.slice(0, k).some((it) => it.kind !== "furniture")) item.kind = "furniture";
    // 来源：长兴新闻 on 长兴新闻's own page: a field of the page, not a credit of the story to another source
    if (item.kind === "source-credit") {
      const source = name(item.text.replace(/^(?:来源|稿件来源|资料来源)[:：]\s*/, "").replace(/[《》]/g, ""));
      if (/^本(?:报|刊|网)/.test(source) || (paper !== null && source.length >= 2 && (source.startsWith(name(paper)) || name(paper).startsWith(source)))) item.kind = "furniture";
    }
    // 县市动态丨东乡县扶贫车间全面复工 积石山县…: a post's title over its roundup, its column and its stories' headlines
    // (two headlines or more after the bar, set apart by a space, a comma, ；, ！ or …: one alone is a story's own headline)
    const post = item.text.match(/^([\u4e00-\u9fa5]{2,8})\s*[丨|｜]\s*(\S.{3,}?(?:\s|[，,；;！!]|……)\s*\S.{3,})$/);
    if (post && k === items.findIndex((it) => it.kind !== "furniture") && column(post[1]!) && !isPlaceLine(post[2]!)) item.kind = "furniture";
    // 县区新闻　　　大兴安岭日报, 今日永嘉 · 第3版 · 乡镇街道, 第 3 版 镇街新闻: the page's running head (its paper, page and
    // column, two of them at least), wherever a page break sets it
    const head = item.text.replace(/^#+\s*/, "").replace(/第\s*([A-Za-z]{0,2}\d{1,3})\s*版/g, "第$1版").trim();
    const pageNo = (t: string) => /^第?[A-Za-z]{0,2}\d{1,3}版$|^第[一二三四五六七八九十]{1,3}版$/.test(t);
    const runningHead = (parts: string[]) => {
      const roles = parts.map((t) => (paperName(t) ? "paper" : pageNo(t) ? "page" : column(t) ? "column" : null));
      return parts.length >= 2 && parts.length <= 3 && roles.every(Boolean) && new Set(roles).size === parts.length;
    };
    // (乡镇·街道 is one column's name: the parts at the spaces first)
    if (runningHead(head.split(/\s+/)) || runningHead(head.split(/\s*[·•|｜丨]\s*|\s+/).filter(Boolean))) item.kind = "furniture";
  });
}

/** An e-paper's title bar: the headline printed among navigation lines (◇ 标题：… / 日期：… 作者：…), then again over the
 * story. */
function markTitleBars(items: Item[]) {
  const plain = (text: string) => bare(text).replace(TITLE_LABEL, "");
  items.forEach((item, k) => {
    if (item.kind !== "title" && item.kind !== "heading" && !(TITLE_LABEL.test(bare(item.text)) && item.kind !== "furniture")) return;
    let j = k + 1;
    while (j < items.length && items[j]!.kind === "furniture") j++;
    if (j > k + 1 && j < items.length && plain(items[j]!.text) === plain(item.text)) item.kind = "furniture";
  });
}

const TITLE_LABEL = /^(?:标题|主标题|题目)[:：]\s*/;

/** 富县新闻丨交道镇万亩苹果迎来采摘季 opening a post, over its account line or its list: the post's title bar, a column's
 * name and a bar before the title it gives the day's posts (the stories under it carry their own headlines). */
function markPostTitle(items: Item[]) {
  const first = items.findIndex((i) => i.kind !== "furniture");
  const item = items[first];
  // (@金牛人，本周这些“家门口”的事，你关注了吗？ / 成都金牛 成都金牛 2024年04月12日 17:45 四川 / …👇 / 📍荷花池街道: a post's
  // title right over its account line, over a roundup of stories with their own headlines, not over a story's text)
  const account = items[first + 1];
  // (not a column's name, 汉阳街区速递, which labels the list below)
  if (item && first <= 3 && account?.kind === "furniture" && /(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}/.test(account.text) && item.text.length <= 40 && !/[。；;]$/.test(item.text) && !isBriefSection(bare(item.text)) && item.kind !== "section") {
    const below = items.slice(first + 2).find((i) => i.kind !== "furniture");
    const headed = below && ["kicker", "section", "title", "heading", "bullet"].includes(below.kind) && items.slice(first + 2).some((i) => i.kind === "title" || i.kind === "heading");
    if (headed && !/^[——-]/.test(below.text)) {
      item.kind = "furniture";
      return;
    }
  }
  // (徐汇 | 枫林路街道: a kicker's district and street)
  if (!item || first > 3 || !/^[^丨｜|]{2,12}[丨｜|][^丨｜|]{2,50}$/.test(bare(item.text)) || PROSE.test(item.text.replace(/[，,]/g, "")) || isPlaceLine(bare(item.text).split(/[丨｜|]/).pop()!.trim())) return;
  const below = items.slice(first + 1).find((i) => i.kind !== "furniture");
  // (not a story's headline with its text right under it, nor one over its 副题: 乡村振兴丨小木耳撑起致富伞 / ——柞水县…)
  if (!below || below.kind === "text" || below.kind === "lead" || below.kind === "byline" || /^[——-]/.test(below.text)) return;
  // (the post's account line right under it, or its title again as a headline further down)
  const title = tocKey(bare(item.text).split(/[丨｜|]/).pop()!);
  if (items[first + 1]?.kind !== "furniture" && !items.slice(first + 1).some((i) => (i.kind === "title" || i.kind === "heading") && similarity(title, tocKey(i.text)) >= 0.5)) return;
  item.kind = "furniture";
}

const tocKey = (text: string) => bare(text).replace(/^[\d.、\s]+/, "").replace(/[\s.…·\-—▶→]*[A-Za-z]?\d{0,3}(?:[、,，][A-Za-z]?\d{1,3})*版?$/, "").replace(/^[^:：]{1,8}[:：]/, "").replace(/\s/g, "");

/** Dice coefficient of the character pairs of two texts. */
function similarity(a: string, b: string): number {
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, k) => s.slice(k, k + 2));
  const pa = pairs(a);
  const pb = new Map<string, number>();
  for (const p of pairs(b)) pb.set(p, (pb.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of pa) {
    const n = pb.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pb.set(p, n - 1);
    }
  }
  return pa.length + pairs(b).length ? (2 * shared) / (pa.length + pairs(b).length) : 0;
}

/** A short note in brackets closing a list's entry: （3则）, (5则). */
const BRACKET_NOTE = /[(（][^()（）。，,]{1,6}[)）]$/;
const LISTABLE = new Set<ItemKind>(["title", "heading", "bullet", "kicker", "text", "section"]);

/** A block of short lines at the page's top (after 本版导读, or not) that recur as headlines below is its table of contents. */
function markContents(items: Item[]) {
  let end = 0;
  while (end < items.length) {
    const item = items[end]!;
    // (· 县市区快讯（3则）: a short note in brackets ends an entry, not a sentence)
    // (· 平房“煤改电”补贴怎么领?: a headline may ask)
    if (item.kind !== "furniture" && !(LISTABLE.has(item.kind) && item.text.length <= 40 && (!endsSentence(item.text) || BRACKET_NOTE.test(item.text) || /^[^。，,]{4,30}[?？!！]$/.test(item.text)))) break;
    end++;
  }
  if (end < 2) return;
  const labelled = items.slice(0, end).some((i) => TOC_LABEL.test(bare(i.text)));
  const keys = items.map((i) => (i.kind === "furniture" ? "" : tocKey(i.text)));
  const isHeadline = (i: Item) => i.kind === "title" || i.kind === "heading" || i.kind === "bullet";
  // how like a later headline each line of the block is (an exact copy, or reworded: 1.0 … 0.4)
  // and which later line it lists
  const target: number[] = [];
  const likeness = items.slice(0, end).map((item, k) => {
    const key = keys[k]!;
    target[k] = items.length;
    // a kicker or a column label recurs over every story of its place or column: no list entry
    if (key.length < 4 || item.kind === "furniture" || item.kind === "kicker" || item.kind === "section") return 0;
    const copy = keys.indexOf(key, k + 1);
    if (copy > 0) {
      target[k] = copy;
      return 1;
    }
    let best = 0;
    for (let h = k + 1; h < items.length; h++) {
      if (!isHeadline(items[h]!)) continue;
      const like = similarity(key, tocKey(items[h]!.text));
      if (like > best) [best, target[k]] = [like, h];
    }
    return best;
  });
  // a list: after 本版导读, a line like a later headline; else one nearly the same, or three in a row like some
  const inRun = (k: number) => {
    let a = k;
    let b = k;
    while (a > 0 && likeness[a - 1]! >= 0.5) a--;
    while (b < likeness.length - 1 && likeness[b + 1]! >= 0.5) b++;
    return b - a + 1 >= 3;
  };
  // (under 今日导读 the list begins below its label: a post's own title above the label, 富县新闻丨交道镇万亩苹果…, is none of it)
  const labelAt = labelled ? items.findIndex((i, k) => k < end && TOC_LABEL.test(bare(i.text))) : -1;
  for (let k = 0; k < labelAt; k++) likeness[k] = 0;
  let listedAt = items.slice(0, end).flatMap((_, k) => (likeness[k]! >= (labelled ? 0.4 : 0.75) || (likeness[k]! >= 0.5 && inRun(k)) ? [k] : []));
  // the list ends where the first story it lists begins, with the kicker or 引题 over its headline
  let cut = Math.min(end, ...listedAt.map((k) => target[k]!));
  while (cut > 0 && (items[cut - 1]!.kind === "kicker" || /[—–-]{1,2}$/.test(items[cut - 1]!.text.trim()))) cut--;
  listedAt = listedAt.filter((k) => k < cut);
  const listed = listedAt.map((k) => items[k]!);
  if (listed.length < (labelled ? 1 : 2)) return;
  for (const item of listed) item.kind = "furniture";
  // (a line the list copies word for word; a reworded entry, 下营镇今春计划造林1.2万亩 for 今春计划造林1.2万亩, names its story
  // less surely than its 主题)
  for (const k of listedAt) if (likeness[k] === 1 && target[k]! >= cut && target[k]! < items.length) items[target[k]!]!.listed = true;
  // 长垣县起重机械 / 配件加工 / 带富十万人 under a list naming 长垣县起重机械配件加工带富十万人: a headline the page broke over
  // three or four lines, which the list names whole, is one line
  const entries = new Set(listed.map((i) => tocKey(i.text)).filter((key) => key.length >= 6));
  for (let h = cut; h < items.length; h++) {
    // (not a county's short name over its headline, 武义 / 柳城畲族镇：…, which the list prints on one line: a kicker)
    if (!isHeadline(items[h]!) || entries.has(keys[h] ?? "") || items[h]!.text.length < 4 || isPlaceLine(items[h]!.text)) continue;
    let text = items[h]!.text;
    for (let m = h + 1; m < items.length && m - h <= 3 && isHeadline(items[m]!) && items[m]!.level === items[h]!.level && items[m]!.gap <= 1 && items[m]!.text.length >= 4; m++) {
      text += items[m]!.text;
      // (three lines or more: two, 金华园街道“社区夜校”开课 / 课程由居民“点单”, are as often 主题 and 副题 listed together)
      if (m - h < 2 || !entries.has(tocKey(text)) || /[—–]/.test(text)) continue;
      Object.assign(items[h]!, { text, end: items[m]!.end ?? items[m]!.line, listed: true });
      items.splice(h + 1, m - h);
      keys.splice(h + 1, m - h);
      break;
    }
  }
  // under 本版导读 the list runs on from the label to its last entry like a headline, the reworded entries between
  // included, and on past it while the lines open with the entries' own mark (◇, ·, ■)
  if (!labelled) return;
  const label = items.findIndex((i, k) => k < end && TOC_LABEL.test(bare(i.text)));
  const last = items.lastIndexOf(listed[listed.length - 1]!);
  const marks = new Set(listed.map((i) => i.text.trim()[0]).filter((c): c is string => !!c && LIST_MARK.test(c)));
  for (let k = label + 1; k < cut; k++) {
    const item = items[k]!;
    // (and the last entry of a list set tight under its label, a blank line after it, however reworded its story's
    // headline is: 本版导读 / … / 西青区为86名困难职工子女发放助学金 / (blank) / 和平区)
    const below = items[k + 1];
    const tightLast = item.gap === 0 && items[k - 1]!.kind === "furniture" && !!below && below.gap >= 1 && ["title", "heading", "kicker", "section"].includes(below.kind) && isTitleLike(item.text) && (!endsSentence(item.text) || BRACKET_NOTE.test(item.text)) && items.slice(label + 1, k).every((i) => i.gap === 0);
    if (k > last && !marks.has(item.text.trim()[0] ?? "") && !tightLast) break;
    // (a column's name marked as the entries are, ● 城区快讯, is an entry too)
    if ((item.kind === "kicker" || item.kind === "section") && (!marks.has(item.text.trim()[0] ?? "") || item.gap > 0)) continue;
    item.kind = "furniture";
  }
}

/** 本版新闻列表 / · 让胡路区新材料产业园集中签约4个项目 / … under the stories: the page's list of its headlines at its foot,
 * each entry the copy (or nearly) of a headline above. */
function markFootContents(items: Item[]) {
  items.forEach((label, k) => {
    if (k === 0 || !TOC_LABEL.test(bare(label.text))) return;
    const above = items.slice(0, k).filter((i) => i.kind === "title" || i.kind === "heading" || i.kind === "bullet").map((i) => tocKey(i.text));
    if (above.length === 0) return;
    for (let j = k + 1; j < items.length; j++) {
      const entry = items[j]!;
      if (entry.kind === "furniture") continue;
      const key = tocKey(entry.text);
      if (!LISTABLE.has(entry.kind) || endsSentence(entry.text) || key.length < 4 || !above.some((h) => h === key || similarity(key, h) >= 0.75)) break;
      entry.kind = "furniture";
    }
  });
}

/** A mark opening each entry of a printed list. */
const LIST_MARK = new RegExp(`[${LIST_MARKS}□\\-]`);
