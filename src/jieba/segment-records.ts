// nodejieba at build time: TF-IDF keywords and the segmented title field for search, cached per bulletin so an
// unchanged record is never segmented twice; large batches run in worker threads on both cores.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import nodejieba from "nodejieba";
import type { ArticleRecord } from "../parse/types.ts";
import type { Worker } from "node:worker_threads";
import { ask, runPool, startWorker } from "../pipeline/pool.ts";
import { group } from "../site/group.ts";
import { readCheckedCache, writeCheckedCache } from "../pipeline/cache-file.ts";
import { formatMessage } from "../parse/context.ts";
import { hashFiles, hashOf } from "../pipeline/hash.ts";

const KEYWORDS = 6;
/** Segmentation's cache is valid for this code and this jieba (its dictionaries ship with it). */
const CODE = () => hashFiles(["src/jieba", "node_modules/nodejieba/package.json"]);
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
export function loadJieba(dict: string): true {
  if (loadedDict !== dict) {
    nodejieba.load({ userDict: dict });
    loadedDict = dict;
  }
  return true;
}

/** The user dictionary's file in the cache folder, named by its words' hash; only the last build's is kept. */
const DICT_PREFIX = "jieba-user-";

/** jieba loading ahead in a worker thread, with the user dictionary the last build wrote, while the build parses. */
export interface PreloadedJieba {
  dict: string;
  worker: Worker;
  loaded: Promise<unknown>;
}

/** Starts loading jieba (its dictionaries take seconds) with the last build's user dictionary, if there was a last build: a rebuild whose new
 * bulletins bring no new names then segments its few new records without waiting for it. */
