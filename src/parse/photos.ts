// Photo news and trailing captions, once every story is cut: "沌口街道…开园" over one caption and "文/图 记者 陈晨" → a
// photo record; a story credited 文/图 whose last short sentence is "孩子们在“共享书房”里看书。" → that sentence is its caption.
import type { Context } from "./context.ts";
import type { Draft } from "./types.ts";
import { leadMark, parseByline, splitPhotoCredit } from "./parse-byline.ts";
import { captionLike, joinLines, PHOTO_NUMBER, PHOTO_REFERENCE, photoNumber, REFERS_BACK } from "./text-shape.ts";

/** Words of a story's closing sentence (what will be done, what has been, who said it), never of a photo's caption. */
const CLOSING_WORDS = /据|将|计划|下一步|今后|目前|表示|介绍|说|已经|已有|共有|累计|预计|进一步|希望|还要|要求|截至|记者|了解|如今|今年|去年|以来|此外|同时|届时|^[^，,]{0,6}[，,].*[，,]/;

/** …采收玉米。 丹巴县融媒体中心供图: an office that gave the photo, after its caption */
const GIVEN_BY = /(?<=[。！!])\s*[(（]?[\u4e00-\u9fa5]{2,16}(?:供图|提供)[)）]?$/;

export function photos(drafts: Draft[], ctx: Context): Draft[] {
  for (const d of drafts) {
    if (isPhotoNews(d)) d.kind = "photo";
    else takeTrailingCaption(d, ctx);
  }
  return gatherReferredPhotos(drafts, ctx);
}


/** …本届野山参节将持续至9月底。 / （见图①②） … 图① 9月20日，… / 图② 客商在… / 本组图片由…摄 at the page's foot: the
 * numbered photos a story points to are its own, their captions and credit with it. A pointer to photos this page does
 * not print (they are on another page) stays the story's text. */
function gatherReferredPhotos(drafts: Draft[], ctx: Context): Draft[] {
  const photoOf = (d: Draft) => (d.kind === "photo" && d.titles.length === 0 ? (d.captions[0]?.text ?? d.body.map((b) => b.text).join("")).trim() : "");
  const printed = new Set(drafts.flatMap((d) => [photoNumber(photoOf(d)), ...d.captions.map((c) => photoNumber(c.text))]).filter((n): n is string => n !== null));
  if (printed.size === 0) return drafts;
  const pointsTo = (text: string) => (PHOTO_REFERENCE.exec(text)?.[1]!.match(/[①-⑩]|[\d一二三四五六七八九十]+/g) ?? []).filter((n) => printed.has(n));
  const referred = new Map<string, Draft>();
  const kept: Draft[] = [];
  const refer = (story: Draft, text: string, numbers: string[], line: number) => {
    for (const n of numbers) referred.set(n, story);
    story.credits.push(text);
    ctx.report("photos/reference", "info", line, `“${text}” points the story to its photos ${numbers.map((n) => `图${n}`).join("、")}`);
  };
  for (const d of drafts) {
    // its last paragraph, or alone on its line under the story (an untitled paragraph)
    const last = d.kind === "article" ? d.body[d.body.length - 1] : undefined;
    const own = last && last.kind === "text" ? pointsTo(last.text.trim()) : [];
    if (own.length) {
      d.body.pop();
      refer(d, last!.text.trim(), own, last!.line);
    }
    const alone = d.titles.length === 0 && d.bylines.length === 0 && d.captions.length === 0 && d.body.length === 1 ? d.body[0]!.text.trim() : null;
    const story = kept[kept.length - 1];
    const numbers = alone ? pointsTo(alone) : [];
    if (numbers.length && story && story.kind === "article") {
      refer(story, alone!, numbers, d.startLine);
      story.endLine = Math.max(story.endLine, d.endLine);
      continue;
    }
    kept.push(d);
  }
  if (referred.size === 0) return kept;
  // the numbered photos: photo records of their own, or captions a story took by the page's order; a credit under the
  // last of them, alone, names them all (本组图片由…摄)
  const numbered = kept.filter((d) => photoNumber(photoOf(d)) !== null);
  const lastAt = Math.max(-1, ...numbered.map((d) => kept.indexOf(d)), ...kept.map((d, k) => (d.captions.some((c) => photoNumber(c.text) !== null) ? k : -1)));
  const next = kept[lastAt + 1];
  const creditAlone = next && next.kind === "photo" && next.titles.length === 0 && next.body.length === 0 && next.captions.length === 0 && next.bylines.length > 0 ? next : null;
  const sharedBylines = creditAlone?.bylines ?? [];
  const shared = parseByline(sharedBylines).photographers;
  const moved = new Set<Draft>();
  const credited = new Set<Draft>();
  /** a caption and its own credit (王强 摄 on its line, or the line under it) into the story: the credit leaves the
   * record it was in unless a caption still there is that photographer's */
  const take = (story: Draft, from: Draft, text: string, photographers: string[], line: number, end = line) => {
    story.captions.push({ text, photographers: photographers.length ? photographers : shared, line });
    const credits = photographers.length ? from.bylines.filter((b) => parseByline([b]).photographers.some((p) => photographers.includes(p))) : sharedBylines;
    for (const b of credits) if (!story.bylines.includes(b)) story.bylines.push(b);
    if (photographers.length) from.bylines = from.bylines.filter((b) => !credits.includes(b) || from.captions.some((c) => c.photographers.some((p) => parseByline([b]).photographers.includes(p))));
    // its lines now the story's: its source reaches down to them
    story.endLine = Math.max(story.endLine, end);
    credited.add(story);
    ctx.report("photos/referred", "info", line, `photo “${text.slice(0, 12)}…” taken into the story that points to it`);
  };
  for (const p of numbered) {
    const story = referred.get(photoNumber(photoOf(p))!);
    if (!story) continue;
    take(story, p, photoOf(p), parseByline(p.bylines).photographers, p.startLine, p.endLine);
    moved.add(p);
  }
  for (const d of kept) {
    for (const c of [...d.captions]) {
      const story = referred.get(photoNumber(c.text) ?? "");
      if (!story) continue;
      if (story === d) {
        // its own already, by the page's order: the credit under the run names it too
        if (c.photographers.length === 0) c.photographers = shared;
        for (const b of sharedBylines) if (!d.bylines.includes(b)) d.bylines.push(b);
        credited.add(d);
        continue;
      }
      d.captions.splice(d.captions.indexOf(c), 1);
      take(story, d, c.text, c.photographers, c.line);
    }
  }
  // the credit alone is the stories' now, its line within each one's source
  if (creditAlone && credited.size > 0) {
    moved.add(creditAlone);
    for (const story of credited) story.endLine = Math.max(story.endLine, creditAlone.endLine);
  }
  return kept.filter((d) => !moved.has(d));
}
/** Photo news: a headline over a caption or two, or up to four short ones, and a photo credit (文/王鹏 图/李娟,
 * 本组图片由…摄), with no lead; three or four only when each is one short sentence going on from none before it. */
