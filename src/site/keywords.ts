// Keywords per record with nodejieba's TF-IDF, cached by content hash so an unchanged record is never segmented twice.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import nodejieba from "nodejieba";
import type { ArticleRecord } from "../parse/types.ts";

const KEYWORDS = 6;
let loaded = false;

/** Loads jieba once, with a user dictionary of the archive's places and people so they stay whole words. */
function load(userWords: string[]) {
  if (loaded) return;
  const dict = ".cache/jieba-user.dict.utf8";
  mkdirSync(dirname(dict), { recursive: true });
  writeFileSync(dict, [...new Set(userWords)].filter((w) => w.length >= 2).map((w) => `${w} 1000 n`).join("\n") + "\n");
  nodejieba.load({ userDict: dict });
  loaded = true;
}

const textOf = (r: ArticleRecord) => [r.pretitle, r.headline, r.subtitle, r.headline, ...r.paragraphs, ...r.captions.map((c) => c.text)].filter(Boolean).join("\n");

export function addKeywords(records: ArticleRecord[], cachePath: string, userWords: string[]): { computed: number; cached: number } {
  const cache: Record<string, string[]> = existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, "utf8")) as Record<string, string[]>) : {};
  const next: Record<string, string[]> = {};
  let computed = 0;
  for (const r of records) {
    const text = textOf(r);
    const key = createHash("sha1").update(text).digest("hex");
    let words = cache[key];
    if (!words) {
      load(userWords);
      words = nodejieba
        .extract(text, KEYWORDS * 2)
        .map((k) => k.word)
        .filter((w) => w.length >= 2 && !/^[\d.%]+$/.test(w))
        .slice(0, KEYWORDS);
      computed++;
    }
    next[key] = words;
    r.keywords = words;
  }
  mkdirSync(dirname(cachePath), { recursive: true });
  writeFileSync(cachePath, JSON.stringify(next));
  return { computed, cached: records.length - computed };
}