export function preloadJieba(cacheDir: string): PreloadedJieba | null {
  const last = existsSync(cacheDir) ? readdirSync(cacheDir).find((f) => f.startsWith(DICT_PREFIX)) : undefined;
  if (!last) return null;
  const dict = `${cacheDir}/${last}`;
  const worker = startWorker();
  const loaded = ask(worker, { kind: "load-jieba", dictPath: dict });
  loaded.catch(() => {}); // a failed preload is not used: segmentRecords loads jieba itself
  return { dict, worker, loaded };
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
  if (records.length === 0) return [];
  loadJieba(dict);
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

interface SegmentCache {
  code: string;
  /** The user dictionary every entry is valid for. */
  dictKey: string;
  words: string[];
  /** bulletin's parse key → its records' segmentation, in record order */
  entries: Record<string, Segmented[]>;
  /** bulletin's parse key → a hash of its entry, which names its keywords and title terms in page and shard hashes */
  sums: Record<string, string>;
  /** Names this file for the additions written beside it. */
  id: string;
}

/** Bulletins segmented since segment.json was written, beside it (`segment-new.json`), so that a rebuild that adds a
 * bulletin writes a few entries, not the whole cache again; folded into segment.json once it grows. */
interface SegmentAdditions {
  /** The id of the segment.json these add to. */
  base: string;
  entries: Record<string, Segmented[]>;
  sums: Record<string, string>;
}

/** The cache files' formats (a version and a checksum of the content: see cache-file.ts). */
const SEGMENT_TAG = "segment-v1";
const ADDITIONS_TAG = "segment-new-v1";

const warnDamaged = (file: string, why: string) =>
  console.error(formatMessage({ file, line: 1, severity: "warning", message: `the segmentation cache is damaged (${why}): not used; made again`, ruleId: "build/damaged-cache" }));

/** A checked cache file, or null (none, or damaged: then with a warning, and made again). */
function readChecked<T>(path: string, tag: string): T | null {
  const r = readCheckedCache<T>(path, tag);
  if (r && "damaged" in r) return warnDamaged(path, r.damaged), null;
  return r?.value ?? null;
}

/** Additions are folded into segment.json past this many bulletins. */
const MAX_ADDITIONS = 200;

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Fills `keywords` on each record; returns the title terms by record id. Results are cached per bulletin under its parse
 * key (`keys`: file → key). A word added to or dropped from the user dictionary changes how jieba cuts only text that
 * contains it (cppjieba weighs user words against the main dictionary's total), so a changed dictionary re-segments only
 * the bulletins that contain a changed word, and the result is the same as segmenting everything again. */
export async function segmentRecords(
  records: ArticleRecord[],
  keys: Map<string, string>,
  cacheDir: string,
  userWords: string[],
  preloaded: PreloadedJieba | null = null,
  /** Called with the bulletins whose records' text this needs before it reads it (see parse-cache.ts). */
  loadText: (files: Iterable<string>) => void = () => {},
): Promise<{ titleTerms: Map<string, string[]>; sums: Map<string, string>; computed: number; dictChanged: number; preloadUsed: boolean }> {
  const cachePath = `${cacheDir}/segment.json`;
  const words = [...new Set(userWords)].filter((w) => w.length >= 2).sort();
  const dictKey = createHash("sha1").update(words.join("\n")).digest("hex").slice(0, 8);
  const dict = `${cacheDir}/${DICT_PREFIX}${dictKey}.dict.utf8`;
  mkdirSync(cacheDir, { recursive: true });
  const dictText = words.map((w) => `${w} 1000 n`).join("\n") + "\n";
  // the dictionary its name says, or damaged (cut short, edited): then made again, and a preload of it not used
  let dictDamaged = false;
  if (existsSync(dict) && readFileSync(dict, "utf8") !== dictText) {
    dictDamaged = true;
    warnDamaged(dict, "it does not hold the words its name's hash says");
    if (preloaded) await preloaded.loaded.catch(() => {}); // jieba aborts when a dictionary it is loading is replaced
  }
  if (!existsSync(dict) || dictDamaged) {
    // written aside and renamed: the name says what it holds, so a build killed while writing it must not leave half of it
    const part = `${cacheDir}/writing-${process.pid}.dict.utf8`; // not named like a dictionary until whole
    writeFileSync(part, dictText);
    renameSync(part, dict);
  }

  const byFile = group(records, (r) => r.source.file);
  const addedPath = `${cacheDir}/segment-new.json`;
  const old = readChecked<SegmentCache>(cachePath, SEGMENT_TAG);
  const added = old?.id ? readChecked<SegmentAdditions>(addedPath, ADDITIONS_TAG) : null;
  if (old && added && added.base === old.id) {
    Object.assign(old.entries, added.entries);
    Object.assign(old.sums, added.sums);
  }
  const code = CODE();
  const cache: SegmentCache = old?.code === code && old.id ? old : { code, dictKey, words, entries: {}, sums: {}, id: "" };
  let stale: RegExp | null = null;
  if (cache.dictKey !== dictKey) {
    const before = new Set(cache.words);
    const now = new Set(words);
    const changed = [...words.filter((w) => !before.has(w)), ...cache.words.filter((w) => !now.has(w))];
    stale = new RegExp(changed.map(escapeRegExp).join("|"));
    loadText(byFile.keys()); // which bulletins hold a changed word: every record's text is read
  }
  const todo: [string, ArticleRecord[]][] = [];
  const next: SegmentCache = { code, dictKey, words, entries: {}, sums: {}, id: cache.id };
  let dictChanged = 0;
  for (const [file, list] of byFile) {
    const key = keys.get(file);
    if (!key) throw new Error(`segmentRecords: no parse key for ${file}; pass the keys parseSeedsCached() returns`);
    const entry = cache.entries[key];
    if (entry?.length === list.length && !(stale && list.some((r) => stale.test(bodyOf(r))))) {
      next.entries[key] = entry;
      next.sums[key] = cache.sums[key]!;
    } else {
      if (entry) dictChanged++;
      todo.push([key, list]);
    }
  }
  loadText(todo.map(([, list]) => list[0]!.source.file));
  const inputs = todo.flatMap(([, list]) => list.map((r) => ({ pretitle: r.pretitle, headline: r.headline, subtitle: r.subtitle, paragraphs: r.paragraphs, captions: r.captions })));
  let computed: Segmented[];
  const preloadUsed = !!preloaded && !dictDamaged && preloaded.dict === dict && inputs.length > 0 && inputs.length <= BATCH && (await preloaded.loaded.then(() => true, () => false));
  if (preloadUsed) computed = await ask<Segmented[]>(preloaded.worker, { kind: "segment", records: inputs, dictPath: dict });
  else if (inputs.length > BATCH) {
    const tasks = [];
    for (let k = 0; k < inputs.length; k += BATCH) tasks.push({ kind: "segment" as const, records: inputs.slice(k, k + BATCH), dictPath: dict });
    computed = (await runPool<Segmented[]>(tasks)).flat();
  } else computed = segmentBatch(inputs, dict);
  let j = 0;
  for (const [key, list] of todo) {
    next.entries[key] = list.map(() => computed[j++]!);
    next.sums[key] = hashOf(next.entries[key]);
  }

  const titleTerms = new Map<string, string[]>();
  const sums = new Map<string, string>();
  for (const [file, list] of byFile) {
    sums.set(file, next.sums[keys.get(file)!]!);
    const seg = next.entries[keys.get(file)!]!;
    list.forEach((r, k) => {
      r.keywords = seg[k]!.keywords;
      titleTerms.set(r.id, seg[k]!.titleTerms);
    });
  }
  // jieba aborts the process when a dictionary it is loading disappears: the preload must be done first
  if (preloaded) await preloaded.loaded.catch(() => {});
  for (const f of readdirSync(cacheDir)) if (f.startsWith(DICT_PREFIX) && f !== basename(dict)) rmSync(`${cacheDir}/${f}`, { force: true });
  // only additions, and few: written beside segment.json; else segment.json again (without the entries of bulletins gone)
  const extending = added !== null && cache.id !== "" && added.base === cache.id;
  const additions = extending ? Object.keys(added.entries).length + todo.length : todo.length;
  const onlyAdded = cache.id !== "" && cache.dictKey === dictKey && dictChanged === 0 && Object.keys(cache.entries).length + todo.length === Object.keys(next.entries).length;
  if (onlyAdded && todo.length && additions <= MAX_ADDITIONS) {
    const write: SegmentAdditions = extending ? added : { base: cache.id, entries: {}, sums: {} };
    for (const [key] of todo) {
      write.entries[key] = next.entries[key]!;
      write.sums[key] = next.sums[key]!;
    }
    writeCheckedCache(addedPath, ADDITIONS_TAG, write);
  } else if (todo.length || !onlyAdded) {
    next.id = hashOf([Date.now(), process.pid, Math.random()]);
    writeCheckedCache(cachePath, SEGMENT_TAG, next);
    rmSync(addedPath, { force: true });
  }
  return { titleTerms, sums, computed: inputs.length, dictChanged, preloadUsed };
}
