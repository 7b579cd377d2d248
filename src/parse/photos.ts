// Photo news and trailing captions, once every story is cut: "沌口街道…开园" over one caption and "文/图 记者 陈晨" → a
// photo record; a story credited 文/图 whose last short sentence is "孩子们在“共享书房”里看书。" → that sentence is its caption.
import type { Context } from "./context.ts";
import type { Draft } from "./types.ts";
import { leadMark, parseByline } from "./parse-byline.ts";
import { captionLike, PHOTO_NUMBER, REFERS_BACK } from "./text-shape.ts";

/** Words of a story's closing sentence (what will be done, what has been, who said it), never of a photo's caption. */
const CLOSING_WORDS = /据|将|计划|下一步|今后|目前|表示|介绍|说|已经|已有|共有|累计|预计|进一步|希望|还要|要求|截至|记者|了解|如今|今年|去年|以来|此外|同时|届时|^[^，,]{0,6}[，,].*[，,]/;

export function photos(drafts: Draft[], ctx: Context): Draft[] {
  for (const d of drafts) {
    if (isPhotoNews(d)) d.kind = "photo";
    else takeTrailingCaption(d, ctx);
  }
  return drafts;
}

/** Photo news: a headline over a caption or two, or up to four short ones, and a photo credit (文/王鹏 图/李娟,
 * 本组图片由…摄), with no lead; three or four only when each is one short sentence going on from none before it. */
function isPhotoNews(d: Draft): boolean {
  if (d.kind !== "article" || d.titles.length === 0 || d.body.length === 0 || d.body.length > 4) return false;
  // paragraphs with no number beside numbered captions (… / 图① 茭农在田里采收茭白。): a story's text and its photos
  if (d.captions.length > 0 && d.captions.every((c) => PHOTO_NUMBER.test(c.text)) && !d.body.some((b) => PHOTO_NUMBER.test(b.text))) return false;
  if (d.body.some((b) => b.kind !== "text" || b.text.length > 120)) return false;
  if (d.body.length > 2 && !d.body.every((b) => captionLike(b.text, 50) && !REFERS_BACK.test(b.text))) return false;
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
