// ["本报讯(记者张苗 通讯员肖紫薇)"] → {raw, reporters: ["张苗"], correspondents: ["肖紫薇"], photographers: []}
import type { Context } from "./context.ts";
import type { BylinedDraft, TitledDraft } from "./types.ts";
import { parseByline } from "./parse-byline.ts";

export function byline(drafts: TitledDraft[], ctx: Context): BylinedDraft[] {
  return drafts.map((d) => {
    const b = parseByline(d.bylines, d.kind === "brief" ? "通讯员" : "记者");
    if (b.raw && b.raw !== "本报讯" && b.reporters.length + b.correspondents.length + b.photographers.length === 0) {
      ctx.report("byline/unread", "warning", d.startLine, `could not read names in byline “${b.raw}”`);
    }
    return { ...d, byline: b };
  });
}
