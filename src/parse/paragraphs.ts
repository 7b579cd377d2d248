// "…现代化产业体系建" + "设,强化企业创新主体地位…" → one paragraph; a subhead (坚持联建共建 打造“新”阵地) stays its own.
import type { Context } from "./context.ts";
import type { BylinedDraft, ReadDraft } from "./types.ts";
import { endsSentence } from "./text-shape.ts";

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
    return { ...d, paragraphs: out, subheadings };
  });
}
