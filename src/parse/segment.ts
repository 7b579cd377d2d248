// Items → article drafts: "卫滨区 / 召开…推进会 / 本报讯 4月7日,…" is one article; "社区书屋开门 / 近日,…" too (no lead); a subhead stays in its article; a caption is a photo; "●…" is a brief.
import type { Context } from "./context.ts";
import type { Draft, Item } from "./types.ts";
import { isBylineText, isPhotoCreditText, leadMark, parseByline, readPeople, splitEndByline, splitLead, splitPhotoCredit, SURNAME } from "./parse-byline.ts";
import { BLOT_LINE, RULE_LINE, captionLike, endsSentence, joinLines, longCaptionLike, isTitleLike, LIST_MARKS, NUMBERED_RUN_IN, PHOTO_NUMBER, quotesSpeech, REFERS_BACK, sharesRun, SPECK_LINE, stripListMark, TOWN_SHAPE } from "./text-shape.ts";
import { exportColumn, isBriefSection, isPhotoSection, isStoryField, JUMP, publishedDate } from "./classify.ts";
import { findDistricts, findPlaces, isPlaceLine, isShortAreaName } from "./gazetteer.ts";
import { mainHeading, rejoinBroken, startsWithPlace } from "./titles.ts";
import continuations from "../data/continuations.json" with { type: "json" };
import placeWords from "../data/place-words.json" with { type: "json" };

const TITLE_KINDS = new Set(["heading", "title", "kicker", "section"]);
/** 据介绍, 此外, 记者从…获悉: a paragraph that goes on with the story above. */
const CONTINUATION = new RegExp(continuations.opening);
/** A list's mark (□ too) opening a line. */
const MARKED = new RegExp(`^[${LIST_MARKS}□]`);
/** A caption says so: 图①:…, 图为…, 上图:… (a ▲ before a paragraph is as often an OCR speck) */
/** One short sentence and who gave the photo: 志愿者用爬楼机护送老人下楼。(山大路街道提供). */
// (3月12日，游客在都峤山景区观赏杜鹃花。时下，…。（县旅游局提供）: a dated scene of two sentences too)
const PROVIDED_PHOTO = /^[^。！？!?]{4,40}[。！!]?\s*[(（][^()（）]{2,20}(?:提供|供图)[)）]$|^\d{1,2}月\d{1,2}日[，,][^，,。]{1,14}(?:在|正在)[^。！？!?]{2,50}[。！!](?:[^。！？!?]{4,60}[。！!])?\s*[(（][^()（）]{2,20}(?:提供|供图)[)）]$/;
/** 10月14日，…: a caption's or a dateline's day, opening the text. */
const DATE_OPENING = /^\d{1,2}月\d{1,2}日[，,]\s*/;
/** …的村民在晾晒…, 桃农正在修剪…: someone somewhere, as a photo's scene opens. */
const SCENE_OPENING = /^[^，,。]{1,14}(?:在|正在)/;
/** An e-paper's navigation between articles (a running page header inside a story is not). */
const NAVIGATION = /上一篇|下一篇|上一条|下一条|分享到|返回|打印|关闭|字号|版面导航/;
/** A paragraph dated to its day (11月25日，…; 2004年3月27日，…). */
const DATELINE = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日/;
/** How a photo's caption opens: its day, or who is doing what where and when (市民在…, 工人正在…, 志愿者日前…). */
const PHOTO_OPENING = /^(?:\d{1,2}月\d{1,2}日|近日|日前|昨日|昨天|今天|连日来|[\u4e00-\u9fa5]{1,4}节前夕)[，,]|^[\u4e00-\u9fa5]{2,6}(?:前夕|期间|之际)[，,](?=[\u4e00-\u9fa5]{2,4}(?<![景园社小辖城山])(?:区|县|镇|乡|街道|村))|^[^，,。]{2,14}(?:在|正在)|^[^，,。]{4,20}(?:日前|近日|昨日|昨天)/;
/** 图①：…, 图① 4月14日…, 图2：…, 图为…, 上图：… */
const CAPTION_MARK = new RegExp(`${PHOTO_NUMBER.source}|^(?:图为|[上下左右]图[:：为])`);
/** A paragraph that starts like this goes on from what came before, so it is no caption. */

interface State {
  drafts: Draft[];
  cur: Draft | null;
  /** true once an end byline or a caption has closed the current draft. */
  closed: boolean;
  /** inside a brief list (区街速递): drafts opened are briefs, under the list's label */
  briefs: boolean;
  briefSection: string | null;
  /** under a photo-news label (图片新闻): each paragraph is a caption, a photo of its own */
  photoSection: string | null;
  /** a group credit (本组图片由…摄) closed the story: the captions after it are its photos' */
  captionsFollow: boolean;
  /** the item right after a markdown rule (---): it joins no photos of the record above the rule */
  ruledBefore: number;
}

function newDraft(first: Item, kind: Draft["kind"] = "article"): Draft {
  return {
    kind,
    section: null,
    kicker: null,
    titles: [],
    bylines: [],
    body: [],
    captions: [],
    credits: [],
    continued: null,
    published: null,
    startLine: first.line,
    endLine: first.end ?? first.line,
  };
}

const touch = (d: Draft, item: Item) => {
  d.startLine = Math.min(d.startLine, item.line);
  d.endLine = Math.max(d.endLine, item.end ?? item.line);
};

