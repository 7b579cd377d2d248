// [{keywords:["垃圾分类","社区","志愿者"]}, {keywords:["垃圾分类","社区"]}, …] → each record's related: sharing two keywords or more, most first, five at most.
import type { ArticleRecord } from "../../parse/types.ts";
import type { ViewContext } from "./context.ts";
import { REF_READS, type RecordRef } from "./pages.ts";

export const reads = [...REF_READS, "keywords", "id"] as const satisfies readonly (keyof ArticleRecord)[];

/** The related records of each record, in the order of `records` (counted in a typed array: 100k records × their keywords). */
export function related(records: ArticleRecord[], ctx: ViewContext): RecordRef[][] {
  const byKeyword = new Map<string, number[]>();
  records.forEach((r, k) => {
    for (const kw of r.keywords) {
      const list = byKeyword.get(kw);
      if (list) list.push(k);
      else byKeyword.set(kw, [k]);
    }
  });
  const scores = new Uint16Array(records.length);
  const touched: number[] = [];
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && records[a]!.id < records[b]!.id);
  const relatedOf = (k: number): RecordRef[] => {
    touched.length = 0;
    for (const kw of records[k]!.keywords) {
      const sharing = byKeyword.get(kw)!;
      if (sharing.length > 200) continue; // a word in every other record relates nothing
      for (const o of sharing) if (o !== k && scores[o]!++ === 0) touched.push(o);
    }
    // the five best by score, then id: kept in order by insertion (a full sort of hundreds of candidates per record is slow)
    const best: number[] = [];
    for (const o of touched) {
      if (scores[o]! < 2 || (best.length === 5 && !before(o, best[4]!))) continue;
      let i = Math.min(best.length, 4);
      while (i > 0 && before(o, best[i - 1]!)) i--;
      best.splice(i, 0, o);
      if (best.length > 5) best.pop();
    }
    for (const o of touched) scores[o] = 0;
    return best.map((o) => ctx.ref(records[o]!));
  };
  return records.map((_, k) => relatedOf(k));
}
