// The home page's list: the 20 newest records, newest first, then by URL: [{date:"2024-04-07"}, {date:"2023-01-02"}, …] →
// [ref of 2024-04-07, ref of 2023-01-02, …].
import type { ArticleRecord } from "../../parse/types.ts";
import type { ViewContext } from "./context.ts";
import { REF_READS, type RecordRef } from "./pages.ts";

export const NEWEST = 20;

export const reads = [...REF_READS] as const satisfies readonly (keyof ArticleRecord)[];

export function home(_records: ArticleRecord[], ctx: ViewContext): RecordRef[] {
  return ctx.newestFirst.slice(0, NEWEST).map(ctx.ref);
}
