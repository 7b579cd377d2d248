// nodejieba at build time: TF-IDF keywords and the segmented title field for search, cached by content hash
// so an unchanged record is never segmented twice.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import nodejieba from "nodejieba";
import type { ArticleRecord } from "../parse/types.ts";

const KEYWORDS = 6;
const CACHE_VERSION = 2;

interface Segmented {
  keywords: string[];
  /** jieba's search segmentation of the title parts plus every two-character pair of them. */
  titleTerms: string[];
}

let loadedDict: string | null = null;

/** Loads jieba once, with a user dictionary of the archive's places and people so they stay whole words. */
function load(words: string[], dir: string) {
  const dict = `${dir}/jieba-user.dict.utf8`;
  if (loadedDict === dict) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(dict, words.map((w) => `${w} 1000 n`).join("\n") + "\n");
  nodejieba.load({ userDict: dict });
  loadedDict = dict;
}

const titleOf = (r: ArticleRecord) => [r.pretitle, r.headline, r.subtitle].filter(Boolean).join(" ");
const bodyOf = (r: ArticleRecord) => [titleOf(r), titleOf(r), ...r.paragraphs, ...r.captions.map((c) => c.text)].join("\n");

/** Every two-character pair of each run of Chinese: 解放区 → 解放 放区. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

function segment(r: ArticleRecord): Segmented {
  const title = titleOf(r);
  const keywords = nodejieba
    .extract(bodyOf(r), KEYWORDS * 2)
    .map((k) => k.word)
    .filter((w) => w.length >= 2 && !/^[\d.%]+$/.test(w))
    .slice(0, KEYWORDS);
  const cut = title ? nodejieba.cutForSearch(title, true).filter((w) => /[\u3400-\u9fff\w]/.test(w)) : [];
  return { keywords, titleTerms: [...new Set([...cut, ...bigrams(title)])] };
}

/** Fills `keywords` on each record; returns the title terms by record id. */
export function segmentRecords(records: ArticleRecord[], cacheDir: string, userWords: string[]): { titleTerms: Map<string, string[]>; computed: number } {
  const cachePath = `${cacheDir}/segment.json`;
  const old = existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, "utf8")) as { version: number; entries: Record<string, Segmented> }) : null;
  const cache = old?.version === CACHE_VERSION ? old.entries : {};
  const words = [...new Set(userWords)].filter((w) => w.length >= 2).sort();
  const dictKey = createHash("sha1").update(words.join("\n")).digest("hex").slice(0, 8);
  const next: Record<string, Segmented> = {};
  const titleTerms = new Map<string, string[]>();
  let computed = 0;
  for (const r of records) {
    const key = createHash("sha1").update(dictKey).update(bodyOf(r)).digest("hex");
    let seg = cache[key];
    if (!seg) {
      load(words, cacheDir);
      seg = segment(r);
      computed++;
    }
    next[key] = seg;
    r.keywords = seg.keywords;
    titleTerms.set(r.id, seg.titleTerms);
  }
  mkdirSync(dirname(cachePath), { recursive: true });
  writeFileSync(cachePath, JSON.stringify({ version: CACHE_VERSION, entries: next }));
  return { titleTerms, computed };
}
