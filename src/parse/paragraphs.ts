// "…现代化产业体系建" + "设,强化企业创新主体地位…" → one paragraph; a subhead (坚持联建共建 打造“新”阵地) stays its own.
import type { Context } from "./context.ts";
import type { BylinedDraft, ReadDraft } from "./types.ts";
import { endsSentence } from "./text-shape.ts";

/** （丰满区委宣传部提供）: who gave the photo; not a note of who gave what to whom (（所需树苗由区林业局免费提供）). */
const PROVIDED = /[(（][^()（）由免]{2,30}(?:提供|供稿|供图)[)）]$/;

export function paragraphs(drafts: BylinedDraft[], ctx: Context): ReadDraft[] {
  return drafts.map((d) => {
    const out: string[] = [];
    const subheadings: number[] = [];
    let open = false;
    for (const item of d.body) {
      if (open) {
        out[out.length - 1] += item.text;
      } else {
        if (item.kind !== "text" && item.kind !== "lead") subheadings.push(out.length);
        out.push(item.text);
      }
      open = !subheadings.includes(out.length - 1) && !endsSentence(out[out.length - 1]!);
    }
    const last = d.body[d.body.length - 1];
    if (open && last && d.kind !== "photo") {
      ctx.report("paragraphs/truncated", "warning", last.line, "article ends mid-sentence (cut off on the page?)");
    }
    // (…今年冬捕预计于本月下旬正式开始。（丰满区委宣传部提供）: who gave a photo is its credit, not its caption's words)
    const credits = [...d.credits];
    if (d.kind === "photo") {
      out.forEach((p, k) => {
        const given = p.match(PROVIDED);
        if (!given || given.index === 0 || !/[。！!？?”]\s*$/.test(p.slice(0, given.index))) return;
        credits.push(given[0]);
        out[k] = p.slice(0, given.index).trim();
      });
    }
    return { ...d, paragraphs: out, subheadings, credits };
  });
}
