// seeds/a.txt (12 lines; records on lines 3–5 and 8–12) → /bulletins/a/, its records and its lines in blocks: 1–2 (between records), 3–5, 6–7, 8–12.
import { basename } from "node:path";
import type { ArticleRecord } from "../../parse/types.ts";
import { group } from "../group.ts";
import type { ViewContext } from "./context.ts";
import { bulletinUrl, REF_READS, type RecordRef } from "./pages.ts";

export interface BulletinPage {
  file: string;
  url: string;
  title: string;
  records: RecordRef[];
  /** The bulletin's lines (start to end, 1-based, inclusive) grouped by the record they belong to (null: furniture or blank
   * between records); the lines themselves are in the render archive's `bulletinLines`, loaded only for the pages rendered. */
  blocks: { id: string | null; url: string | null; start: number; end: number }[];
}

export interface BulletinsInput {
  records: ArticleRecord[];
  /** Every bulletin read, in order: one with no records has a page too. */
  files: string[];
  /** Each bulletin's number of lines (0 when absent). */
  lineCounts: Map<string, number>;
}

export const reads = [...REF_READS, "source", "id"] as const satisfies readonly (keyof ArticleRecord)[];

export function bulletins(input: BulletinsInput, ctx: ViewContext): BulletinPage[] {
  const byFile = group(input.records, (r) => r.source.file);
  return input.files.map((file) => bulletinPage(file, byFile.get(file) ?? [], input.lineCounts.get(file) ?? 0, ctx.ref));
}

function bulletinPage(file: string, records: ArticleRecord[], lineCount: number, refOf: (r: ArticleRecord) => RecordRef): BulletinPage {
  const blocks: BulletinPage["blocks"] = [];
  let n = 1;
  const gap = (until: number) => {
    if (until > n) blocks.push({ id: null, url: null, start: n, end: until - 1 });
    n = Math.max(n, until);
  };
  for (const r of [...records].sort((a, b) => a.source.startLine - b.source.startLine)) {
    gap(r.source.startLine);
    blocks.push({ id: r.id, url: r.url, start: r.source.startLine, end: r.source.endLine });
    n = r.source.endLine + 1;
  }
  gap(lineCount + 1);
  return { file, url: bulletinUrl(file), title: basename(file), records: records.map(refOf), blocks };
}
