// Lines a paper prints on page after page (its navigation, its notices, scraped junk) are furniture: the folder's short
// lines counted per paper, and each bulletin told which of its lines recur (BulletinMeta.recurring), before it is parsed.
import { decode } from "./parse/decode.ts";
import { normalize } from "./parse/normalize.ts";
import { createContext } from "./parse/context.ts";
import type { BulletinMeta } from "./parse/types.ts";

/** A line recurs when this many bulletins of one paper print it, and a fifth of them at least: a paper's navigation is on
 * nearly every page of it, while a headline or a byline a few pages share is no furniture. The fifth is of the paper's pages
 * counted down to a step of an eighth of an octave (1,600 pages: a fifth of 1,579; the bar between 18% and 20% of the pages), so that it
 * moves only when the paper grows by a step, about 9%: a bar that moved with every page added made a day's bulletin parse
 * again every page of a line printed on about a fifth of them (317 of 11,000 at 100,000 records, which then re-indexed 42
 * of 45 search shards). */
export const RECURS_ON = 3;
export const RECURS_SHARE = 0.2;
const SHORT = 40;

/** A bulletin's distinct short lines (what a recurring line can be), as the parser will see them. */
export function shortLines(bytes: Uint8Array): string[] {
  const ctx = createContext("");
  const text = decode(bytes, ctx);
  if (text === null) return [];
  const out = new Set<string>();
  for (const line of normalize(text, ctx)) {
    const t = line.text.replace(/^#+\s*/, "");
    if (t.length >= 2 && t.length <= SHORT) out.add(t);
  }
  return [...out];
}

/** The number of a paper's bulletins that must print a line for it to recur. */
export const recurringBar = (pages: number) => Math.max(RECURS_ON, Math.ceil(RECURS_SHARE * 2 ** (Math.floor(8 * Math.log2(Math.max(1, pages)) + 1e-9) / 8)));

/** Adds to each bulletin's meta the lines that at least RECURS_ON bulletins of its paper, and RECURS_SHARE of them, print
 * (the manifest's paper; bulletins naming none are counted together). */
export function attachRecurring(linesOf: Map<string, string[]>, meta: Map<string, BulletinMeta>): void {
  const papers = new Map<string, string[]>();
  for (const name of linesOf.keys()) {
    const paper = meta.get(name)?.paper ?? "";
    papers.set(paper, [...(papers.get(paper) ?? []), name]);
  }
  for (const names of papers.values()) {
    if (names.length < RECURS_ON) continue;
    const bar = recurringBar(names.length);
    const count = new Map<string, number>();
    for (const name of names) for (const line of linesOf.get(name)!) count.set(line, (count.get(line) ?? 0) + 1);
    for (const name of names) {
      const recurring = linesOf.get(name)!.filter((line) => count.get(line)! >= bar).sort();
      if (recurring.length) meta.set(name, { ...meta.get(name), recurring });
    }
  }
}
