// "# 科普角" → section · "卫滨区" → kicker · "本报讯(记者张苗)…" → lead · "秦振华 摄" → photo-credit · "扫一扫 关注我们" → furniture
import type { Context } from "./context.ts";
import type { Item, ItemKind, Line } from "./types.ts";
import furnitureData from "../data/page-furniture.json" with { type: "json" };
import { isPlaceLine } from "./gazetteer.ts";
import { isBylineText, isPhotoCreditText } from "./parse-byline.ts";
import { isTitleLike } from "./text-shape.ts";

const FURNITURE = furnitureData.furniture.map((s) => new RegExp(s));
const SECTIONS = new Set(furnitureData.sections);
const SOURCE_CREDIT = /^[((][^()()]{2,30}(提供|供稿|供图|来源)[))]$/;

function kindOf(text: string, level: number): ItemKind {
  if (FURNITURE.some((re) => re.test(text))) return "furniture";
  if (SECTIONS.has(text)) return "section";
  if (level > 0) return "heading";
  if (/^本报讯/.test(text)) return "lead";
  if (SOURCE_CREDIT.test(text)) return "source-credit";
  if (isPhotoCreditText(text)) return "photo-credit";
  if (isBylineText(text)) return "byline";
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
    const kind = kindOf(text, level);
    if (kind === "furniture") ctx.report("classify/furniture", "info", line.n, `dropped page furniture “${text}”`);
    items.push({ line: line.n, text, gap, kind, level });
    gap = 0;
  }
  return items;
}