const headlineOf = (d: Draft) => d.titles.map((t) => t.text).join(" ");
/** The story gives up its last paragraph (to a photo of its own) and ends before it. */
const dropLastParagraph = (d: Draft) => {
  d.body.pop();
  d.endLine = Math.max(d.startLine, ...d.body.map((b) => b.end ?? b.line));
};
const named = (d: Draft) => parseByline(d.bylines).people.length > 0;
/** 本组图片由…摄, 本版图片由…提供, 本组照片 沈建华 摄: one credit for a group of photos. */
const GROUP_CREDIT_WORDS = /由|^本组(?:摄影|图片|照片)/;
/** 【编者按】…, 编者按：…: an editor's note set over a story. */
const EDITORS_NOTE = /^[【\[]?\s*编者按/;
const namesWriter = (d: Draft) => parseByline(d.bylines).people.some((p) => p.role !== "摄影");

/** (下转A03版) → ["to", "A03"]; (上接第一版) → ["from", "1"]. */
function readJump(text: string): ["from" | "to", string] | null {
  const m = text.match(JUMP);
  if (!m) return null;
  const digits = "一二三四五六七八九十";
  let page = m[2]!;
  if (/^[一二三四五六七八九十]+$/.test(page)) {
    const [a, b] = page.split("十");
    page = String(page.includes("十") ? (a ? digits.indexOf(a) + 1 : 1) * 10 + (b ? digits.indexOf(b) + 1 : 0) : digits.indexOf(page) + 1);
  }
  return [/^(上接|接上|紧接|接第|续)/.test(m[1]!) ? "from" : "to", page.toUpperCase()];
}

export function segment(items: Item[], ctx: Context): Draft[] {
  const st: State = { drafts: [], cur: null, closed: false, briefs: false, briefSection: null, photoSection: null, captionsFollow: false, ruledBefore: -1 };
  /** A headline with nothing under it before the next story (navigation, a list item): the OCR lost its text. */
  const settleEmpty = () => {
    const prev = st.cur;
    if (prev && prev.kind === "article" && prev.titles.length > 0 && prev.body.length === 0 && prev.captions.length === 0 && prev.bylines.length === 0) {
      prev.kind = "brief";
      ctx.report("segment/lost-text", "warning", prev.titles[0]!.line, `headline “${headlineOf(prev)}” is followed by no text (OCR lost it?); published as a headline only`);
    }
  };
  /** an export's fields over the next story's headline, waiting for it */
  let fieldsAhead: Item[] = [];
  /** drafts read as items of a brief list because one was open when they began */
  const listed = new Set<Draft>();
  const open = (d: Draft) => {
    settleEmpty();
    if (st.briefs && d.kind === "article") {
      d.kind = "brief";
      listed.add(d);
    }
    if (st.briefs && d.kind === "brief") d.section ??= st.briefSection;
    flushLabels(d);
    // (the fields of an export's block over its headline: 作者: …, 日期: …)
    for (const field of fieldsAhead) {
      if (field.kind === "byline") d.bylines.push(field.text);
      d.published ??= publishedDate(field.text);
      touch(d, field);
    }
    fieldsAhead = [];
    st.drafts.push(d);
    st.cur = d;
    st.closed = false;
  };
  const next = (j: number) => {
    while (j < items.length && items[j]!.kind === "furniture") j++;
    return j;
  };
  // a page whose bylines stand after their stories: a story that has not yet had its byline goes on past a subhead
  const endBylines = items.some((it, k) => {
    if (it.kind !== "byline") return false;
    let p = k - 1;
    while (p >= 0 && items[p]!.kind === "furniture") p--;
    return p >= 0 && items[p]!.kind === "text";
  });
  /** The page marks its headlines as headings: one stands over a lead or a byline. */
  const pageHeadings = items.some((it, k) => it.kind === "heading" && ["lead", "byline"].includes(items[next(k + 1)]?.kind ?? ""));
  /** A caption: a paragraph with a photo credit, or one set apart by a wide gap with no body after it. */
  const repeatedFurniture = new Map<string, number>();
  for (const it of items) if (it.kind === "furniture") repeatedFurniture.set(it.text, (repeatedFurniture.get(it.text) ?? 0) + 1);
  /** The page sets no blank lines between its paragraphs (an OCR that dropped them). */
  const blankless = items.filter((it) => it.gap > 0).length <= items.length / 10;
  /** One to four captions, then a photo credit (春到盘龙江 / 3月25日,… / 本组图片由…摄): the photos of a headline above. */
  const photoBlockAt = (j: number): boolean => {
    let k = j;
    let n = 0;
    while (n < 4 && items[k]?.kind === "text") {
      // a caption the column broke goes on in the next line (…跳起欢快 / 的舞蹈。)
      let text = items[k]!.text;
      while (!endsSentence(text) && items[k + 1]?.kind === "text" && items[k + 1]!.gap === 0 && !items[k + 1]!.indent) text += items[++k]!.text;
      if (!(captionLike(text, 80) || (text.length <= 120 && /图为/.test(text)) || (n === 0 && longCaptionLike(text)))) break;
      n++;
      k = next(k + 1);
    }
    const credit = items[k];
    return n > 0 && !!credit && (credit.kind === "photo-credit" || (credit.kind === "byline" && isPhotoCreditText(credit.text))) && !storyGoesOn(k);
  };
  /** Under the credit at `k`, a paragraph of several sentences goes on with the story (its photo between paragraphs). */
  const storyGoesOn = (k: number): boolean => {
    const after = items[next(k + 1)];
    // (or one opening as only a story's next paragraph opens: 据了解,此次活动共栽植苗木3000余株。…)
    return !GROUP_CREDIT_WORDS.test(items[k]!.text) && after?.kind === "text" && !after.caption && ((after.text.length > 80 && (after.text.match(/[。！？!?]/g)?.length ?? 0) >= 2) || (CONTINUATION.test(after.text) && (after.text.match(/[。！？!?]/g)?.length ?? 0) >= 2)) && !isCaption(next(k + 1));
  };
  /** From `k`, past captions classify set over a story and the byline under them (▲… / 奉节报记者 王军 / “家人们…): the
   * story's lead or text. */
  const storyFollows = (k: number): boolean => {
    while (k < items.length && ((items[k]!.kind === "text" && items[k]!.caption) || items[k]!.kind === "byline")) k = next(k + 1);
    return (items[k]?.kind === "lead" || items[k]?.kind === "text") && !items[k]!.caption;
  };
  const isCaption = (j: number): boolean => {
    const item = items[j];
    if (!item || item.kind !== "text") return false;
    if (splitPhotoCredit(item.text) || CAPTION_MARK.test(item.text) || PROVIDED_PHOTO.test(item.text)) return true;
    if (item.gap < 2 || REFERS_BACK.test(item.text)) return false;
    const after = items[next(j + 1)];
    return !after || TITLE_KINDS.has(after.kind) || after.kind === "photo-credit" || (after.kind === "text" && after.gap >= 2);
  };
  const photoFrom = (item: Item): Draft => {
    const d = newDraft(item, "photo");
    const split = splitPhotoCredit(item.text);
    d.body.push(split ? { ...item, text: split[0] } : item);
    if (split) d.bylines.push(split[1]);
    return d;
  };
  /** A headline's short paragraphs over one credit: photo news, each paragraph a photo's caption. */
  const photoGroup = (d: Draft, credit: string, at: Item) => {
    d.kind = "photo";
    const paragraphs = joinLines(d.body.splice(0));
    // (清晨六点半,…一年比一年多。 / ①退休职工… / ②… / ③…: over photos the page numbers, a paragraph it does not is the
    // story's text)
    const numbered = paragraphs.filter((c) => CIRCLED_NUMBER.test(c.text));
    const lead = numbered.length >= 2 ? paragraphs.findIndex((c) => CIRCLED_NUMBER.test(c.text)) : 0;
    if (lead > 0 && paragraphs.slice(lead).every((c) => CIRCLED_NUMBER.test(c.text))) d.body.push(...paragraphs.splice(0, lead));
    for (const c of paragraphs) d.captions.push({ text: c.text, photographers: parseByline([credit]).photographers, line: c.line });
    d.bylines.push(credit);
    touch(d, at);
    st.closed = true;
    ctx.report("segment/group-credit", "info", at.line, `photo credit “${credit}” under a headline and ${d.captions.length} short paragraph(s): photo news, its paragraphs the captions`);
  };
  /** A caption over its photo credit (a line of its own), as a photo news of its own that closes the page's flow so far. */
  const creditedPhoto = (caption: Item, credit: Item) => {
    const photo = photoFrom(caption);
    photo.bylines.push(credit.text);
    touch(photo, credit);
    st.drafts.push(photo);
    st.cur = photo;
    st.closed = true;
  };
  const orphan = (titles: Item[], why: string) => {
    const d = newDraft(titles[0]!, "brief");
    for (const t of titles) {
      d.titles.push(t);
      touch(d, t);
    }
    st.drafts.push(d);
    ctx.report("segment/lost-text", "warning", titles[0]!.line, `headline “${headlineOf(d)}” ${why}; published as a headline only`);
  };
  /** Stories whose paragraph at this line closed with their byline. */
  const closedBy = new Map<Draft, number>();
  /** Body text, with a byline or jump line closing it split off: "…取得实效。(通讯员 王森)". */
  const addBody = (d: Draft, item: Item) => {
    let text = item.text;
    const jump = text.match(/[(（](下转|转下|转第|转至)[^()（）]{1,8}[)）]$/);
    /** …同时探索“车间+(下转第四版): the story goes on on another page, not here */
    let continuedElsewhere = false;
    if (jump) {
      const read = readJump(jump[0]);
      if (read) {
        d.continued = { ...d.continued, [read[0]]: read[1] };
        text = text.slice(0, jump.index).trim();
        continuedElsewhere = read[0] === "to";
      }
    }
    const from = text.match(/^[(（](上接|接上|紧接|接第)[^()（）]{1,8}[)）]/);
    if (from) {
      const read = readJump(from[0]);
      if (read) {
        d.continued = { ...d.continued, [read[0]]: read[1] };
        text = text.slice(from[0].length).trim();
      }
    }
    const credit = text.match(/[(（][^()（）]{2,30}(?:提供|供稿|供图)[)）]$/);
    if (credit && credit.index! > 0) {
      d.credits.push(credit[0]);
      text = text.slice(0, credit.index).trim();
    }
    const end = splitEndByline(text);
    if (end) {
      text = end[0];
      d.bylines.push(end[1]);
    }
    // …促进烟叶生长。摄影记者马建: the story's photo credit closing its paragraph
    const photoCredit = !end && d.kind !== "photo" && /[。！？!?”]\s*(?:本报|记者|摄影|通讯员|特约|首席|融媒体|全媒体)[^。！？!?]{2,30}$|[。！？!?”]\s*[\u4e00-\u9fa5·]{2,6}\s*摄$/.test(text) ? splitPhotoCredit(text) : null;
    if (photoCredit) {
      text = photoCredit[0];
      d.bylines.push(photoCredit[1]);
    }
    if (text) d.body.push(text === item.text ? item : { ...item, text });
    if (end || continuedElsewhere) closedBy.set(d, item.line);
    touch(d, item);
    return end !== null;
  };
  /** The story so far stops mid-sentence: what follows goes on with it (a column break). */
  const goesOn = (d: Draft) => {
    const last = [...d.body].reverse().find((b) => b.kind === "text" || b.kind === "lead");
    return last !== undefined && d.body[d.body.length - 1] === last && !endsSentence(last.text) && !/[:：]$/.test(last.text) && closedBy.get(d) !== last.line;
  };
  /** Whether the text from `j` to the next headline carries a byline of its own (own line, or closing a paragraph). */
  const hasOwnByline = (j: number, creditSigns = false) => {
    for (let k = j; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind === "byline" || it.kind === "lead") return true;
      if (it.kind === "text" && splitEndByline(it.text)) return true;
      // (…向周边居民开放内部停车场。 / （市建设交通委提供）: who gave the story signs it, as a byline does, where asked; it
      // closes the block either way: …优化审批流程。 / （图片由金水区发改委提供） / 本报讯 … is another story's lead)
      if (it.kind === "source-credit" && items[k - 1]?.kind === "text" && endsSentence(items[k - 1]!.text)) return creditSigns;
      // (谢桥矿首个综采面试生产 / 7月15日,…试生产。这是工人们在检查液压支架。 / 蒋文 摄: a caption's few lines over their credit;
      // not a paragraph quoting a speaker, “靠的是…。”安监处长刘明说。…, over the credit of the story's photo)
      if (it.kind === "photo-credit") return items.slice(j, k).every((c) => c.kind === "text") && items.slice(j, k).reduce((n, c) => n + c.text.length, 0) <= 200 && !quotesSpeech(items.slice(j, k).map((c) => c.text).join(""));
      if (it.kind === "heading" || it.kind === "section" || it.kind === "kicker" || it.kind === "bullet" || it.kind === "title") return false;
    }
    return false;
  };
  /** Whether the block from `j` to the next title or rule across the page has a byline, lead or photo credit of its own. */
  const blockSigned = (j: number) => {
    for (let k = j; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind === "byline" || it.kind === "lead" || it.kind === "photo-credit" || (it.kind === "text" && splitEndByline(it.text))) return true;
      if (TITLE_KINDS.has(it.kind) || it.kind === "bullet" || (it.kind === "furniture" && RULE_LINE.test(it.text.trim()))) return false;
    }
    return false;
  };
  /** Whether `title` is two or three short phrases of one length (统一养殖 降低成本) and another line of that shape is a
   * subhead of the story already or follows before the next lead, byline or heading. */
  const parallelSubheads = (d: Draft, title: Item, j: number) => {
    const shape = (t: string) => {
      const parts = t.split(/[ \u3000]+/);
      return parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^[\u4e00-\u9fa5“”]{2,7}$/.test(p) && p.length === parts[0]!.length) ? `${parts.length}x${parts[0]!.length}` : null;
    };
    const own = shape(title.text);
    if (!own) return false;
    if (d.body.some((b) => (b.kind === "subhead" || b.kind === "title") && shape(b.text) === own)) return true;
    for (let k = j; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind === "lead" || it.kind === "byline" || it.kind === "heading" || it.kind === "section") return false;
      if (it.kind === "title" && shape(it.text) === own) return true;
    }
    return false;
  };
  /** A short line followed by text inside a story is a subhead when the story still awaits its byline, stopped mid-sentence,
   * or had its byline and what follows has none of its own (a story with a byline goes on under its subheads). */
  // (packed: the item, not the list's first, starts right under the one before it)
  const afterPackedList = (d: Draft, title: Item) =>
    st.briefs && d.kind === "brief" && title.gap >= 1 && st.drafts[st.drafts.indexOf(d) - 1]?.kind === "brief" && items.find((it) => it.line === d.startLine)?.gap === 0 && d.body.every((b) => b.gap === 0);
  const isSubheadOf = (d: Draft, title: Item, j: number) => {
    // 将官池镇：麦浪翻滚丰收在望: a place and its colon open a story's headline, never a subhead
    if (/^[\u4e00-\u9fa5]{2,10}[:：]/.test(title.text) && startsWithPlace(title.text)) return false;
    // (◎清徐老陈醋企业抱团申请地理标志 in the page's list of its stories: that line below heads one, its byline its own)
    // (not a feature's summary box listing its own subheads: the list names this story's headline too, or the block under
    // the line signs for itself)
    if (title.listed && (d.titles.some((t) => t.listed) || hasOwnByline(j))) return false;
    // (… / --- / ### 油菜花开田成画 / … / 文/罗晓燕 图/陈刚: a title under a rule across the page, over a block with a byline
    // of its own before the next rule or title, heads the next story; * * * / ### 一本民情日记 / … with none is a section
    // of a long story)
    const above = items[items.indexOf(title) - 1];
    if (above?.kind === "furniture" && RULE_LINE.test(above.text.trim()) && blockSigned(j)) return false;
    if (title.level > 0) {
      // ### under a ## headline is a subhead of its story; a heading of the headline's rank or above starts one
      const rank = Math.min(...d.titles.map((t) => (t.kind === "heading" ? t.level : 99)));
      // under a plain-line headline, a heading is read as a short line is (“弃管楼”有了管家 … ## 先服务后收费)
      // (under its byline too: ## 雁山镇…开课 / 文/图 记者 周洁 / ### 周末有人陪)
      if (rank < 99 || pageHeadings) return (d.body.length > 0 || (d.bylines.length > 0 && !startsWithPlace(title.text))) && title.level > rank && rank < 99;
    }
    // (岑河镇召开… / ~ ˙ ┅ .. · / 沙市区学校…: a title with only a line of OCR's specks under it lost its text)
    const lastTitle = d.titles.length ? items.indexOf(d.titles[d.titles.length - 1]!) : -1;
    const between = lastTitle >= 0 ? items.slice(lastTitle + 1, items.indexOf(title)) : [];
    if (d.body.length === 0) return !(d.bylines.length === 0 && between.length > 0 && between.every((b) => b.kind === "furniture" && SPECK_LINE.test(b.text)));
    // (乡镇简讯 / 赤水镇培训茶农 / … / 葛坑镇排查地灾隐患 / …: in a brief list, a title opening with its place over text is
    // the next item)
    if (st.briefs && d.kind === "brief" && d.titles.length > 0 && !goesOn(d) && opensWithPlaceName(d.titles[0]!.text) && opensWithPlaceName(title.text)) return false;
    // (区县快讯 / 【鄠邑区】 / 开展农资打假专项行动 / … / (blank) / 普法小课堂：…怎么办？ / …: a title set apart under a list whose
    // items were printed with no blank line heads a story after the list)
    if (afterPackedList(d, title)) return false;
    // 夏季用电安全小贴士 / 来源：沭阳日报 / 发布时间：…: a title over a scraped story's fields heads a story of its own
    if (j < items.length && items[j]!.kind === "furniture" && isStoryField(items[j]!.text)) return false;
    // the story above stopped mid-sentence: a column break goes on in a line that ends the sentence (…清爽了。), where
    // a line with no punctuation over more text is the next story's headline (the story above was cut off)
    // (…办起了越剧展陈馆,每 / 到周末都有外地戏迷专程赶 / 来看戏。: a short end of a sentence under it says the line goes on too)
    // (a quote closed that the line did not open goes on from the line above: 场”活动开展以来; “新型社区” is a headline's)
    if (goesOn(d)) return /[，。；！？、,;!?：:]/.test(title.text) || (title.text.match(/[”」]/g)?.length ?? 0) > (title.text.match(/[“「]/g)?.length ?? 0) || (items[j]?.kind === "text" && items[j]!.gap === 0 && items[j]!.text.length <= 8 && endsSentence(items[j]!.text));
    // a line that opens with a street or district is a story's headline (文新街道“垃圾不落地”试点满月), not a subhead
    if (startsWithPlace(title.text)) return false;
    // 统一养殖 降低成本 … 订单收购 不愁销路: parallel phrases of one shape, more than once before the next lead or
    // byline, are a story's subheads
    if (!st.briefs && parallelSubheads(d, title, j)) return true;
    // a story whose last paragraph closed with its byline ((记者 宋佳 实习生 龚雪)) is over
    if (d.body.length > 0 && d.body[d.body.length - 1]!.line === closedBy.get(d)) return false;
    // (…一百二十多幅。(公司老干部处提供): so is one whose last paragraph closed with who supplied it)
    if (d.titles.length === 0 && d.body.length > 0 && SUPPLIED_END.test(items.find((it) => it.line === d.body[d.body.length - 1]!.line)?.text ?? "")) return false;
    // a page whose headlines are headings (## 孙家集街道：…): a plain title line in a heading's story is its subhead
    if (pageHeadings && title.level === 0 && d.titles.some((t) => t.kind === "heading")) return true;
    // (a story that went on under a subhead already goes on under this one: a source credit at its end is the whole story's)
    // (and only under a title a headline's length, or over one short paragraph, a photo's caption (宝山记忆 / 上世纪七十年代的
    // 淞兴路，… / (区档案局提供)): 下一步打算 over the story's closing paragraphs is a subhead)
    // ((图片由金水区发改委提供) credits the story's own photo)
    const oneCaption = items[j]?.kind === "text" && items[j]!.text.length <= 80 && !/介绍|表示|认为|下一步|今后|[^小]说[，,：:。]/.test(items[j]!.text) && items[next(j + 1)]?.kind === "source-credit" && !/图片|照片/.test(items[next(j + 1)]!.text);
    if (named(d)) return !st.briefs && !hasOwnByline(j, (title.text.replace(/\s/g, "").length >= 10 || oneCaption) && !d.body.some((b) => b.kind === "subhead" || TITLE_KINDS.has(b.kind)));
    // a story continued from another page left its byline there
    return endBylines || d.bylines.length > 0 || !!d.continued?.from;
  };

  /** ▲安达市举办奶业发展论坛 安达市日前… / (blank) / 六月的宁安市渤海镇，…: a paragraph set apart under a list whose items
   * stand tight, one under another, after an item that ended its sentence, is none of the list's */
  const apartFromTightList = (d: Draft, item: Item) => {
    // (据了解，安达市现有…: a paragraph going on from the item is the item's)
    if (d.kind !== "brief" || item.gap === 0 || item.indent || d.body.length === 0 || !endsSentence(d.body[d.body.length - 1]!.text) || CONTINUATION.test(item.text)) return false;
    const opening = items.find((it) => it.line === d.startLine);
    const before = st.drafts[st.drafts.indexOf(d) - 1];
    return !!opening && opening.kind === "bullet" && opening.gap === 0 && before?.kind === "brief" && d.body.every((b) => b.gap === 0);
  };
  /** 社区简讯 / 望花区建设街道近日组织… / 东洲区新屯街道为…开设…: in a list of unmarked, untitled items, each a sentence that
   * opens with its place, a line opening with another place after one that ended its sentence is the next item. */
  const nextUnmarkedItem = (d: Draft, item: Item) => {
    if (!st.briefs || d.titles.length > 0 || d.kicker !== null || d.body.length === 0 || d.body.some((b) => b.kind !== "text")) return false;
    const last = d.body[d.body.length - 1]!.text;
    if (!endsSentence(last) || CONTINUATION.test(item.text)) return false;
    // (市区简讯 / 朝阳路街道近日… / 地处老城区的崇文街街道,… / 沙市港务局职工医院日前…: short paragraphs each set apart, one item each)
    const short = (text: string) => text.length <= 160 && endsSentence(text);
    if (d.body.length === 1 && item.gap >= 1 && d.body[0]!.gap >= 1 && short(last) && short(item.text)) return true;
    return !d.body.some((b) => !opensWithPlaceName(b.text)) && opensWithPlaceName(item.text);
  };
  /** (上接第一版) after a story's end: each heads the story below it */
  const jumpsFrom: { item: Item; page: string }[] = [];
  /** labels over a list, waiting for its first item to take them into its lines */
  let pendingLabels: Item[] = [];
  /** Labels left waiting go to the next record there is, so that none is lost. */
  const flushLabels = (d: Draft) => {
    for (const l of pendingLabels) {
      if (!d.section?.includes(l.text)) d.section = d.section ? `${l.text} ${d.section}` : l.text;
      touch(d, l);
    }
    pendingLabels = [];
  };
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.ahead) {
      fieldsAhead.push(item);
      i++;
      continue;
    }
    if (item.kind === "furniture") {
      // ▇▇▇▇▇▇▇▇ on a line of its own: a headline the OCR blotted out; the text under it is another story's
      if (BLOT_LINE.test(item.text) && st.cur) {
        st.closed = true;
        st.briefs = false;
        ctx.report("segment/blotted-headline", "warning", item.line, "a line of blots where a headline stood (OCR lost it?); the text under it is published as an untitled record");
      }
      // 发布时间：2021-09-07 under a scraped story's title: that story's date
      const published = st.cur && st.cur.body.length === 0 ? publishedDate(item.text) : null;
      if (published) st.cur!.published ??= published;
      // 栏目：城区动态 under a scraped story's title: that story's column
      const column = st.cur && !st.closed && st.cur.body.length === 0 ? exportColumn(item.text) : null;
      if (column) st.cur!.section ??= column;
      // navigation an e-paper repeats between its articles (上一篇 下一篇) ends the story above
      // (and a brief list above it: what comes after is an article of its own)
      // (and so does a rule an export prints between every two of its records, ------ or ======)
      if (st.cur && st.cur.body.length > 0 && (((repeatedFurniture.get(item.text) ?? 0) >= 2 && NAVIGATION.test(item.text)) || ((repeatedFurniture.get(item.text) ?? 0) >= 3 && RULE_LINE.test(item.text.trim()) && items[next(i + 1)]?.kind !== "subhead"))) {
        st.closed = true;
        st.briefs = false;
      }
      // 下一篇：北寒村村民走上了水泥路 under a story: the foot of its page, naming the next
      if (st.cur && st.cur.body.length > 0 && /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]\s*\S/.test(item.text)) st.closed = true;
      // ---, * * *: a markdown rule between two records
      if (/^(?:[-*_]\s*){3,}$/.test(item.text.trim())) st.ruledBefore = next(i + 1);
      i++;
      continue;
    }

    // ■小事不出楼门 after ■谁家有事先找他 in one story: a short marked line is a column's label, but not where the story
    // already has a subhead with the same mark and goes on below it
    const mark = item.text[0]!;
    if (item.kind === "section" && MARKED.test(mark) && st.cur && !st.closed && !st.briefs && items[next(i + 1)]?.kind === "text" && st.cur.body.some((b) => b.kind === "subhead" && b.text.startsWith(mark))) {
      st.cur.body.push({ ...item, kind: "subhead" });
      touch(st.cur, item);
      i++;
      continue;
    }
    if (TITLE_KINDS.has(item.kind) || (item.kind === "subhead" && (!st.cur || st.closed))) {
      let j = i;
      const group: Item[] = [];
      // labels run over furniture printed between them and their headline (城区·民生 / 本版导读… / 芝罘区 / headline)
      const inGroup = (k: number) => k < items.length && (TITLE_KINDS.has(items[k]!.kind) || (items[k]!.kind === "subhead" && k === i));
      while (j < items.length) {
        if (inGroup(j)) group.push(items[j++]!);
        else if (items[j]!.kind === "furniture" && group.every((g) => g.kind === "section" || g.kind === "kicker") && inGroup(next(j))) j = next(j);
        // (标题：… / 引题： / 副题：——…: an export's empty field between its title fields)
        else if (items[j]!.kind === "furniture" && group.length > 0 && inGroup(next(j)) && items[next(j)]!.part) j = next(j);
        else break;
      }
      const after = items[next(j)];
      // a headline the OCR broke over two lines is one title from here on
      // (only lines next to each other: a kicker between two titles makes two headlines)
      const isTitle = (g: Item) => g.kind === "title" || g.kind === "heading" || g.kind === "subhead";
      // 清河镇召开春季植树造林现场会 / 周边县市 / 达县  该县…: a headline right over a brief list's label lost its text
      const listLabelAt = group.findIndex((g, k) => k > 0 && g.kind === "section" && isBriefSection(stripListMark(g.text.trim())) && group.slice(0, k).every(isTitle));
      if (listLabelAt > 0 && after) {
        orphan(rejoinBroken(group.slice(0, listLabelAt)), "is followed directly by a list's label (OCR lost its text?)");
        i = items.indexOf(group[listLabelAt]!);
        continue;
      }
      const runs: Item[][] = [];
      group.forEach((g, k) => {
        if (!isTitle(g)) return;
        if (k > 0 && isTitle(group[k - 1]!)) runs[runs.length - 1]!.push(g);
        else runs.push([g]);
      });
      const opening = openingAt(items, next(j));
      const titles = runs.flatMap((run) => rejoinBroken(run, opening));
      const labels = group.filter((g) => g.kind === "section");
      const photoLabel = labels.find((l) => isPhotoSection(l.text));
      // (图片新闻 / 源东白桃开摘 / 这几天,源东乡的早熟白桃陆续成熟,…: a photo's title and its caption under the label; and the
      // next title over a caption, no label of its own, in the same run of photos)
      const shortCaption = (it: Item | undefined) => it?.kind === "text" && it.text.length <= 100 && longCaptionLike(it.text) && !REFERS_BACK.test(it.text) && !quotesSpeech(it.text);
      // the paragraphs under the title up to the next title, label or credit: how many, and whether each reads as a caption
      const under: Item[] = [];
      for (let k = next(j); k < items.length && items[k]!.kind === "text" && under.length < 5; k = next(k + 1)) under.push(items[k]!);
      // (one: a titled photo over several captions is one photo story, its captions all its own)
      // (nor one a writer's byline closes: 社区理发室开张 / … / (通讯员 李平), a brief)
      const closing = under.length === 1 ? items[next(items.indexOf(under[0]!) + 1)] : undefined;
      const writerCloses = !!closing && (closing.kind === "byline" || closing.kind === "source-credit") && (readPeople(closing.text) ?? [{ role: "记者" as const }]).some((p) => p.role !== "摄影");
      const captionUnder = titles.length > 0 && titles.length <= 2 && under.length === 1 && shortCaption(under[0]) && !writerCloses;
      st.photoSection = photoLabel && after?.kind === "text" && (titles.length === 0 || captionUnder) ? photoLabel.text : st.photoSection && labels.length === 0 && captionUnder && st.cur?.kind === "photo" ? st.photoSection : null;
      if (st.photoSection && titles.length === 0) {
        // 图片新闻 over text: the story above has ended; what follows are captions
        st.closed = true;
        pendingLabels = group;
        i = j;
        continue;
      }
      const briefLabel = labels.find((l) => isBriefSection(stripListMark(l.text.trim())));
      if (briefLabel) {
        st.briefs = true;
        st.briefSection = labels.map((l) => l.text).join(" ");
      } else if (labels.length || group.some((g) => g.kind === "heading")) st.briefs = false;
      // 【课程跟着需求走】 in a story: a bracketed subhead, not a place's kicker
      // (not 【便民提示】 over a list's next marked item: the list's next label)
      const bracketSubhead = group.length === 1 && group[0]!.kind === "kicker" && /^[【\[][^】\]]{4,16}[】\]]$/.test(group[0]!.text) && !namesPlace(group[0]!.text.slice(1, -1)) && after?.kind !== "bullet";
      const single = group.length === 1 && (group[0]!.kind === "title" || group[0]!.kind === "heading" || bracketSubhead);
      // …覆膜面积已达十万亩， / 比去年增加了近一倍· / （通讯员 赵丽萍）: the end of the sentence the story above left open,
      // over the story's end byline
      const afterByline = after ? items[next(next(j) + 1)] : undefined;
      if (single && group[0]!.kind === "title" && st.cur && !st.closed && goesOn(st.cur) && after?.kind === "byline" && /^[(（]/.test(after.text) && next(j) === j && !startsWithPlace(group[0]!.text) && afterByline?.kind !== "text" && afterByline?.kind !== "lead") {
        if (addBody(st.cur, { ...group[0]!, kind: "text" })) st.closed = true;
        i = j;
        continue;
      }
      // 前门东侧首批居民搬进新楼 / 竞报记者 刘畅 / 草厂胡同一带外迁工作过半 二百余户选择定向安置 / 本报讯 …: a line tight under
      // the byline that sits under a headline, over the story's lead or text, is the headline's 副题 (not the text's first
      // line, indented or trailing off: 　　办低保、开证明、咨询就业政策……; nor a subhead, shorter than a 副题: 楼道亮了)
      const underByline = items[i - 1];
      // (## 台州湾新区首个邻里中心开门迎客 / **记者 林佳怡** / ### 集医疗托育文体于一体…: a heading of a lower rank than the headline's)
      const lowerHeading = group[0]!.kind === "heading" && !!st.cur && st.cur.titles.length > 0 && st.cur.titles.every((t) => t.kind === "heading" && t.level < group[0]!.level);
      if (single && (group[0]!.kind === "title" || lowerHeading) && !group[0]!.part && group[0]!.gap === 0 && st.cur && !st.closed && st.cur.body.length === 0 && st.cur.titles.length > 0 && !st.cur.titles.some((t) => t.part === "subtitle") && st.cur.bylines.length > 0 && underByline?.kind === "byline" && underByline.gap <= (lowerHeading ? 1 : 0) && (after?.kind === "lead" || after?.kind === "text") && !startsWithPlace(group[0]!.text) && !group[0]!.indent && !/……|[。；;]$/.test(group[0]!.text) && group[0]!.text.replace(/\s/g, "").length >= 10) {
        st.cur.titles.push({ ...group[0]!, part: "subtitle" });
        touch(st.cur, group[0]!);
        i = j;
        continue;
      }
      // ▶【新城铺镇】 / 高标准农田建设项目全面开工 / 近日,…: a marked kicker alone on its line, its item's title tight under it
      const kickerOnly = st.cur && !st.closed && st.cur.kind === "brief" && st.cur.kicker !== null && st.cur.titles.length === 0 && st.cur.body.length === 0 && st.cur.bylines.length === 0;
      if (kickerOnly && single && group[0]!.kind === "title" && group[0]!.gap === 0 && (after?.kind === "text" || after?.kind === "lead")) {
        st.cur!.titles.push(group[0]!);
        touch(st.cur!, group[0]!);
        i = j;
        continue;
      }
      const starts =
        !st.cur ||
        st.closed ||
        !single ||
        // a headline at the page's end, nothing after it but furniture: it lost its text; so did one opening with its
        // place right over a list item
        (!after && group.some((g) => g.kind === "title" || g.kind === "heading")) ||
        (after?.kind === "bullet" && startsWithPlace(group[0]!.text)) ||
        after?.kind === "lead" ||
        after?.kind === "byline" ||
        // 来源：阿里报 under it: a scraped story's own field; a subhead has none
        after?.kind === "source-credit" ||
        // 来源：广水日报 / 编辑：… between it and what follows: a scraped story's fields under its title
        (next(j) > j && isStoryField(items[j]!.text)) ||
        // another headline after furniture: this one lost its text
        (!!after && TITLE_KINDS.has(after.kind) && next(j) > j && items[j]!.kind === "furniture") ||
        // (上接B1版) under a title, on a line of its own or opening the text: the rest of a story begun on another page
        (after?.kind === "jump" && readJump(after.text)?.[0] === "from") ||
        (after?.kind === "text" && /^[(（]\s*(?:上接|接上|紧接|续)/.test(after.text)) ||
        isCaption(next(j)) ||
        photoBlockAt(next(j)) ||
        (after?.kind === "text" && !isSubheadOf(st.cur, group[0]!, j));
      if (!starts) {
        for (const g of group) {
          st.cur!.body.push(bracketSubhead ? { ...g, kind: "subhead" } : g);
          touch(st.cur!, g);
        }
        i = j;
        continue;
      }
      if (st.briefs && (after?.kind === "lead" || after?.kind === "byline") && titles.length) st.briefs = false;
      if (st.cur && titles.length && !labels.length && afterPackedList(st.cur, titles[0]!)) st.briefs = false;
      // ●汶源街道派出所… / ●钢城区文化馆… / 拆除违章建筑 还路于民: a headline with no mark after a list whose items bear one ends it
      if (st.briefs && titles.length && !labels.length && !titles.some((t) => MARKED.test(t.text)) && items.find((it) => it.line === st.cur?.startLine)?.kind === "bullet") st.briefs = false;
      if (!after || titles.length === 0) {
        // nothing follows but furniture, or only labels: a column label at the page's end belongs to the article above
        const labelled = group.filter((g) => g.kind !== "title" && g.kind !== "heading");
        if (labels.length && st.cur && !after && labelled.length === labels.length) {
          st.cur.section ??= labels.map((l) => l.text).join(" ");
          for (const l of labels) touch(st.cur, l);
          ctx.report("segment/trailing-label", "info", labels[0]!.line, `label “${labels.map((l) => l.text).join(" ")}” ends the page; taken as the section of the article above`);
        } else if (labelled.length && after) {
          // labels then straight into a lead or text: an article with no headline
          const d = newDraft(labelled[0]!);
          for (const l of labelled) assignLabel(d, l);
          open(d);
          if (after.kind === "section" || after.kind === "bullet") {
            // a label over a list: it names the items below, and is kept as their section
            st.drafts.pop();
            st.cur = null;
            st.briefs = st.briefs || after.kind === "bullet";
            // (【望城要闻】 over ★ items: a bracketed label naming no place is the list's label too)
            const listLabels = labels.length ? labels : labelled.filter((l) => l.kind === "kicker" && !namesPlace(l.text.replace(/[【】\[\]]/g, "")));
            st.briefSection = listLabels.map((l) => l.text).join(" ") || st.briefSection;
            pendingLabels = labelled;
          } else if (!st.briefs && !labelled.every((l) => l.kind === "section" && after.kind === "title")) {
            ctx.report("segment/no-headline", "warning", labelled[0]!.line, "article has no headline");
          }
        } else if (labelled.length && titles.length) {
          // a kicker over a headline at the page's end, the text lost: one headline-only record under its kicker
          orphan(titles, "is followed by no text (OCR lost it?)");
          const d = st.drafts[st.drafts.length - 1]!;
          for (const l of labelled) assignLabel(d, l);
          i = j;
          continue;
        } else if (labelled.length) {
          const d = newDraft(labelled[0]!, "brief");
          for (const l of labelled) assignLabel(d, l);
          st.drafts.push(d);
        }
        if (titles.length) orphan(titles, "is followed by no text (OCR lost it?)");
        i = j;
        continue;
      }
      // headings before the main one, with something between or of the same rank, lost their text
      const mainAt = findMainHeading(titles);
      let keep = titles;
      const labelAt = group.findIndex((g, k) => (g.kind === "section" || g.kind === "kicker") && group.slice(0, k).some((t) => t.kind === "title" || t.kind === "heading") && group.slice(k + 1).some((t) => t.kind === "title" || t.kind === "heading"));
      const above = labelAt > 0 ? titles.filter((t) => t.line < group[labelAt]!.line) : [];
      if (above.length && above.length < titles.length) {
        // a column label or a kicker between two headlines (洪山镇开展秋季征兵体检 / 健康小贴士 / 秋季腹泻高发…): the one
        // above lost its text
        orphan(above, "is followed directly by a column and its headline (OCR lost its text?)");
        keep = titles.filter((t) => !above.includes(t));
      } else if (mainAt > 0) {
        let cut = 0;
        for (let k = 0; k < mainAt; k++) {
          const t = titles[k]!;
          const main = titles[mainAt]!;
          const isPretitle = k === mainAt - 1 && (t.level > main.level || /[——-]$/.test(t.text));
          // (## 电动车有了“集中充电站” / ## 穿山街道为老旧小区破解充电难题 / …改建集中充电站…: a heading right over the
          // main one whose words the story's opening uses is its 主题, not a headline that lost its text; two that each open
          // with a place are two headlines)
          const words = t.text.replace(/[“”"「」]/g, "");
          const ownWords = k === mainAt - 1 && t.level === main.level && !(startsWithPlace(t.text) && startsWithPlace(main.text)) && (sharesRun(words, openingAt(items, next(j), 600), 5) || sharesRun(words, openingAt(items, next(j), 120), 4));
          if (t.kind === "heading" && !isPretitle && !ownWords) cut = k + 1;
        }
        if (cut > 0) {
          orphan(titles.slice(0, cut), "is followed directly by another headline (OCR lost its text?)");
          keep = titles.slice(cut);
        }
      } else if (mainAt < 0 && dashedPretitleAt(titles) > 0) {
        // 双凤镇启动农村生活污水治理 / 保障港区建设用地需求—— / 浮桥镇首批动迁安置房交付使用: a 引题 ending in a dash
        // opens the next story's title; the headline above it lost its text
        const m = dashedPretitleAt(titles);
        orphan(titles.slice(0, m), "is followed directly by another headline (OCR lost its text?)");
        keep = titles.slice(m);
      } else if (
        mainAt < 0 &&
        lastUndashed(titles) > 0 &&
        // (a kicker over the titles that the story's opening names, 店张街道 / 小集镇改造驶入“快车道” / 新建商铺120间…: one story)
        !group.some((g) => g.kind === "kicker" && openingAt(items, next(j)).includes(g.text.replace(/[【】\[\]\s]/g, ""))) &&
        (twoHeadlines(titles[lastUndashed(titles) - 1]!.text, titles[lastUndashed(titles)]!.text) ||
          leadElsewhere(titles[lastUndashed(titles) - 1]!.text, titles[lastUndashed(titles)]!.text, after?.kind === "lead" || after?.kind === "text" ? after.text : "") ||
          unrelatedHeadline(titles[lastUndashed(titles) - 1]!.text, titles[lastUndashed(titles)]!.text, openingAt(items, next(j))))
      ) {
        // two headlines that each open with a place (石龙区…植树 / 新华区…送去过冬煤): the first lost its text
        const m = lastUndashed(titles);
        orphan(titles.slice(0, m), "is followed directly by another headline (OCR lost its text?)");
        keep = titles.slice(m);
      } else if (mainAt < 0 && titles.length === 3 && twoHeadlines(titles[0]!.text, titles[1]!.text)) {
        // 城固县桔园镇蜜桔开始采摘 / 勉县武侯镇三国文化游升温 / 国庆长假接待游客逾十万人次: the first of two headlines of
        // other places, over the second's 副题, lost its text
        orphan(titles.slice(0, 1), "is followed directly by another headline (OCR lost its text?)");
        keep = titles.slice(1);
      } else if (mainAt < 0 && titles.length > 3) {
        orphan(titles.slice(0, titles.length - 2), "is followed directly by another headline (OCR lost its text?)");
        keep = titles.slice(titles.length - 2);
      }
      // labels above a headline that lost its text are that headline's; the rest are the story's
      const firstKept = keep[0]!.line;
      const lostOne = keep !== titles ? st.drafts[st.drafts.length - 1]! : null;
      const labelsOf = (g: Item) => (lostOne && g.line < firstKept && g.line < Math.max(...titles.filter((t) => !keep.includes(t)).map((t) => t.line)) ? lostOne : null);
      const d = newDraft(group.find((g) => g.line >= firstKept || ((g.kind === "section" || g.kind === "kicker") && !labelsOf(g))) ?? keep[0]!);
      for (const g of group) if (g.kind === "section" || g.kind === "kicker") assignLabel(labelsOf(g) ?? d, g);
      for (const t of keep) {
        d.titles.push(t);
        touch(d, t);
      }
      i = j;
      const c = next(j);
      const following = items[next(c + 1)];
      if (items[c]?.kind === "text" && items[c]!.caption && storyFollows(c)) {
        // captions the page set under the headline, over the story's text (classify's reading): the story's photos
        let k = c;
        while (items[k]?.kind === "text" && items[k]!.caption) {
          const photo = photoFrom(items[k]!);
          d.captions.push({ text: photo.body[0]!.text, photographers: parseByline(photo.bylines).photographers, line: items[k]!.line });
          d.bylines.push(...photo.bylines);
          touch(d, items[k]!);
          k = next(k + 1);
        }
        open(d);
        i = k;
        continue;
      }
      if (after.kind === "text" && isCaption(c) && following && ["lead", "byline", "text"].includes(following.kind) && !isCaption(next(c + 1))) {
        // a photo between the headline and its text: the story's photo
        const photo = photoFrom(items[c]!);
        d.captions.push({ text: photo.body[0]!.text, photographers: parseByline(photo.bylines).photographers, line: items[c]!.line });
        d.bylines.push(...photo.bylines);
        touch(d, items[c]!);
        open(d);
        i = c + 1;
        continue;
      }
      if (after.kind === "text" && isCaption(c)) {
        const caption = items[c]!;
        if (isPhotoTitle(headlineOf(d), caption.text)) {
          const photo = photoFrom(caption);
          d.kind = "photo";
          d.body = photo.body;
          d.bylines = photo.bylines;
          touch(d, caption);
          st.drafts.push(d);
          st.cur = d;
          st.closed = true;
        } else {
          st.drafts.push(d);
          d.kind = "brief";
          ctx.report("segment/lost-text", "warning", d.titles[0]?.line ?? d.startLine, `headline “${headlineOf(d)}” stands over an unrelated photo caption (OCR lost its text?); published as a headline only`);
          const photo = photoFrom(caption);
          st.drafts.push(photo);
          st.cur = photo;
          st.closed = true;
        }
        i = c + 1;
        continue;
      }
      open(d);
      continue;
    }

    const cur = st.cur;
    if (st.captionsFollow && !(item.kind === "text" && isCaption(i))) st.captionsFollow = false;
    switch (item.kind) {
      case "lead": {
        // 南都讯 记者梁永健 通讯员 / 陈丽芬 昨日,…: a lead whose byline the column broke after a role word goes on in the
        // line under it
        const broken = items[i + 1]?.kind === "text" && items[i + 1]!.gap === 0 && /(?:记者|通讯员|实习生|摄影)$/.test(item.text.trim()) && splitLead(item.text).byline === leadMark(item.text);
        const lead = broken ? { ...item, text: `${item.text.trim()}${items[i + 1]!.text}`, end: items[i + 1]!.end ?? items[i + 1]!.line } : item;
        if (broken) i++;
        const { byline, text } = splitLead(lead.text);
        let d = cur;
        if (!d || st.closed || d.body.length > 0) {
          d = newDraft(item);
          open(d);
          if (!st.briefs) ctx.report("segment/no-headline", "warning", item.line, "article has no headline");
        }
        d.bylines.push(byline);
        if (text) addBody(d, { ...lead, text });
        touch(d, lead);
        break;
      }
      case "byline": {
        // 本报讯(记者 周凯)… / … / 10月10日,沙洋县后港镇…。 / 文/刘洋 图/孙卫: under a story bylined at its top, a paragraph
        // opening with its own date over a credit for words and photo is a photo news of its own
        const last = cur?.body[cur.body.length - 1];
        if (cur && !st.closed && cur.kind === "article" && named(cur) && cur.body.length >= 2 && last?.kind === "text" && DATELINE.test(last.text) && longCaptionLike(last.text) && PHOTO_WORDS.test(item.text)) {
          dropLastParagraph(cur);
          creditedPhoto(last, item);
          ctx.report("segment/caption", "info", last.line, "a dated paragraph over a photo credit, after a story bylined at its top: a photo of its own");
          break;
        }
        // …（记者 / 刘宏伟 通讯员 单玉华） / 7月15日，宾州镇滨河社区…。 / 文/图 陈宇: an untitled paragraph of a caption's
        // shape over a credit for words and photo is a photo news of its own
        if (cur && !st.closed && cur.titles.length === 0 && cur.bylines.length === 0 && cur.body.length === 1 && cur.body[0]!.kind === "text" && (datedScene(cur.body[0]!.text) || longCaptionLike(cur.body[0]!.text)) && PHOTO_WORDS.test(item.text) && parseByline([item.text]).photographers.length > 0) {
          const caption = cur.body.splice(0)[0]!;
          cur.kind = "photo";
          cur.captions.push({ text: caption.text, photographers: parseByline([item.text]).photographers, line: caption.line });
          cur.bylines.push(item.text);
          touch(cur, item);
          st.closed = true;
          break;
        }
        // after a caption, the byline of the story the caption closed
        // (a photo's credit, 图/金露, under its caption names no writer: （记者 叶晓峰 通讯员 金露） after it is the story's too)
        if (cur && (!st.closed || (cur.kind === "article" && cur.captions.length > 0 && !namesWriter(cur)))) {
          cur.bylines.push(item.text);
          touch(cur, item);
          // (【编者按】… / 市委报道组 牛建军 本报记者 李晓红 / 6月18日,…: under an editor's note the byline opens the story)
          if (cur.body.length > 0 && !cur.body.every((b) => EDITORS_NOTE.test(b.text))) st.closed = true;
        } else {
          const d = newDraft(item, "brief");
          d.bylines.push(item.text);
          open(d);
          ctx.report("segment/stray-byline", "warning", item.line, `byline “${item.text}” belongs to no article`);
        }
        break;
      }
      case "photo-credit": {
        const grouped = GROUP_CREDIT_WORDS.test(item.text);
        // 图①:… / 图②:… / 清明假期过后,… / 摄影 陈子墨: after the story's text, the credit of the photos set over it
        if (cur && !st.closed && cur.body.length > 0 && cur.bylines.length === 0 && cur.captions.length > 0 && !(DATELINE.test(cur.body[cur.body.length - 1]!.text) && longCaptionLike(cur.body[cur.body.length - 1]!.text)) && cur.captions.every((c) => c.photographers.length === 0 && c.line < cur.body[0]!.line && items.find((it) => it.line === c.line)?.caption)) {
          for (const c of cur.captions) c.photographers = parseByline([item.text]).photographers;
          cur.bylines.push(item.text);
          touch(cur, item);
          st.closed = true;
          break;
        }
        // 本报讯 (记者 陈 刚)…北部新区人和街道… / 10月13日重阳节,沙坪坝区井口镇…。 / 记者 刘 洋 摄: under a story bylined at
        // its top, a dated caption of another place set tight over its credit is a photo of its own
        const lastParagraph = cur?.body[cur.body.length - 1];
        if (cur && !st.closed && cur.kind === "article" && namesWriter(cur) && cur.body.length >= 2 && lastParagraph?.kind === "text" && item.gap === 0 && DATELINE.test(lastParagraph.text) && longCaptionLike(lastParagraph.text) && showsElsewhere(lastParagraph.text, headlineOf(cur) + (cur.kicker ?? "") + cur.body.slice(0, -1).map((b) => b.text).join(""))) {
          dropLastParagraph(cur);
          creditedPhoto(lastParagraph, item);
          ctx.report("segment/caption", "info", lastParagraph.line, "a dated caption of another place over a photo credit, after a story bylined at its top: a photo of its own");
          break;
        }
        // (a caption of a few sentences set tight over its credit, 杏坛镇农民在…采摘桑叶。秋蚕上市以来,…。近年来,…。 / 黄志明 摄:
        // the photo's, whose credit has no other caption; a credit in brackets closing a story, （通讯员 陆文华 摄）, is the story's)
        const tightCaption = (t: string) => item.gap === 0 && !/^[(（]/.test(item.text) && t.length <= 150 && /[。！!]$/.test(t) && (t.match(/[。！!?？]/g)?.length ?? 0) <= 4;
        // 图片说明：… / 摄影：通讯员 黄莉: an export's caption and the credit of its photo
        if (cur && st.closed && items[i - 1]?.caption && cur.captions.at(-1)?.line === items[i - 1]!.line) {
          cur.bylines.push(item.text);
          for (const c of cur.captions) if (c.photographers.length === 0) c.photographers = parseByline([item.text]).photographers;
          touch(cur, item);
          break;
        }
        // 文/…记者 梁嘉欣 / 图/…记者 吴志坚 under a headline, before any text: the story's byline on two lines
        if (cur && !st.closed && cur.titles.length > 0 && cur.bylines.length > 0 && cur.body.length === 0 && cur.captions.length === 0) {
          cur.bylines.push(item.text);
          touch(cur, item);
          break;
        }
        // 本组图片由…摄 under a headline whose captions were set apart as photos of their own: the headline's group
        if (grouped && cur?.kind === "photo" && cur.titles.length === 0) {
          // the unbroken run of uncredited photos at the end, and the record above it
          let n = 0;
          while (n < st.drafts.length && st.drafts[st.drafts.length - 1 - n]!.kind === "photo" && st.drafts[st.drafts.length - 1 - n]!.bylines.length === 0) n++;
          const photos = st.drafts.slice(st.drafts.length - n);
          const head = st.drafts[st.drafts.length - n - 1];
          if (photos.length > 0 && photos.every((p) => p.titles.length === 0 && !p.kicker && !p.section) && head && head.bylines.length === 0 && isCaptionGroup({ ...head, body: [...head.body, ...photos.flatMap((p) => p.body)] })) {
            head.body.push(...photos.flatMap((p) => p.body));
            st.drafts.splice(st.drafts.length - photos.length);
            st.cur = head;
            st.closed = false;
            continue;
          }
        }
        // one credit under a group of photos (本组图片由…摄) names the photographer of each photo above it
        const group = grouped ? trailingPhotos(st.drafts) : [];
        // captions marked 图①… after the credit are its photos, not the story's last paragraphs
        const marksFollow = CAPTION_MARK.test(items[next(i + 1)]?.text ?? "");
        // (（本报记者 杨晓波 摄） under a story bylined at its top: one credit for the photos whose captions close it, if they
        // show other places)
        const bracketed = !grouped && !!cur && cur.kind === "article" && namesWriter(cur) && /^[(（]/.test(item.text);
        const captions = group.length === 0 && cur && cur.kind !== "photo" && !marksFollow ? (grouped ? trailingCaptions(cur) : bracketed ? trailingScenesElsewhere(cur) : []) : [];
        // (…茶农说。 / （县融媒体中心记者 陈雪 摄） / 朵贝茶种植历史悠久,…: a credit between a story's paragraphs, its photo not
        // printed, and the story going on under it in a paragraph of several sentences)
        if (cur && !st.closed && cur.kind === "article" && cur.titles.length > 0 && cur.body.length > 0 && storyGoesOn(i)) {
          cur.bylines.push(item.text);
          touch(cur, item);
          ctx.report("segment/credit-inside", "info", item.line, `photo credit “${item.text}” between paragraphs of a story whose text goes on: the story's photo, not printed here`);
          break;
        }
        if (group.length === 0 && cur && (cur.kind === "article" || cur.kind === "brief") && cur.titles.length > 0 && cur.bylines.length === 0 && cur.captions.length === 0 && cur.body.every((b) => b.kind === "text") && captionsElsewhere(cur)) {
          // 颛桥镇启动“平安楼组”创建 / 3月15日,华漕镇的村民在…。/ 通讯员 吴俊 摄: a caption of another town than the headline's
          // under it: the headline lost its text, the caption is a photo of its own
          cur.kind = "brief";
          ctx.report("segment/lost-text", "warning", cur.titles[0]!.line, `headline “${headlineOf(cur)}” is followed by a photo of another place (OCR lost its text?); published as a headline only`);
          creditedPhoto(joinLines(cur.body.splice(0)).reduce((a, b) => ({ ...a, text: a.text + b.text, end: b.end ?? b.line })), item);
          break;
        }
        if (group.length === 0 && cur && !(st.closed && cur.captions.length) && isCaptionGroup(cur)) {
          // 本组图片由…摄 (or 本报记者 胡明 摄) under a short headline whose few short paragraphs have no lead nor byline:
          // photo news, each paragraph a photo's caption
          photoGroup(cur, item.text, item);
          break;
        }
        if (group.length === 0 && cur && cur.kind !== "photo" && cur.titles.length === 0 && cur.bylines.length === 0 && cur.body.length > 0 && cur.body.every((b) => b.kind === "text") && joinLines(cur.body).every((b, _, all) => (all.length === 1 ? longCaptionLike(b.text) || datedScene(b.text) || (tightCaption(b.text) && PHOTO_OPENING.test(b.text)) : b.text.length <= 100 && PHOTO_OPENING.test(b.text)))) {
          // untitled short paragraphs, each showing a scene (8月14日，…; 8月13日，…), or one caption, over a photo credit
          // (本组图片由…摄, 早报记者 侯宁 摄): photos
          st.drafts.splice(st.drafts.indexOf(cur), 1);
          const photos: Draft[] = [];
          for (const [k, c] of joinLines(cur.body).entries()) {
            const photo = photoFrom(c);
            photo.bylines.push(item.text);
            if (cur.section) photo.section = cur.section;
            if (cur.kicker) photo.kicker = cur.kicker;
            // the first photo keeps the lines the record began with (its column label) and its credits ((…提供))
            if (k === 0) Object.assign(photo, { startLine: Math.min(photo.startLine, cur.startLine), credits: [...cur.credits] });
            // (and each photo the lines between its caption and the next one's: a credit in brackets under it)
            if (photos.length) photos.at(-1)!.endLine = Math.max(photos.at(-1)!.endLine, photo.startLine - 1);
            photos.push(photo);
            st.drafts.push(photo);
            st.cur = photo;
          }
          touch(st.cur!, item);
          st.closed = true;
          ctx.report("segment/group-credit", "info", item.line, `photo credit “${item.text}” names the ${joinLines(cur.body).length} photo(s) above it`);
          break;
        }
        const aboutStory = (c: Item) => {
          const rest = cur!.body.slice(0, cur!.body.length - captions.length).map((b) => b.text).join("");
          return sharesRun(stripDistricts(headlineOf(cur!)), stripDistricts(c.text), 4) || sharesRun(stripDistricts(rest), stripDistricts(c.text), 8);
        };
        // (a story of its own above them: its lead (本报讯…近日，), or a paragraph that opens as no photo's caption does)
        const storyText = cur ? cur.body.slice(0, cur.body.length - captions.length).some((b) => b.kind === "lead" || !PHOTO_OPENING.test(b.text)) : false;
        // (each a photo's caption: opening as one does, 10月12日，纪家镇…, or one short sentence opening with a place the story
        // never names, 兴隆镇一处粮食收购点前，…)
        const storyWords = cur ? headlineOf(cur) + cur.body.slice(0, cur.body.length - captions.length).map((b) => b.text).join("") : "";
        // (卢湾区打浦桥街道少年科技站的学生在…: a district opening it, a street after it)
        const elsewhere = (c: Item) => captionLike(c.text, 40) && [...findDistricts(c.text.slice(0, 12), null), ...findPlaces(c.text.slice(0, 12), null)].some((p) => p.index === 0 && !storyWords.includes(p.text));
        // (under a story whose only text is its lead, 本报讯…近日，…, only captions showing places the story never names)
        const otherPlace = (c: Item) => [...findDistricts(c.text.slice(0, 20), null), ...findPlaces(c.text.slice(0, 20), null)].some((m) => !storyWords.includes(m.text));
        const byLeadOnly = !!cur && !cur.body.slice(0, cur.body.length - captions.length).some((b) => b.kind !== "lead" && !PHOTO_OPENING.test(b.text));
        if (captions.length && storyText && !captions.some(aboutStory) && captions.every((c) => (bracketed || PHOTO_OPENING.test(c.text) || elsewhere(c)) && (!byLeadOnly || otherPlace(c)))) {
          // 本组图片由…摄 under paragraphs that each show another place (8月14日，东昌区…; 8月13日，二道江区…): photos of their own
          cur!.body.splice(cur!.body.length - captions.length);
          for (const c of captions) {
            const photo = photoFrom(c);
            photo.bylines.push(item.text);
            st.drafts.push(photo);
            st.cur = photo;
          }
          touch(st.cur!, item);
          st.closed = true;
          ctx.report("segment/group-credit", "info", item.line, `photo credit “${item.text}” names ${captions.length} photo(s) above it, whose captions are not about the story before them`);
          break;
        }
        if (captions.length && grouped) {
          // 本组图片由…摄 under a story whose last short paragraphs are the captions of its photos
          cur!.body.splice(cur!.body.length - captions.length);
          for (const c of captions) cur!.captions.push({ text: c.text, photographers: parseByline([item.text]).photographers, line: c.line });
          cur!.bylines.push(item.text);
          touch(cur!, item);
          st.closed = true;
          ctx.report("segment/group-credit", "info", item.line, `photo credit “${item.text}” names the photos of the ${captions.length} caption(s) above it, taken out of the story's text`);
          break;
        }
        if (grouped && group.length === 0 && cur && cur.kind === "article" && cur.body.length > 0 && isCaption(next(i + 1))) {
          // 本组图片由…摄 over the captions that follow it: they are the story's photos
          cur.bylines.push(item.text);
          touch(cur, item);
          st.closed = true;
          st.captionsFollow = true;
          i++;
          continue;
        }
        if (!grouped && cur && st.closed && cur.bylines.length === 0 && (cur.kind === "photo" || cur.captions.length > 0)) {
          // 全媒体记者 刘畅 摄 under a caption: that photo's credit
          cur.bylines.push(item.text);
          for (const c of cur.captions) if (c.photographers.length === 0) c.photographers = parseByline([item.text]).photographers;
          touch(cur, item);
          break;
        }
        if (group.length) {
          for (const p of group) if (p.bylines.length === 0) p.bylines.push(item.text);
          touch(group[group.length - 1]!, item);
          ctx.report("segment/group-credit", "info", item.line, `photo credit “${item.text}” applied to the ${group.length} photo(s) above it`);
          break;
        }
        if (cur && !st.closed && cur.kind === "article" && cur.titles.length > 0 && cur.body.length === 0 && cur.bylines.length === 0 && items[next(i + 1)]?.kind === "text") {
          // 秋日登山 / 摄影 本报记者 林川 / a caption: a photo's headline and credit over its caption
          cur.bylines.push(item.text);
          touch(cur, item);
          break;
        }
        // the story's last paragraph, whose lines a page with no blank lines may still hold apart
        let from = cur ? cur.body.length - 1 : -1;
        while (cur && from > 0 && cur.body[from]!.gap === 0 && !cur.body[from]!.indent && cur.body[from - 1]!.kind === "text" && !endsSentence(cur.body[from - 1]!.text)) from--;
        const lines = cur && from > 0 ? cur.body.slice(from) : [];
        const last = cur && !st.closed && (cur.kind === "article" || cur.kind === "brief") && lines.length > 0 && lines.every((b) => b.kind === "text") ? { ...lines[0]!, text: lines.map((b) => b.text).join(""), end: lines[lines.length - 1]!.end ?? lines[lines.length - 1]!.line } : null;
        if (last && (last.gap >= 1 || blankless) && (captionLike(last.text, 80) || longCaptionLike(last.text) || tightCaption(last.text)) && !REFERS_BACK.test(last.text) && PHOTO_OPENING.test(last.text)) {
          // …story text / 8月14日，东昌区团结街道的居民在…。/ 李刚 摄: a photo printed after the story, captioned and credited
          cur!.body.splice(from);
          creditedPhoto(last, item);
          ctx.report("segment/caption", "info", last.line, "a short paragraph over a photo credit, after the story: a photo of its own");
          break;
        }
        if (cur && !st.closed && item.gap === 0 && cur.kind === "article" && cur.titles.length > 0 && named(cur) && cur.body.at(-1)?.kind === "text" && endsSentence(cur.body.at(-1)!.text) && ![PHOTO_OPENING, CAPTION_MARK, /^[▲△▼]/].some((re) => re.test((lines[0] ?? cur.body.at(-1)!).text))) {
          // …全部按期整改到位。/ 蒋文 摄 set tight under a signed story: the credit of the story's own photo, whose caption the
          // page did not print (a credit set apart is a photo of its own)
          cur.bylines.push(item.text);
          touch(cur, item);
          st.closed = true;
          ctx.report("segment/story-photo-credit", "info", item.line, `photo credit “${item.text}” closes the story above with no caption: read as the credit of its photo`);
          break;
        }
        // (…72岁的居民周淑华说。 / 图/凤凰山街道 / ▲老人们在社区食堂用餐: a credit under a story's text over its ▲ caption)
        const markedBelow = items[next(i + 1)];
        if (cur && (cur.kind === "article" || cur.kind === "brief") && cur.titles.length > 0 && cur.body.length > 0 && markedBelow?.kind === "bullet" && /^[▲△]/.test(markedBelow.text) && items[i - 1]?.kind === "text") {
          cur.bylines.push(item.text);
          touch(cur, item);
          break;
        }
        const d = newDraft(item, "photo");
        d.bylines.push(item.text);
        st.drafts.push(d);
        st.cur = d;
        st.closed = true;
        ctx.report("segment/credit-without-caption", "warning", item.line, `photo credit “${item.text}” has no caption; published as a photo record`);
        break;
      }
      case "source-credit": {
        // （阳邑乡政府提供） under a paragraph of its own that shows a scene (10月14日，…的村民在晾晒…): that paragraph is the
        // caption of a photo the credit names, not the story's last paragraph
        const last = cur?.body[cur.body.length - 1];
        if (cur && cur.kind === "article" && /提供|供图/.test(item.text) && cur.body.length > 1 && last?.kind === "text" && (last.gap >= 1 || !!last.indent) && last.text.length <= 120 && DATE_OPENING.test(last.text) && SCENE_OPENING.test(last.text.replace(DATE_OPENING, ""))) {
          dropLastParagraph(cur);
          creditedPhoto(last, item);
          ctx.report("segment/caption", "info", last.line, "a scene over a credit (…提供), after the story: a photo of its own");
          break;
        }
        if (cur) {
          cur.credits.push(item.text);
          // (（来源：兰州日报 记者 包文斌）: the source's own writer, the story's byline too)
          const writer = item.text.match(/^[(（]?(?:来源|稿件来源)[:：]\s*[^\s()（）]{2,16}\s+([^()（）]{3,30}?)[)）]?$/)?.[1];
          if (writer && isBylineText(writer)) cur.bylines.push(writer);
          touch(cur, item);
        } else {
          const d = newDraft(item, "brief");
          d.credits.push(item.text);
          open(d);
        }
        break;
      }
      case "jump": {
        const read = readJump(item.text)!;
        const d = cur ?? st.drafts[st.drafts.length - 1];
        if (read[0] === "from" && cur && cur.body.length > 0 && next(i + 1) < items.length) {
          // …预计在10月10日前结束。 / (上接第一版) / 新农村建设…: the story above is over; the jump heads the next, begun on another page
          st.closed = true;
          jumpsFrom.push({ item, page: read[1] });
        } else if (d) {
          d.continued = { ...d.continued, [read[0]]: read[1] };
          touch(d, item);
          if (read[0] === "to") st.closed = true;
        } else {
          ctx.report("segment/stray-jump", "warning", item.line, `jump line “${item.text}” belongs to no article; kept as a record`);
          const brief = newDraft(item, "brief");
          brief.continued = { [read[0]]: read[1] };
          st.drafts.push(brief);
        }
        break;
      }
      case "bullet": {
        // a marked line in an open story is its text after a colon (a list), or after ▲ (as often an OCR speck) unless it
        // reads as a brief: under a brief label, or opening with a place, a 【place】 or a short headline
        const marked = briefFromBullet(item);
        const bare = stripListMark(item.text);
        if (cur && !st.closed && !st.briefs && cur.body.length > 0 && marked.titles.length > 0 && marked.body.length === 0 && bare.length <= 12 && !startsWithPlace(bare) && items[next(i + 1)]?.kind === "text") {
          // ■先治“脏乱差”: a marked subhead of the story, its text below
          cur.body.push({ ...item, kind: "subhead" });
          touch(cur, item);
          break;
        }
        // 文/本报记者 陈楚生　图/本报记者 郑晓东 … / ▲莲下镇一家养殖场内，工人在分拣…: a ▲ caption under a story whose
        // byline credits its photo, and which has no caption yet, is that photo's
        const under = items[next(i + 1)];
        const soleCaption = !under || (!/^[▲△]/.test(under.text) && under.kind !== "photo-credit" && !isCaption(next(i + 1)));
        if (/^[▲△]/.test(item.text) && soleCaption && !CONTINUATION.test(bare) && item.gap === 0 && cur && cur.kind === "article" && !st.closed && cur.body.length > 0 && cur.captions.length === 0 && !st.briefs && captionLike(bare, 60) && parseByline(cur.bylines).photographers.length > 0) {
          cur.captions.push({ text: bare, photographers: parseByline(cur.bylines).photographers, line: item.line });
          touch(cur, item);
          // (the story goes on under a photo set in it: 服务队负责人告诉记者,…)
          st.closed = !(under?.kind === "text" && under.gap === 0);
          ctx.report("segment/caption", "info", item.line, "caption taken as the photo of the article above, whose byline credits a photo");
          break;
        }
        // ●…开展麦收前安全培训，对全镇 / ■120余台联合收割机进行了检修。: an item of a list cut mid-sentence goes on in a
        // line the OCR gave another mark than the list's, when the line opens with no place of its own
        const opener = cur && cur.kind === "brief" ? items.find((it) => it.kind === "bullet" && it.line >= cur.startLine && it.line < item.line) : undefined;
        const lastText = cur?.body[cur.body.length - 1]?.text ?? "";
        if (st.briefs && opener?.kind === "bullet" && opener.text[0] !== item.text[0] && lastText && !endsSentence(lastText) && /[\u4e00-\u9fa5，,、]$/.test(lastText) && marked.kicker === null && !startsWithPlace(bare) && !/^\S{2,12}\s/.test(bare)) {
          addBody(cur!, { ...item, text: bare, kind: "text", gap: 0 });
          break;
        }
        // ■据五原县农牧业局统计,今年…: a paragraph going on with the story, whatever its mark
        if (cur && !st.closed && !st.briefs && cur.kind === "article" && cur.body.length > 0 && CONTINUATION.test(bare)) {
          addBody(cur, { ...item, text: bare, kind: "text" });
          break;
        }
        // (…刘素芬说。 / ▲游客在遗址体验传统熬盐技艺。 记者 张雪梅 摄 / 郁山镇党委负责人介绍，…: a ▲ caption with its credit
        // inside a story that goes on under it is the story's photo)
        const credited = /^[▲△]/.test(item.text) ? splitPhotoCredit(bare) : null;
        // (set tight, or set apart as the page sets every paragraph apart: ▲果农在…采摘苹果。杨帆 摄 in a WeChat post)
        const below = items[next(i + 1)];
        const spacing = cur?.body[cur.body.length - 1]?.gap ?? 0;
        const goesOnBelow = below?.kind === "text" && below.gap === item.gap && (item.gap === 0 || (spacing > 0 && item.gap === spacing));
        // (not one set in the middle of the story's sentence, …再来接孩 / ▲4月21日,… 记者 黄亮 摄 / 子回家。: a photo of its own
        // the columns put there)
        if (credited && goesOnBelow && cur && !st.closed && !st.briefs && cur.kind === "article" && cur.body.length > 0 && endsSentence(cur.body[cur.body.length - 1]!.text) && captionLike(credited[0], 60)) {
          cur.captions.push({ text: credited[0], photographers: parseByline([credited[1]]).photographers, line: item.line });
          cur.bylines.push(credited[1]);
          touch(cur, item);
          ctx.report("segment/caption", "info", item.line, "a ▲ caption with its credit inside a story that goes on below: the story's photo");
          break;
        }
        // ■连日来，…发往上海、杭州等地。 特约通讯员 陶云飞 摄: a caption with its credit, alone and not under a brief
        // label, whatever its mark
        const alone = items[next(i + 1)]?.kind !== "bullet" && items[i - 1]?.kind !== "bullet";
        // (under a brief label too when set apart with a photo's own mark: ● items / (blank) / ▲3月18日，游客…。 记者 林书宏 摄)
        const apartMarked = /^[▲△]/.test(item.text) && item.gap >= 1 && items[next(i + 1)]?.kind !== "bullet";
        if (((!st.briefs && alone) || apartMarked) && marked.kicker === null && marked.titles.length === 0 && splitPhotoCredit(bare)) {
          items[i] = { ...item, text: bare, kind: "text" };
          continue;
        }
        // ■底下村是京西保存较为完整的…: one marked paragraph between two plain ones of an open story is the story's (the
        // mark a speck, or a character the OCR lost)
        if (!/^[▲△]/.test(item.text) && cur && !st.closed && !st.briefs && cur.kind === "article" && cur.body.length > 0 && marked.kicker === null && marked.titles.length === 0 && (items[i - 1]?.kind === "text" || items[i - 1]?.kind === "lead") && items[next(i + 1)]?.kind === "text" && !isCaption(next(i + 1)) && !startsWithPlace(bare) && endsSentence(items[i - 1]!.text)) {
          addBody(cur, { ...item, kind: "text" });
          break;
        }
        // 【抓招商】开发区创新招商方式，…: in a story bylined at its top, a paragraph opening with its bracketed label
        if (cur && !st.closed && !st.briefs && cur.kind === "article" && cur.body.length > 0 && named(cur) && marked.kicker && /^[【\[]/.test(marked.kicker) && marked.titles.length === 0 && !namesPlace(marked.kicker.slice(1, -1))) {
          addBody(cur, { ...item, kind: "text" });
          break;
        }
        const speck = /^[▲△]/.test(item.text);
        // ▲新杭镇村民在竹林下采收黄精。 inside a story bylined at its top: a caption of its photo, and the story goes on
        // (▲整修后的大通老街吸引游客前来游览。 / （本文图片由大通镇提供）: any story's, at its end over who gave its photos)
        // (…带动1200余名村民就近增收。 / ▲村民在来料加工点里给鞋面穿鞋带。 / 02 / 东部新区：…: at its end, over the next story's
        // headline)
        // (or a marked place alone on its line, the next story's kicker: 📍凤凰山街道)
        const overNextStory = (j: number) => item.gap > 0 && (items[j]?.kind === "title" || items[j]?.kind === "heading" || items[j]?.kind === "kicker" || (items[j]?.kind === "bullet" && namesPlace(stripListMark(items[j]!.text).trim()))) && items.slice(i + 1, j).every((it) => it.kind !== "furniture" || RULE_LINE.test(it.text.trim()) || /^\d{1,2}$/.test(it.text.trim()));
        const photosGiven = (it: Item | undefined) => it?.kind === "source-credit" && /图|照片/.test(it.text);
        if (speck && cur && !st.closed && !st.briefs && cur.kind === "article" && cur.body.length > 0 && captionLike(bare, 60) && ((named(cur) && (items[next(i + 1)]?.kind === "text" || overNextStory(next(i + 1)))) || photosGiven(items[next(i + 1)]))) {
          cur.captions.push({ text: bare, photographers: parseByline(cur.bylines).photographers, line: item.line });
          touch(cur, item);
          break;
        }
        // (…还有一排充电插座。 / ▲志愿者为环卫工人递上绿豆汤 / 【槐底街道】: in a post's roundup, one ▲ line after a story's last
        // paragraph, its byline or its photo's credit, over the next story or the post's end, is that story's photo)
        const storyEnd = ["text", "lead", "byline", "photo-credit", "source-credit"].includes(items[i - 1]?.kind ?? "") && items[i - 1]!.line >= (cur?.startLine ?? Infinity);
        const postEnd = (j: number) => items.slice(j).every((it) => it.kind === "furniture");
        // (a post's captions often stop with no full stop: ▲居民试乘新电梯; or carry their credit: …干净整洁（记者 樊瑞 摄）)
        const own = speck ? splitPhotoCredit(bare) : null;
        const shown = own ? own[0].trim() : bare;
        const oneCaption = (t: string) => captionLike(t, 40) || (t.length >= 4 && t.length <= 40 && !/[，,。！!?？；;：:“”]/.test(t));
        if (speck && cur && !st.briefs && cur.titles.length > 0 && cur.body.length > 0 && item.gap > 0 && storyEnd && marked.kicker === null && oneCaption(shown) && (overNextStory(next(i + 1)) || postEnd(i + 1))) {
          cur.captions.push({ text: shown, photographers: own ? parseByline([own[1]]).photographers : parseByline(cur.bylines).photographers, line: item.line });
          if (own) cur.bylines.push(own[1]);
          touch(cur, item);
          st.closed = true;
          ctx.report("segment/caption", "info", item.line, "a ▲ caption after a story's end, over the next story: the story's photo");
          break;
        }
        const readsAsBrief = st.briefs || marked.kicker !== null || marked.titles.length > 0 || !speck || startsWithPlace(stripListMark(item.text));
        if (speck && !readsAsBrief) {
          // ▲ before a paragraph or a caption: read the line as the text it is
          items[i] = { ...item, kind: "text" };
          continue;
        }
        if (cur && !st.closed && cur.body.length > 0 && !st.briefs && /[:：]$/.test(cur.body[cur.body.length - 1]!.text)) {
          addBody(cur, { ...item, kind: "text" });
          break;
        }
        settleEmpty();
        const d = briefFromBullet(item);
        const [first] = d.body.splice(0);
        if (first) addBody(d, first);
        if (st.briefs) d.section = st.briefSection;
        for (const l of pendingLabels) touch(d, l);
        pendingLabels = [];
        st.drafts.push(d);
        st.cur = d;
        st.closed = false;
        break;
      }
      case "subhead": {
        if (cur && !st.closed) {
          cur.body.push(item);
          touch(cur, item);
        }
        break;
      }
      default: {
        // 〔图说〕9月20日，…　本报记者 包文斌 摄, set apart under a story its byline closed: a photo of its own, credited apart
        // 本报讯 (记者 韩卫东) … / 新装的路灯照亮了生活区的道路。  图/韩卫东: a caption set tight under the story's last
        // paragraph, credited to the story's own writer, is the story's photo
        const creditSplit = item.kind === "text" && item.gap === 0 && cur && !st.closed && cur.kind === "article" && cur.body.length > 0 ? splitPhotoCredit(item.text) : null;
        // (a dated one only when it shows the story's own scene, sharing its words: not 10月12日,南湖公园的菊花展… under a
        // story of smoke alarms)
        const takers = creditSplit ? parseByline([creditSplit[1]]).photographers : [];
        if (creditSplit && captionLike(creditSplit[0].trim(), 60) && (!DATELINE.test(creditSplit[0].trim()) || sharesRun(cur!.body.map((b) => b.text).join(""), creditSplit[0], 4)) && takers.length > 0 && takers.every((n) => parseByline(cur!.bylines).people.some((p) => p.name === n))) {
          cur!.captions.push({ text: creditSplit[0].trim(), photographers: takers, line: item.line });
          cur!.bylines.push(creditSplit[1]);
          touch(cur!, item);
          break;
        }
        const ownPhoto = item.caption && item.kind === "text" && !!cur && cur.body.length > 0 && cur.bylines.length > 0 && splitPhotoCredit(item.text) !== null && (item.gap > 0 || (items[i - 1]?.kind === "furniture" && items[i - 1]!.gap > 0));
        if (ownPhoto) {
          const photo = photoFrom(item);
          st.drafts.push(photo);
          st.cur = photo;
          st.closed = true;
        } else if (item.caption && item.kind === "text" && cur && (!st.closed || cur.captions.length > 0)) {
          // 图片说明：… in an export's story: a caption of that story, its photo credit to follow (or on its line: …。杨帆 摄)
          const credited = splitPhotoCredit(item.text);
          // (uncredited, the photographer its story's byline credits: 文/本报记者 陈楚生　图/本报记者 郑晓东)
          cur.captions.push({ text: credited ? credited[0] : item.text, photographers: credited ? parseByline([credited[1]]).photographers : parseByline(cur.bylines).photographers, line: item.line });
          if (credited) cur.bylines.push(credited[1]);
          // (an export may print the caption's field before the story's 正文：…, which the story goes on with)
          const bodyFollows = storyFollows(next(i + 1));
          // (a record of no title and no text but its credit and this caption is photo news)
          if (cur.titles.length === 0 && cur.body.length === 0 && !bodyFollows) cur.kind = "photo";
          touch(cur, item);
          if (!bodyFollows) st.closed = true;
        } else if (st.photoSection && cur && cur.titles.length > 0 && cur.body.length === 0 && cur.bylines.length === 0 && !st.closed) {
          // 图片新闻 / 源东白桃开摘 / 这几天,…: the caption of the photo titled above it
          const photo = photoFrom(item);
          cur.kind = "photo";
          cur.body.push(...photo.body);
          cur.bylines.push(...photo.bylines);
          touch(cur, item);
          st.closed = true;
        } else if (st.photoSection && (!cur || cur.kind === "photo" || cur.body.length === 0 || st.closed)) {
          // 图片新闻: this paragraph is one photo's caption
          const photo = photoFrom(item);
          photo.section = st.photoSection;
          for (const l of pendingLabels) touch(photo, l);
          pendingLabels = [];
          st.drafts.push(photo);
          st.cur = photo;
          st.closed = true;
        } else if (cur && cur.kind === "photo" && cur.titles.length > 0 && st.closed && i !== st.ruledBefore && isCaption(i) && (item.gap >= 1 || (cur.bylines.length > 0 && splitPhotoCredit(item.text) !== null) || (PHOTO_NUMBER.test(item.text) && cur.body.some((b) => PHOTO_NUMBER.test(b.text))))) {
          // another caption under the same photo headline (set apart, credited as the one before it was, or numbered as
          // it was: 图① … / 图② …)
          const photo = photoFrom(item);
          cur.body.push(...photo.body);
          cur.bylines.push(...photo.bylines);
          touch(cur, item);
        } else if (isCaption(i) && cur && (cur.body.length > 0 || st.closed)) {
          const bodyText = cur.body.map((b) => b.text).join("");
          const split = splitPhotoCredit(item.text);
          const captionText = split ? split[0] : item.text;
          // the story's end byline comes after the caption: the caption is inside the story
          const bylineAfter = items[next(i + 1)]?.kind === "byline" && !named(cur);
          // 图为泽库镇的农民… under a story of 环山办事处 that never names 泽库镇: a photo of another place, set apart
          const placeShown = findPlaces(captionText.replace(/^图为/, "").slice(0, 12), null).find((m) => m.index === 0)?.text;
          // (only under a story of a place of its own: a county's story, 我县春耕…, shows any of its towns)
          const shownBare = placeShown?.replace(TOWN_END, "");
          const elsewhere = !!shownBare && shownBare.length >= 2 && startsWithPlace(headlineOf(cur)) && !bodyText.includes(shownBare) && !headlineOf(cur).includes(shownBare) && item.gap >= 1;
          const about = (CAPTION_MARK.test(captionText) && !elsewhere) || st.captionsFollow || bylineAfter || headlineOf(cur).length > 0 && (sharesRun(stripDistricts(headlineOf(cur)), stripDistricts(captionText), 4) || sharesRun(stripDistricts(bodyText), stripDistricts(captionText), 8));
          // 图①：… under a story that closed: its numbered photos
          // (上图:… / 下图:…: the second of a pair placed by where each photo stands)
          const placed = (t: string) => /^[上下左右中]图[:：]/.test(t);
          const numbered = (PHOTO_NUMBER.test(captionText) && cur.captions.every((c) => /^图\s?[①-⑩\d一二三四五六七八九十]/.test(c.text))) || (placed(captionText) && !split && cur.captions.length > 0 && cur.captions.every((c) => placed(c.text)));
          // a photo set inside a story whose byline stood at its top: the text under the caption that opens no story
          // of its own (no dateline, no place) is the story going on (图为祥芝渔港内… / 记者在渔港看到,…)
          const below = items[next(i + 1)];
          const goesOnBelow = !st.closed && cur.kind === "article" && named(cur) && below?.kind === "text" && !isCaption(next(i + 1)) && (!startsWithPlace(below.text) || opensWithOwnPlace(cur, below.text)) && !DATELINE.test(below.text) && !/^(?:日前|近日|近期|昨天|昨日|今天|今年以来)/.test(below.text);
          // a caption that opens with its own date (11月25日，鼎城区灌溪镇…) is a photo news of its own, set in the story
          const ownDate = DATELINE.test(captionText);
          if ((!st.closed || st.captionsFollow || numbered) && i !== st.ruledBefore && cur.kind === "article" && (/如图/.test(bodyText) || about || (goesOnBelow && !ownDate))) {
            cur.captions.push({ text: captionText, photographers: split ? parseByline([split[1]]).photographers : st.captionsFollow ? parseByline([cur.bylines[cur.bylines.length - 1]!]).photographers : [], line: item.line });
            if (split) cur.bylines.push(split[1]);
            touch(cur, item);
            st.closed = !goesOnBelow;
            ctx.report("segment/caption", "info", item.line, /如图/.test(bodyText) ? "caption taken as the photo of the article above, which says 如图" : "caption taken as the photo of the article above, whose words it shares");
          } else if (split && GROUP_CREDIT_WORDS.test(split[1]) && isCaptionGroup({ ...cur, body: [...cur.body, { ...item, text: captionText }] })) {
            // 夜经济“点亮”江南街道 / 入夏以来，… / 夜市里，…。本组图片由融媒体记者 李俊 摄: the last caption of the headline's group
            cur.body.push({ ...item, text: captionText });
            photoGroup(cur, split[1], item);
          } else {
            // (…大团镇桃农正在修剪桃树。入冬以来, / … / 超过一万亩,成为南汇县的桃业大镇。  张卫东 摄: the credited line ends a
            // caption a column broke into lines, which the story took as its last paragraph until the credit)
            // (an untitled record the caption's lines alone opened may give them all)
            const untitled = cur.titles.length === 0 && cur.bylines.length === 0 && cur.kind !== "photo";
            let from = cur.body.length;
            while (from > (untitled ? 0 : 1) && cur.body[from - 1]!.kind === "text" && (cur.body[from - 1]!.end ?? cur.body[from - 1]!.line) === (from === cur.body.length ? item.line : cur.body[from]!.line) - 1 && (from === cur.body.length ? item.gap === 0 && !item.indent : cur.body[from]!.gap === 0 && !cur.body[from]!.indent)) {
              from--;
              if (cur.body[from]!.gap >= 1 || cur.body[from]!.indent) break;
            }
            const lines = cur.body.slice(from);
            const opening = lines[0];
            const joined = lines.map((b) => b.text).join("");
            // (a scene, dated or not: 连日来，… or 近日，… opens a story's paragraph as often as a caption)
            // (…放心储菜过冬。(通讯员 吴东) / 八五二农场晒场上,职工 / 们正在翻晒新收的稻谷。 张立军 摄: on a page with no blank
            // lines, an untitled record those lines alone opened is the caption's start)
            // (（上接第一版） / 今年以来，皂郊镇在…: a story continued from another page is no caption)
            const whole = from === 0 && untitled && !cur.continued?.from;
            const broken = lines.length > 0 && !endsSentence(lines[lines.length - 1]!.text) && (opening!.gap >= 1 || !!opening!.indent || whole) && joined.length + captionText.length <= 120 && (DATE_OPENING.test(joined) || SCENE_OPENING.test(joined) || (whole && /^[^，,。！？]{2,20}[上里中内前旁边][，,][^。！？]{0,12}(?:在|正在)/.test(joined + captionText)));
            if (broken) cur.body.splice(from);
            if (broken && whole) st.drafts.splice(st.drafts.indexOf(cur), 1);
            const photo = photoFrom(broken ? { ...opening!, text: joined + item.text, end: item.end ?? item.line } : item);
            if (broken && whole) {
              // (the labels the record began with are the photo's: 布海镇 / 8月24日，… 摄)
              photo.startLine = Math.min(photo.startLine, cur.startLine);
              if (cur.kicker) photo.kicker = cur.kicker;
              if (cur.section) photo.section = cur.section;
            }
            st.drafts.push(photo);
            // the story it was set in goes on below it
            st.cur = goesOnBelow ? cur : photo;
            st.closed = !goesOnBelow;
          }
        } else if (cur && !st.closed && nextUnmarkedItem(cur, item)) {
          const d = newDraft(item, "brief");
          d.section = st.briefSection;
          addBody(d, item);
          open(d);
        } else if (cur && !st.closed && !apartFromTightList(cur, item)) {
          if (addBody(cur, item) && cur.body.length > 0) st.closed = true;
        } else if (cur && cur.kind === "article" && cur.body.length > 0 && !st.photoSection && CONTINUATION.test(item.text)) {
          // 记者从龙华区获悉,… under a byline set between the story's paragraphs: the story goes on
          st.closed = false;
          if (addBody(cur, item)) st.closed = true;
        } else {
          const d = newDraft(item, "brief");
          addBody(d, item);
          open(d);
          ctx.report("segment/no-headline", "warning", item.line, "text with no headline; published as an untitled record");
        }
      }
    }
    i++;
  }
  settleEmpty();
  if (pendingLabels.length) {
    const last = st.drafts[st.drafts.length - 1];
    if (last) flushLabels(last);
    else st.drafts.push(Object.assign(newDraft(pendingLabels[0]!, "brief"), { section: pendingLabels.map((l) => l.text).join(" "), endLine: pendingLabels[pendingLabels.length - 1]!.line }));
  }
  for (const { item, page } of jumpsFrom) {
    const d = st.drafts.find((x) => x.startLine > item.line) ?? st.drafts[st.drafts.length - 1]!;
    d.continued = { ...d.continued, from: page };
    touch(d, item);
  }
  // a headline over two paragraphs or more after a brief list is a story of its own, not one of the list's items
  for (const d of listed) {
    if (d.kind === "brief" && d.titles.length > 0 && d.body.filter((b) => b.kind === "text").length >= 2) d.kind = "article";
  }
  // 栏目:图片新闻 / 标题: / 作者:本报记者 李志刚 摄 / 正文: 9月24日,…: an export's untitled photo, its credit in the author field
  for (const d of st.drafts) {
    // (标题：北陵公园里的“银发舞队” / 图说：每天清晨,… / 摄影：本报记者 李刚: a title over a caption field and no text is photo news)
    if (d.kind === "article" && d.body.length === 0 && d.captions.length > 0) d.kind = "photo";
    if (d.kind === "photo" || d.titles.length > 0 || !d.section || !isPhotoSection(d.section) || d.body.length === 0 || d.body.some((b) => b.kind !== "text") || d.captions.length > 0) continue;
    const credit = parseByline(d.bylines);
    if (credit.photographers.length > 0 && credit.people.every((p) => p.role === "摄影")) d.kind = "photo";
  }
  datedByBlocks(items, st.drafts);
  return leadsAboveHeadlines(st.drafts, ctx);
}

/** 日期: 2025-03-20 in an export's block of fields: the date of every record under the block up to the next rule (# 街道速递
 * and each of its items). */
function datedByBlocks(items: Item[], drafts: Draft[]) {
  items.forEach((item, k) => {
    const day = item.ahead ? publishedDate(item.text) : null;
    if (!day) return;
    let close = k + 1;
    while (close < items.length && items[close]!.ahead) close++;
    const rule = items.slice(close + 1).find((it) => it.kind === "furniture" && RULE_LINE.test(it.text.trim()));
    for (const d of drafts) if (d.published === null && d.startLine > item.line && d.startLine < (rule?.line ?? Infinity)) d.published = day;
  });
}

/** 本报讯 记者日前从卢湾区打浦桥街道获悉,… / 打浦桥街道办起“老人饭桌” / 饭桌设在居委会活动室里,…: a lead paragraph set over
 * its headline (the page's columns put it there) opens the story under that headline, when nothing of the story's own
 * (lead, byline, kicker) stands between them. */
function leadsAboveHeadlines(drafts: Draft[], ctx: Context): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const lead = drafts[k]!;
    const story = drafts[k + 1];
    const alone = lead.kind === "article" && lead.titles.length === 0 && !lead.kicker && !lead.section && lead.body.length === 1 && lead.captions.length === 0 && lead.bylines.length === 1 && leadMark(lead.bylines[0]!) !== null;
    // (the lead and the headline name one subject: 打浦桥街道 in both; an unrelated brief over a story stays a brief)
    const leadText = lead.body[0]?.text ?? "";
    const shared = !!story && (sharesRun(story.titles.map((t) => t.text).join(""), leadText, 3) || story.titles.some((t) => leadText.slice(0, 40).includes(t.text.trim().slice(0, 2))));
    if (alone && story && shared && story.kind === "article" && story.titles.length > 0 && !story.kicker && story.bylines.length === 0 && story.body.length > 0 && story.startLine - lead.endLine <= 2 && !story.continued) {
      story.body.unshift(...lead.body);
      story.bylines.unshift(...lead.bylines);
      story.startLine = lead.startLine;
      ctx.report("segment/lead-above-headline", "info", lead.startLine, "a lead paragraph set over the headline under it opens that story");
      continue;
    }
    out.push(lead);
  }
  return out;
}

/** 临江镇种植柑橘已有多年 under 开县临江镇：柑橘园里春管忙: a paragraph opening with a place its story's headline names. */
function opensWithOwnPlace(d: Draft, text: string): boolean {
  const headline = d.titles.map((t) => t.text).join(" ");
  const first = [...findPlaces(text, null), ...findDistricts(text, null)].find((p) => p.index <= 2);
  return !!first && headline.includes(first.text);
}

/** A headline over a caption is the photo's title when it shares words with the caption, district names aside, or is
 * as short as photo titles are (老外滩 秋意浓); a long news headline over an unrelated caption lost its own text. */
function isPhotoTitle(headline: string, caption: string): boolean {
  // (东台市安丰镇棉花收购进度过半 over 大丰市草堰镇农民在场头晾晒…: a caption opening with another place, after its date
  // or not, is another story's photo, whatever words they share)
  const opening = (t: string) => findDistricts(t, null).find((m) => m.index === 0) ?? findPlaces(t.slice(0, 12), null).find((m) => m.index === 0);
  const [own, shown] = [opening(headline), opening(caption.replace(DATE_OPENING, ""))];
  // (宝塔区万亩苹果花开 over 4月12日，河庄坪镇的游客…: a town of the headline's district is its place)
  const within = !!own && !!shown && (shown.districts.some((x) => x.name === own.text) || findPlaces(caption.slice(0, 40), null).some((m) => m.districts.some((x) => x.name === own.text)));
  if (own && shown && !within && !headline.includes(shown.text) && !caption.includes(own.text.replace(/(?:街道|社区|镇|乡|村)$/, ""))) return false;
  if (sharesRun(headline, caption)) return true;
  const bare = headline.replace(/\s/g, "");
  if (bare.length <= 10) return true;
  return bare.length <= 16 && sharesRun(stripDistricts(bare), stripDistricts(caption), 2);
}

/** 赤水镇培训茶农, 驿城区…: a text opening with a town, street or district the gazetteer knows anywhere. */
const opensWithPlaceName = (text: string) => findPlaces(text, null)[0]?.index === 0 || findDistricts(text, null)[0]?.index === 0;

/** The last title line not opening with a 副题's dash. */
const lastUndashed = (titles: Item[]) => {
  for (let k = titles.length - 1; k >= 0; k--) if (!/^[——-]/.test(titles[k]!.text)) return k;
  return -1;
};

/** Two title lines that are two stories' headlines: each opens with its own place (石龙区…植树 / 新华区…送去过冬煤), where a
 * 副题 names a place within the headline's (郑东新区：社区“微治理”… / 如意湖办事处推行…). */
function twoHeadlines(a: string, b: string): boolean {
  if (!startsWithPlace(a) || !startsWithPlace(b) || /^[——-]|[——-]$/.test(a) || /^[——-]/.test(b)) return false;
  if (/^[\u4e00-\u9fa5]{2,10}[:：]/.test(a)) return false;
  // two towns or streets of one district (红庙子镇完成农网改造 / 西屯街道：“民情日记”…): two stories
  const street = (t: string) => findPlaces(t.slice(0, 12), null).find((m) => m.index === 0)?.text;
  const [p, q] = [street(a), street(b)];
  if (p && q && p !== q && a.length > p.length + 3) return true;
  const areas = (t: string) => new Set([...findDistricts(t.slice(0, 12), null), ...findPlaces(t.slice(0, 12), null)].flatMap((m) => m.districts.map((d) => d.code)));
  const [x, y] = [areas(a), areas(b)];
  return ![...x].some((code) => y.has(code));
}

/** 宜都市陆城街道开展冬季征兵宣传 / 为辖区老人办“长寿宴” / 本报讯 11月2日，猇亭区古老背街道…: the first headline's
 * place is not the story's, whose lead opens in another district: the first lost its text. */
function leadElsewhere(a: string, b: string, lead: string): boolean {
  if (!lead || !startsWithPlace(a) || startsWithPlace(b) || /^[——-]|[——-]$/.test(a) || /^[——-]/.test(b)) return false;
  const opening = lead.replace(/^[^)）]*讯[^)）]*[)）]|^[^)）]*讯/, "").slice(0, 40);
  const placesOf = (t: string) => [...findDistricts(t, null), ...findPlaces(t, null)];
  const own = placesOf(a.slice(0, 12)).filter((m) => m.index === 0);
  const there = placesOf(opening);
  if (!own.length || !there.length || own.some((m) => lead.includes(m.text))) return false;
  const codes = new Set(own.flatMap((m) => m.districts.map((d) => d.code)));
  return !there.some((m) => m.districts.some((d) => codes.has(d.code)));
}

