// records → ctx, what every view gets besides its input: the records newest first, each one's RecordRef (made once, shared by every list), loadText.
import type { ArticleRecord } from "../../parse/types.ts";
import { byDateDesc, refOf, type RecordRef } from "./pages.ts";

export interface ViewContext {
  /** The records newest first, then by URL: grouped from this order, every list is in the order its pages show,
   * without sorting each again. */
  readonly newestFirst: ArticleRecord[];
  /** A record's place in newestFirst. */
  position(r: ArticleRecord): number;
  /** A record's link, the same object in every list. */
  ref(r: ArticleRecord): RecordRef;
  /** To be called with the bulletins whose records' paragraphs a view reads, before it reads them: records read from the
   * parse cache come without (see src/pipeline/parse-cache.ts). */
  loadText(files: Iterable<string>): void;
}

export function createViewContext(records: ArticleRecord[], loadText: (files: Iterable<string>) => void = () => {}): ViewContext {
  const refs = new Map(records.map((r) => [r, refOf(r)]));
  const ref = (r: ArticleRecord) => refs.get(r)!;
  const newestFirst = [...records].sort((a, b) => byDateDesc(ref(a), ref(b)));
  let positions: Map<ArticleRecord, number> | null = null;
  const position = (r: ArticleRecord) => (positions ??= new Map(newestFirst.map((r, k) => [r, k]))).get(r)!;
  return { newestFirst, position, ref, loadText };
}
