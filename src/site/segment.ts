// nodejieba at build time: TF-IDF keywords and the segmented title field for search, cached by content hash
// so an unchanged record is never segmented twice; large batches run in worker threads on both cores.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import nodejieba from "nodejieba";
import type { ArticleRecord } from "../parse/types.ts";
import { runPool } from "../build/pool.ts";

const KEYWORDS = 6;
const CACHE_VERSION = 2;
const BATCH = 500;

export interface Segmented {
  keywords: string[];
  /** jieba's search segmentation of the title parts plus every two-character pair of them. */
  titleTerms: string[];
}

/** The parts of a record segmentation reads. */
export type SegmentInput = Pick<ArticleRecord, "pretitle" | "headline" | "subtitle" | "paragraphs" | "captions">;

let loadedDict: string | null = null;

/** Loads jieba once per thread, with the user dictionary of the archive's places and people. */
function load(dict: string) {
  if (loadedDict === dict) return;
  nodejieba.load({ userDict: dict });
  loadedDict = dict;
}

const titleOf = (r: SegmentInput) => [r.pretitle, r.headline, r.subtitle].filter(Boolean).join(" ");
const bodyOf = (r: SegmentInput) => [titleOf(r), titleOf(r), ...r.paragraphs, ...r.captions.map((c) => c.text)].join("\n");

/** Every two-character pair of each run of Chinese: 解放区 → 解放 放区. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

export function segmentBatch(records: SegmentInput[], dict: string): Segmented[] {
  load(dict);
  return records.map((r) => {
    const title = titleOf(r);
    const keywords = nodejieba
      .extract(bodyOf(r), KEYWORDS * 2)
      .map((k) => k.word)
      .filter((w) => w.length >= 2 && !/^[\d.%]+$/.test(w))
      .slice(0, KEYWORDS);
    const cut = title ? nodejieba.cutForSearch(title, true).filter((w) => /[\u3400-\u9fff\w]/.test(w)) : [];
    return { keywords, titleTerms: [...new Set([...cut, ...bigrams(title)])] };
  });
}

/** Fills `keywords` on each record; returns the title terms by record id. */
export async function segmentRecords(records: ArticleRecord[], cacheDir: string, userWords: string[]): Promise<{ titleTerms: Map<string, string[]>; computed: number }> {
  const cachePath = `${cacheDir}/segment.json`;
  const old = existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, "utf8")) as { version: number; entries: Record<string, Segmented> }) : null;
  const cache = old?.version === CACHE_VERSION ? old.entries : {};
  const words = [...new Set(userWords)].filter((w) => w.length >= 2).sort();
  const dictKey = createHash("sha1").update(words.join("\n")).digest("hex").slice(0, 8);
  const dict = `${cacheDir}/jieba-user-${dictKey}.dict.utf8`;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(dict)) writeFileSync(dict, words.map((w) => `${w} 1000 n`).join("\n") + "\n");

  const keys = records.map((r) => createHash("sha1").update(dictKey).update(bodyOf(r)).digest("hex"));
  const missing = records.map((r, k) => ({ r, k })).filter(({ k }) => !cache[keys[k]!]);
  const inputs = missing.map(({ r }) => ({ pretitle: r.pretitle, headline: r.headline, subtitle: r.subtitle, paragraphs: r.paragraphs, captions: r.captions }));
  let computed: Segmented[];
  if (inputs.length > BATCH) {
    const tasks = [];
    for (let k = 0; k < inputs.length; k += BATCH) tasks.push({ kind: "segment" as const, records: inputs.slice(k, k + BATCH), dictPath: dict });
    computed = (await runPool<Segmented[]>(tasks)).flat();
  } else computed = segmentBatch(inputs, dict);
  missing.forEach(({ k }, j) => (cache[keys[k]!] = computed[j]!));

  const next: Record<string, Segmented> = {};
  const titleTerms = new Map<string, string[]>();
  records.forEach((r, k) => {
    const seg = cache[keys[k]!]!;
    next[keys[k]!] = seg;
    r.keywords = seg.keywords;
    titleTerms.set(r.id, seg.titleTerms);
  });
  writeFileSync(cachePath, JSON.stringify({ version: CACHE_VERSION, entries: next }));
  return { titleTerms, computed: missing.length };
}