/** 泽库镇 → 泽库: a town's or street's name without the word for its kind */
const TOWN_END = new RegExp(`(?:${placeWords.headlineTownEnds.join("|")})$`);
const LABEL_PLACE = new RegExp(`(?:${placeWords.labelEnds.join("|")})$`);
const HEADLINE_TOWN = new RegExp(`^[\\u4e00-\\u9fa5]{2,4}?(?:${placeWords.headlineTownEnds.join("|")})`);

/** 勐仑镇集镇道路改造工程竣工 / 橄榄坝上的“竹楼客栈” / 本报记者 玉罕 / 从景洪市区…到了勐罕镇…橄榄坝: a headline that opens
 * with its town, street or road, none of whose words (three characters in a row, its district aside) the story's opening
 * uses, over a headline whose words it does use: the first is another story's, which lost its text. */
function unrelatedHeadline(a: string, b: string, opening: string): boolean {
  if (!opening || !startsWithPlace(a) || /^[——-]|[——-]$/.test(a) || /^[——-]/.test(b)) return false;
  const bare = (t: string) => stripDistricts(t).replace(/[“”"‘’「」《》\s]/g, "");
  const own = bare(a);
  const place = own.replace(/^\|/, "").match(HEADLINE_TOWN)?.[0];
  if (!place || opening.includes(place)) return false;
  return !sharesRun(own, opening, 3) && sharesRun(bare(b), opening, 2);
}

/** Where a 引题 that ends in a dash (保障港区建设用地需求——) stands after undashed titles, over a title of its own; else -1. */
function dashedPretitleAt(titles: Item[]): number {
  const dashed = (t: Item) => /^[——-]|[——-]$/.test(t.text);
  return titles.findIndex((t, k) => k > 0 && k < titles.length - 1 && /[——-]$/.test(t.text) && !titles.slice(0, k).some(dashed) && !dashed(titles[k + 1]!));
}

/** The first 200 characters of a story's text from item k on: its lead, or a byline and the text under it. */
function openingAt(items: Item[], k: number, limit = 200): string {
  let text = "";
  for (; k < items.length && text.length < limit; k++) {
    const item = items[k]!;
    if (item.kind === "furniture") continue;
    if (item.kind !== "lead" && item.kind !== "byline" && item.kind !== "text") break;
    text += item.text;
  }
  return text.slice(0, limit);
}

/** District names, which every story of a district page shares, replaced by a mark that matches nothing. */
const stripDistricts = (t: string) => findDistricts(t, null).reduce((s, m) => s.replaceAll(m.text, "|"), t);

/** A headline that opens with its town or street (颛桥镇…) over one caption that names another one first (3月15日,华漕镇的…)
 * and never the headline's. */
function captionsElsewhere(d: Draft): boolean {
  const headline = headlineOf(d);
  // the headline's town, known to the gazetteer or by its shape (李中镇水上森林公园…)
  // (or its kicker's, when the headline names none: 肥东县店埠镇启动农村 / 人居环境整治)
  const opening = (t: string) => findPlaces(t.slice(0, 12), null).find((m) => m.index === 0) ?? t.match(TOWN_SHAPE)?.[1];
  const own = opening(headline) ?? (d.kicker ? opening(d.kicker) : undefined);
  const body = joinLines(d.body);
  // (a scene and a sentence about it: 6月9日，梅村镇一家针织厂的女工正在赶制…。今年以来，该镇…。)
  const twoSentences = body.length === 1 && body[0]!.text.length <= 100 && (body[0]!.text.match(/[。！？!?]/g)?.length ?? 0) <= 2;
  if (body.length !== 1 || !PHOTO_OPENING.test(body[0]!.text) || !(captionLike(body[0]!.text, 80) || longCaptionLike(body[0]!.text) || twoSentences)) return false;
  const caption = body[0]!.text;
  // (肥东县店埠镇… over 7月10日，游客在肥西县三河古镇…: the county it opens with, and another county in the caption)
  // (长丰县草莓采摘季开启 over 2月18日，蜀山区的市民在水湖镇…: a town of the headline's county, whoever visits it, is no
  // other place)
  const ownCounty = findDistricts(d.kicker ?? headline, null).find((m) => m.index === 0);
  const thereCounty = findDistricts(caption.slice(0, 30), null)[0];
  const inOwnCounty = !!ownCounty && findPlaces(caption.slice(0, 40), null).some((m) => m.districts.some((x) => x.name === ownCounty.text));
  if (ownCounty && thereCounty && thereCounty.text !== ownCounty.text && !caption.includes(ownCounty.text) && !inOwnCounty) return true;
  if (!own) return false;
  const there = findPlaces(caption.slice(0, 30), null)[0];
  const ownName = typeof own === "string" ? own : own.text;
  if (caption.includes(ownName.replace(/(街道|镇|乡)$/, ""))) return false;
  // (a town the gazetteer lacks, by its shape after the date: 6月9日，梅村镇一家针织厂…)
  const shaped = caption.replace(DATE_OPENING, "").match(TOWN_SHAPE)?.[1];
  if (!there) return !!shaped && shaped !== ownName;
  return typeof own === "string" ? there.text !== own : !there.districts.some((x) => own.districts.includes(x)) || there.text !== own.text;
}


/** Whether a bracketed label names a place (【幸福里社区】, 【石柱镇】) rather than a topic (【抓招商】). */
const namesPlace = (label: string) => isPlaceLine(label) || LABEL_PLACE.test(label);

/** 包头市东河区司法局近日组织…深入 (a column broke the line): an item's subject and when, the opening of its sentence,
 * never its title. */
// (a headline may say 今天起, 昨日: ●滨河公园今天起恢复免费开放; 近日, 日前 open a report's sentence)
const SENTENCE_TIME = /^[\u4e00-\u9fa5]{2,16}(?:近日|日前|近期|连日来)[\u4e00-\u9fa5]/;

/** 图/孙卫, 文/图 陈宇, 刘洋 摄: a credit that names a photo's taker. */
const PHOTO_WORDS = /图[/／]|文\s*[/／]\s*图|摄/;

/** ①退休职工…, 图②…: a photo's number opening its caption. */
const CIRCLED_NUMBER = /^(?:图\s?)?[①-⑩]/;

/** …书画作品一百二十多幅。(公司老干部处提供): a paragraph closed by who supplied the story or its photo. */
const SUPPLIED_END = /[。！？!?”][(（][^()（）]{2,20}(?:提供|供图|供稿)[)）]$/;

/** ●金水区开展消防演练 近日,… · 【幸福里社区】居民自发… · ■社区书屋开放 → a brief with its kicker, headline and body. */
function briefFromBullet(item: Item): Draft {
  const d = newDraft(item, "brief");
  let text = stripListMark(item.text);
  // 1.八台镇新建3个村卫生室。4月中旬,…: a numbered item's first sentence is its headline
  const numbered = text.match(NUMBERED_RUN_IN);
  if (numbered) {
    d.titles.push({ ...item, text: numbered[1]!, kind: "title" });
    d.body.push({ ...item, text: text.slice(numbered[0].length), kind: "text" });
    return d;
  }
  // 长阳铺镇:农民夜校开课　长阳铺镇今年…: a place and its title, run in before the text, are the item's headline
  const runIn = text.match(/^([\u4e00-\u9fa5]{2,12}[:：][^\s:：，,。]{2,24})[ \u3000]+(?=\S)/);
  // (大埠乡：10月15日　该乡…: a place and the day, not a title)
  if (runIn && isTitleLike(runIn[1]!) && !/[:：]\s*(?:\d{1,4}[年月日]|近日|日前|近期|今年|昨天|昨日|今天|日前|前不久|连日来)/.test(runIn[1]!) && /[，,。]/.test(text.slice(runIn[0].length))) {
    d.titles.push({ ...item, text: runIn[1]!, kind: "title" });
    d.body.push({ ...item, text: text.slice(runIn[0].length), kind: "text" });
    return d;
  }
  const kicker = text.match(/^[【\[]([^】\]]{2,16})[】\]]\s*/);
  // ●南开区 近日，南开区在…, ■江南镇：日前组织…: a place, a space or a colon, the item's text
  const place = kicker ? null : text.match(/^([\u4e00-\u9fa5]{2,12})(?:\s+|\s*[:：]\s*)(?=\S)/);
  if (kicker) {
    d.kicker = kicker[0].trim();
    text = text.slice(kicker[0].length);
  } else if (place && (isPlaceLine(place[1]!) || isShortAreaName(place[1]!, text) || place[1]!.match(TOWN_SHAPE)?.[1] === place[1]) && !isTitleLike(text)) {
    d.kicker = place[1]!;
    text = text.slice(place[0].length);
  }
  // (■本周六　东关社区将…: a time, not a title; ■张建国　今年七十岁，…: the item's subject, a person)
  const head0 = text.match(/^(\S{3,30}?)[\s:：]+(?=\S)/);
  const rest0 = head0 ? text.slice(head0[0].length) : "";
  const head = head0 && head0[1]!.length === 3 && (/^(?:本周|下周|上周|周|星期|今|明|昨|本月|下月|上月|近|日前)/.test(head0[1]!) || (SURNAME.test(head0[1]!) && /^(?:今年|现年|是|家住|老人|退休|[，,])/.test(rest0))) ? null : head0;
  if (d.kicker && !kicker) {
    d.body.push({ ...item, text, kind: "text" });
  } else if (isTitleLike(text) && !endsSentence(text) && !SENTENCE_TIME.test(text)) {
    d.titles.push({ ...item, text, kind: "title" });
  } else if (head && isTitleLike(head[1]!) && (!kicker || (head[1]!.length >= 6 && /[，,。]/.test(text.slice(head[0].length)) && !/^[“"「‘(（]/.test(text.slice(head[0].length)) && !/近日|日前|近期/.test(head[1]!)))) {
    // 【车站街道】“家门口”办证点开张 孝南区车站街道在…: after the kicker, a title and a space before the text
    d.titles.push({ ...item, text: head[1]!, kind: "title" });
    d.body.push({ ...item, text: text.slice(head[0].length), kind: "text" });
  } else if (text) {
    d.body.push({ ...item, text, kind: "text" });
  }
  return d;
}

/** 9月10日,高庄镇一处梨园里,果农正在采摘酥梨。…。据了解,…。: a dated or scene caption may say three sentences of its
 * background before its credit. */
const datedScene = (text: string) => text.length <= 150 && PHOTO_OPENING.test(text) && /[。！!]$/.test(text) && (text.match(/[。！!?？]/g)?.length ?? 0) <= 3 && !/[“”"]/.test(text);

/** A headline over one to four short paragraphs, with no lead, byline nor subhead: the captions of a group of photos. */
function isCaptionGroup(d: Draft): boolean {
  if ((d.kind !== "article" && d.kind !== "brief") || d.titles.length === 0 || d.bylines.length > 0 || d.captions.length > 0) return false;
  // a brief's headline on a line of its own, not an item's opening words (●罗桥街道为环卫工人送清凉　近日，…)
  if (d.kind === "brief" && d.body.some((b) => d.titles.some((t) => t.line === b.line))) return false;
  // (the last caption may be cut off by the page; a column may break a caption over lines)
  if (d.body.some((b) => b.kind !== "text")) return false;
  const paragraphs = joinLines(d.body);
  if (paragraphs.length === 0 || paragraphs.length > 4 || paragraphs.some((b, k) => b.text.length > 120 || (!endsSentence(b.text) && k < paragraphs.length - 1))) return false;
  // (…正式开门营业。食堂面向…。其中…。 / “菜软和，…”72岁的居民周淑华说。 / 图/凤凰山街道: a story's text, what is said and
  // three sentences, over the credit of a photo it does not caption)
  if (paragraphs.some((b) => quotesSpeech(b.text))) return false;
  return isPhotoTitle(headlineOf(d) ?? "", d.body.map((b) => b.text).join(""));
}

/** A story's last paragraphs that read as captions: short single sentences after its longer text. */
function trailingCaptions(d: Draft): Item[] {
  const out: Item[] = [];
  for (let k = d.body.length - 1; k > 0; k--) {
    const b = d.body[k]!;
    if (b.kind !== "text" || !(captionLike(b.text, 50) || (b.text.length <= 100 && PHOTO_OPENING.test(b.text))) || REFERS_BACK.test(b.text)) break;
    out.unshift(b);
  }
  return out.length < d.body.length ? out : [];
}

/** Whether a caption opens (in its first 20 characters) with a district, county or town that `story` never names. */
function showsElsewhere(caption: string, story: string): boolean {
  const places = [...findDistricts(caption.slice(0, 20), null), ...findPlaces(caption.slice(0, 20), null)];
  return places.length > 0 && places.every((p) => !story.includes(p.text));
}

/** 水富县云富镇居民在新修的滨江路上散步。… / 盐津县盐井镇农民将…。 closing a story of 鲁甸县: its last paragraphs, two at
 * least, each a caption of a sentence or two opening with a county or district the story before them never names. */
function trailingScenesElsewhere(d: Draft): Item[] {
  const out: Item[] = [];
  for (let k = d.body.length - 1; k > 0; k--) {
    const b = d.body[k]!;
    const before = headlineOf(d) + (d.kicker ?? "") + d.body.slice(0, k).map((x) => x.text).join("");
    // (a county or district, 水富县…: not a town of the story's own county, 小岭镇…, as a round-up of its towns opens each one)
    const opening = findDistricts(b.text.slice(0, 12), null).filter((p) => p.index === 0);
    if (b.kind !== "text" || !longCaptionLike(b.text) || b.text.length > 80 || opening.length === 0 || opening.some((p) => before.includes(p.text))) break;
    out.unshift(b);
  }
  return out.length >= 2 && out.length < d.body.length ? out : [];
}

/** The photo records at the end of `drafts` with no credit of their own, for a credit shared by a group. */
function trailingPhotos(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.kind === "photo"; k--) out.unshift(drafts[k]!);
  return out.filter((p) => p.bylines.length === 0);
}

function assignLabel(d: Draft, item: Item) {
  if (item.kind === "section") d.section = d.section ? `${d.section} ${item.text}` : item.text;
  else d.kicker = d.kicker ? `${d.kicker}${item.text}` : item.text;
  touch(d, item);
}

/** Index of the main markdown heading among title lines (titles.ts mainHeading, of those not opening with a 副题's dash), or -1 when all are plain lines. */
function findMainHeading(titles: Item[]): number {
  return mainHeading(titles, (t) => !/^[——-]/.test(t.text));
}
