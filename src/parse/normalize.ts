// "\ufeff# 标题\r\n　正文" → [{n:1,text:"# 标题"},{n:2,text:"正文"}]: CRLF/CR, BOM, U+3000 and stray spaces, never adding or removing a line.
import type { Context } from "./context.ts";
import type { Line } from "./types.ts";

const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function normalize(text: string, ctx: Context): Line[] {
  const raw = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  return raw.map((line, i) => {
    const cleaned = line.replace(/\ufeff/g, "").replace(CONTROL, "");
    if (cleaned.length !== line.replace(/\ufeff/g, "").length) {
      ctx.report("normalize/control-character", "warning", i + 1, "removed control characters from this line");
    }
    // "| 昨日,… 摄 |": a scraped table cell's borders
    const text = cleaned.replace(SPACES, " ").replace(/ {2,}/g, " ").trim().replace(/^[|｜]\s*(.*?)\s*[|｜]$/, (all, inner: string) => (/[|｜]/.test(inner) ? all : inner));
    return text && /^[\s\u3000\u00a0]/.test(cleaned) ? { n: i + 1, text, indent: true } : { n: i + 1, text };
  });
}
