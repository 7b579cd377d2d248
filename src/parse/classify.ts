// "# 科普角" → section · "卫滨区" → kicker · "本报讯(记者张苗)…" → lead · "秦振华 摄" → photo-credit · "上一篇 下一篇" → furniture · "(下转A03版)" → jump · "●金水区…" → bullet
import type { Context } from "./context.ts";
import type { Item, ItemKind, Line } from "./types.ts";
import furnitureData from "../data/page-furniture.json" with { type: "json" };
import { isPlaceLine } from "./gazetteer.ts";
import { isBylineText, isPhotoCreditText, leadMark } from "./parse-byline.ts";
import { isTitleLike } from "./text-shape.ts";

const FURNITURE = furnitureData.furniture.map((s) => new RegExp(s));
const SECTIONS = new Set(furnitureData.sections);
const BRIEF_SECTION = new RegExp(furnitureData.briefSections);
const SUBHEADS = furnitureData.subheads.map((s) => new RegExp(s));
export const JUMP = new RegExp(furnitureData.jump);
const SOURCE_CREDIT = /^[(（][^()（）]{2,30}(提供|供稿|供图|来源)[)）]$|^(?:来源|稿件来源|资料来源)[:：]\s*\S{2,30}$/;
const BULLET = /^[●■◆▲★☆◇○•·▪]\s*\S|^[【\[][^】\]]{2,16}[】\]]\s*\S/;
const BRACKET_KICKER = /^[【\[]([^】\]]{2,16})[】\]]$/;

export const isBriefSection = (text: string) => BRIEF_SECTION.test(text) && text.length <= 10;
export const isSubheadText = (text: string) => SUBHEADS.some((re) => re.test(text));

function kindOf(text: string, level: number): ItemKind {
  if (FURNITURE.some((re) => re.test(text))) return "furniture";
  if (SECTIONS.has(text) || isBriefSection(text)) return "section";
  if (level > 0) return "heading";
  if (JUMP.test(text)) return "jump";
  if (leadMark(text)) return "lead";
  if (SOURCE_CREDIT.test(text)) return "source-credit";
  if (isPhotoCreditText(text)) return "photo-credit";
  if (isBylineText(text)) return "byline";
  if (isSubheadText(text) && text.length <= 30) return "subhead";
  if (BRACKET_KICKER.test(text)) return "kicker";
  if (BULLET.test(text)) return "bullet";
  if (isPlaceLine(text)) return "kicker";
  if (isTitleLike(text)) return "title";
  return "text";
}

export function classify(lines: Line[], ctx: Context): Item[] {
  const items: Item[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.text === "") {
      gap++;
      continue;
    }
    const heading = line.text.match(/^(#{1,6})\s*(.*)$/);
    const level = heading ? heading[1]!.length : 0;
    const text = heading ? heading[2]!.trim() : line.text;
    if (heading && text === "") {
      ctx.report("classify/empty-heading", "warning", line.n, "heading mark with no text; ignored");
      gap++;
      continue;
    }
    items.push({ line: line.n, text, gap, kind: kindOf(text, level), level });
    gap = 0;
  }
  markRepeated(items);
  markContents(items);
  for (const item of items) if (item.kind === "furniture") ctx.report("classify/furniture", "info", item.line, `dropped page furniture “${item.text}”`);
  return items;
}

const KEEP_WHEN_REPEATED = new Set<ItemKind>(["byline", "photo-credit", "lead", "source-credit", "section", "subhead", "kicker", "jump"]);

/** A line printed three times or more on one page (navigation before every article) is furniture. */
function markRepeated(items: Item[]) {
  const count = new Map<string, number>();
  for (const item of items) count.set(item.text, (count.get(item.text) ?? 0) + 1);
  for (const item of items) {
    if ((count.get(item.text) ?? 0) >= 3 && !KEEP_WHEN_REPEATED.has(item.kind) && item.text.length <= 40) item.kind = "furniture";
  }
}

const tocKey = (text: string) => text.replace(/^[●■◆▲★☆◇○•·▪\d.、\s]+/, "").replace(/[\s.…·\-—]*[A-Za-z]?\d{0,3}版?$/, "").replace(/\s/g, "");

/** A block of short lines at the page's top that recur as headlines below is its table of contents. */
function markContents(items: Item[]) {
  let end = 0;
  while (end < items.length) {
    const item = items[end]!;
    if (item.kind !== "furniture" && item.kind !== "section" && !(item.kind === "title" || item.kind === "heading" || item.kind === "bullet" || item.kind === "kicker")) break;
    end++;
  }
  if (end < 2) return;
  const keys = items.map((i) => (i.kind === "furniture" ? "" : tocKey(i.text)));
  const recurs = (k: number) => keys[k]!.length >= 4 && keys.indexOf(keys[k]!, k + 1) > 0;
  const listed = items.slice(0, end).filter((_, k) => recurs(k));
  if (listed.length < 2) return;
  for (const item of listed) item.kind = "furniture";
}
