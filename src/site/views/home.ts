// [{date:"2023-01-02"}, {date:"2024-04-07"}, …] → the home page's 20 newest records, newest first, then by URL.
import type { ArticleRecord } from "../../parse/types.ts";
import type { ViewContext } from "./context.ts";
import { REF_READS, type RecordRef } from "./pages.ts";

export const NEWEST = 20;

export const reads = [...REF_READS] as const satisfies readonly (keyof ArticleRecord)[];

export function home(_records: ArticleRecord[], ctx: ViewContext): RecordRef[] {
  return ctx.newestFirst.slice(0, NEWEST).map(ctx.ref);
}