function isPhotoNews(d: Draft): boolean {
  if (d.kind !== "article" || d.titles.length === 0 || d.body.length === 0) return false;
  // paragraphs with no number beside numbered captions (… / 图① 茭农在田里采收茭白。): a story's text and its photos
  if (d.captions.length > 0 && d.captions.every((c) => PHOTO_NUMBER.test(c.text)) && !d.body.some((b) => PHOTO_NUMBER.test(b.text))) return false;
  if (d.body.some((b) => b.kind !== "text")) return false;
  // (6月5日,艾山街道组织城管、 / 工商等部门,… / 侧违章搭建的小棚屋二十七处。: one caption a column broke into lines)
  const paragraphs = joinLines(d.body);
  if (paragraphs.length > 4 || paragraphs.some((b) => b.text.length > 120)) return false;
  if (paragraphs.length > 2 && !paragraphs.every((b) => captionLike(b.text, 50) && !REFERS_BACK.test(b.text))) return false;
  // (…调解成功率九成以上。 / ▲调解团成员在村民家中了解情况。: a story whose photo has its caption already, its paragraphs the text)
  // (德格县农民在田间抢收青稞。 刘炳科 摄 / 丹巴县农民在坡地上采收玉米。 丹巴县融媒体中心供图: captions, each with its credit)
  if (d.captions.length > 0 && paragraphs.some((b) => !captionLike((splitPhotoCredit(b.text)?.[0] ?? b.text).replace(GIVEN_BY, ""), 50))) return false;
  const byline = parseByline(d.bylines);
  return byline.photographers.length > 0 && !d.bylines.some((b) => leadMark(b)) && byline.people.every((p) => p.role === "摄影" || d.bylines.some((b) => /图/.test(b)));
}

/** A story with a photo credit (文/图, 图/…, …摄) whose last paragraph is one short sentence, no closing words, ends with
 * its photo's caption (孩子们在“四点半课堂”里写作业。), printed under the text without a gap. */
function takeTrailingCaption(d: Draft, ctx: Context) {
  if (d.kind !== "article" || d.captions.length > 0 || d.body.length < 3) return;
  const last = d.body[d.body.length - 1]!;
  if (last.kind !== "text" || !captionLike(last.text) || REFERS_BACK.test(last.text) || !(/在|正在|为/.test(last.text.slice(0, 16)) || !CLOSING_WORDS.test(last.text))) return;
  const byline = parseByline(d.bylines);
  if (byline.photographers.length === 0) return;
  d.body.pop();
  d.captions.push({ text: last.text, photographers: byline.photographers, line: last.line });
  ctx.report("photos/trailing-caption", "info", last.line, "the story's last short sentence taken as the caption of its photo (its byline credits one)");
}
