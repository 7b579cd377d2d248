// Sentences with the statistics of Chinese news, for the benchmark's archive (scripts/generate-archive.ts).
//
// A class-based bigram model. Trained (at start, ~1 s) on the prose of the seed pages (seeds/*.txt, real district
// news) and of the parser's corpus (corpus/pages and corpus/holdout: district pages of our own writing, news-shaped),
// each sentence tagged by jieba (nodejieba.tag). Each next word is either
//   - the word-level bigram: a word that followed the previous word in that prose (drawn by count), with probability
//     BIGRAM when the previous word has a successor there; or
//   - a dictionary draw: the next part of speech from the part-of-speech bigram of the same prose, then a word of that
//     part of speech from jieba's dictionary (node_modules/nodejieba/…/jieba.dict.utf8, 349,000 words with their
//     frequencies in a large corpus) by frequency; persons' names (nr*) come from the archive's pools of people and
//     place names (ns) half the time from the gazetteer of the page's city.
// The bigram keeps neighbouring words and character pairs news-like; the dictionary draws give the vocabulary of an
// archive of decades (hundreds of thousands of distinct words). Dates (月/日/年 with digits) are removed from the
// training prose, so no sentence carries a dateline the parser could read: the generator writes datelines itself.
//
// Not used: the other real prose nodejieba ships, its test novel (cppjieba/test/testdata/weicheng.utf8, 钱钟书《围城》,
// 700 KB): a 1940s novel's dialogue and vocabulary are not news, and its bigrams would make sentences that read as
// fiction; opencc-js's and pinyin-pro's dictionaries are lists of phrases, not prose.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodejieba from "nodejieba";

export type Rand = () => number;

/** mulberry32: a 32-bit state PRNG on Math.imul (period 2^32; every state is visited once per period). */
export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a sentence's names come from: the page's people and places. */
export interface NameSource {
  person(): string;
  place(): string;
  /** The story's own word for a part of speech (its topic), or null: stories repeat their few topical words. */
  topic?(tag: string): string | null;
}

export const JIEBA_DICT = "node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8";

/** The probability of taking the word-level bigram where the previous word has a successor in the training prose. */
const BIGRAM = 0.99;
const BOS = 0;
const NONE: number[] = [];
/** Parts of speech a story's topical words replace (at the rate the caller's topic() decides). */
const TOPICAL = new Set(["n", "vn", "nz", "v", "nt", "l", "i", "j"]);
const EOS = 1;
/** Words a generated sentence must never hold: they would read as a byline, a lead, a credit or furniture. */
const RISKY = /^图|图为|记者|通讯员|本报|讯|摄|编辑|责编|校对|美编|版|上一|下一|扫一扫|二维码|提供|实习生|笔者|如图|图\/|文\//;
const HAN = /^[\u4e00-\u9fa5]+$/;
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,8}(?:区|街道|社区|镇|乡|县|市|村|办事处|省)$/;
const PLACE_SUFFIX = /^(?:区|街道|社区|镇|乡|县|市|村|办事处|路|街)$/;
const PERSON = { word: "<人名>", tag: "nr" };
const PLACE = { word: "<地名>", tag: "ns" };

interface TagTable {
  words: string[];
  /** Cumulative frequencies (dictionary) or undefined: drawn uniformly from `words` (training occurrences). */
  cum?: Float64Array;
}

export interface TextModel {
  /** One sentence ending in 。: at most `max` words, at least `2 × min` characters (redrawn when shorter). */
  sentence(rand: Rand, names: NameSource, min?: number, max?: number): string;
  /** A clause without punctuation, for headlines: `min` to `max` characters. */
  clause(rand: Rand, names: NameSource, min: number, max: number): string;
  /** A dictionary word of a part of speech, by frequency (n, v, vn, nz …). */
  word(rand: Rand, tag: string): string;
  /** A dictionary word of a part of speech of two characters or more, by the square root of its frequency: a story's
   * topical word, from the dictionary's long tail more often than running text's words are. */
  topicWord(rand: Rand, tag: string): string;
  /** Training facts, for the report. */
  info: { sentences: number; tokens: number; vocabulary: number; dictionary: number };
}

/** The prose lines of a page: body paragraphs, without leads' and bylines' parentheses, quotes and dates. */
function proseSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if ([...line].length < 30) continue;
    line = line.replace(/^.{0,16}讯\s*/, "").replace(/[(（][^()（）]*[)）]/g, "").replace(/[“”‘’"《》「」【】■●□|｜…]/g, "");
    for (const s of line.split(/(?<=[。！？!?；;])/)) {
      const t = s.trim();
      if ((t.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) < 8) continue;
      if (RISKY.test(t) || /\d+\s*[年月日号时]|[年月]\d|星期|周[一二三四五六日]|[A-Za-z]/.test(t)) continue;
      out.push(t.replace(/[。！？!?；;]+$/, ""));
    }
  }
  return out;
}

function textFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  } catch {
    return [];
  }
}

/**
 * The training prose tagged by jieba, one [word, tag, word, tag, …] array per sentence. Loading jieba's dictionaries
 * takes seconds (more than generating 10,000 articles), so the tagging is cached per training text and jieba version
 * in node_modules/.cache/district-archive/ (a cache of derived data; delete it freely).
 */
function taggedProse(root: string): string[][] {
  const texts = ["seeds", "corpus/pages", "corpus/holdout"].flatMap((d) => textFiles(join(root, d)));
  const hash = createHash("sha1").update(readFileSync(join(root, "node_modules/nodejieba/package.json"))).update(proseSentences.toString());
  for (const t of texts) hash.update(t).update("\0");
  const dir = join(root, "node_modules/.cache/district-archive");
  const file = join(dir, `news-text-${hash.digest("hex").slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as string[][];
  } catch {
    const tagged = texts.flatMap(proseSentences).map((s) => nodejieba.tag(s).flatMap((t) => [t.word, t.tag]));
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, JSON.stringify(tagged));
    renameSync(`${file}.${process.pid}`, file);
    return tagged;
  }
}

export function loadTextModel(root = "."): TextModel {
  const sentences = taggedProse(root);

  const ids = new Map<string, number>([["<s>", BOS], ["</s>", EOS]]);
  const words: string[] = ["", ""];
  const tagOf: string[] = ["BOS", "EOS"];
  const succ: number[][] = [[], []];
  const tagNext = new Map<string, string[]>();
  const byTag = new Map<string, string[]>();
  let tokens = 0;
  const idOf = (w: string, tag: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      ids.set(w, id);
      words.push(w);
      tagOf.push(tag);
      succ.push([]);
    }
    return id;
  };
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const xs = m.get(k);
    if (xs) xs.push(v);
    else m.set(k, [v]);
  };
  for (const s of sentences) {
    let prev = BOS;
    let prevTag = "BOS";
    for (let i = 0; i < s.length; i += 2) {
      const t = { word: s[i]!, tag: s[i + 1]! };
      if (!t.word.trim()) continue;
      // the prose's people and places are slots, filled with the archive's own (its papers' cities, not the corpus's)
      const { word, tag } = t.tag.startsWith("nr") ? PERSON : t.tag === "ns" || PLACE_NAME.test(t.word) ? PLACE : t;
      if (prev === ids.get(PLACE.word) && PLACE_SUFFIX.test(t.word)) continue; // 延安路 + 街道: one place
      const id = idOf(word, tag);
      succ[prev]!.push(id);
      push(tagNext, prevTag, tag);
      push(byTag, tag, word);
      prev = id;
      prevTag = tag;
      tokens++;
    }
    succ[prev]!.push(EOS);
    push(tagNext, prevTag, "EOS");
  }

  // jieba's dictionary by part of speech, with cumulative frequencies; only words of Chinese characters, none risky
  const dict = new Map<string, { words: string[]; freq: number[] }>();
  let dictionary = 0;
  for (const line of readFileSync(join(root, JIEBA_DICT), "utf8").split("\n")) {
    const [w, f, tag] = line.split(" ");
    if (!w || !tag || !HAN.test(w) || RISKY.test(w) || PLACE_NAME.test(w)) continue;
    let d = dict.get(tag);
    if (!d) dict.set(tag, (d = { words: [], freq: [] }));
    d.words.push(w);
    d.freq.push(Number(f));
    dictionary++;
  }
  const tables = new Map<string, TagTable>();
  const topicTables = new Map<string, TagTable>();
  for (const [tag, d] of dict) {
    const cum = new Float64Array(d.freq.length);
    const sqrtCum = new Float64Array(d.freq.length);
    let acc = 0;
    let sqrtAcc = 0;
    d.freq.forEach((f, i) => {
      cum[i] = acc += f;
      sqrtCum[i] = sqrtAcc += d.words[i]!.length >= 2 ? Math.sqrt(f) : 0;
    });
    tables.set(tag, { words: d.words, cum });
    topicTables.set(tag, { words: d.words, cum: sqrtCum });
  }
  // parts of speech the dictionary lacks (punctuation x, numbers m, particles uj …) come from the training prose
  const fromProse = new Set(["x", "m", "eng", "uj", "ul", "uz", "ug", "ud", "uv"]);
  for (const [tag, ws] of byTag) if (fromProse.has(tag) || !tables.has(tag)) tables.set(tag, { words: ws });

  const draw = (rand: Rand, tag: string, from = tables): string => {
    const t = from.get(tag);
    if (!t) return "";
    if (!t.cum) return t.words[Math.floor(rand() * t.words.length)]!;
    const x = rand() * t.cum[t.cum.length - 1]!;
    let lo = 0;
    let hi = t.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t.cum[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return t.words[lo]!;
  };

  const PUNCT = /^[\p{P}\p{S}\s]+$/u;
  const personId = ids.get(PERSON.word) ?? -2;
  const placeId = ids.get(PLACE.word) ?? -2;
  const punctId = Uint8Array.from(words, (w, i) => (i > EOS && PUNCT.test(w) ? 1 : 0));

  /** The words of a sentence; stops at EOS, after `max` words, or (noPunct) at a punctuation mark. */
  function walk(rand: Rand, names: NameSource, max: number, noPunct: boolean): string {
    let out = "";
    let n = 0;
    let prev = BOS;
    let prevTag = "BOS";
    let lastPunct = true;
    let lastLength = 0;
    for (let guard = 0; n < max && guard < max * 4; guard++) {
      const s = prev >= 0 ? succ[prev]! : NONE;
      let word: string;
      let tag: string;
      let punct: boolean;
      if (s.length && rand() < BIGRAM) {
        const id = s[Math.floor(rand() * s.length)]!;
        if (id === EOS) break;
        word = id === personId ? names.person() : id === placeId ? names.place() : words[id]!;
        tag = tagOf[id]!;
        punct = punctId[id] === 1;
        prev = id;
      } else {
        const next = tagNext.get(prevTag) ?? tagNext.get("BOS")!;
        tag = next[Math.floor(rand() * next.length)]!;
        if (tag === "EOS") break;
        if (tag === "eng") continue;
        if (tag.startsWith("nr")) word = names.person();
        else if (tag === "ns" && rand() < 0.8) word = names.place();
        else word = draw(rand, tag);
        if (!word) continue;
        punct = tag === "x" && PUNCT.test(word);
        prev = ids.get(word) ?? -1;
      }
      if (punct) {
        if (noPunct) break;
        if (lastPunct) continue;
      } else if (names.topic && TOPICAL.has(tag)) word = names.topic(tag) ?? word;
      out += word;
      lastLength = word.length;
      n++;
      prevTag = tag;
      lastPunct = punct;
    }
    return lastPunct && n ? out.slice(0, out.length - lastLength) : out;
  }

  return {
    sentence(rand, names, min = 6, max = 40) {
      for (let tries = 0; ; tries++) {
        const ws = walk(rand, names, max, false);
        if (ws.length >= min * 2 || tries > 20) return ws + "。";
      }
    },
    clause(rand, names, min, max) {
      for (let tries = 0; ; tries++) {
        const s = walk(rand, names, 12, true);
        const n = [...s].length;
        if ((n >= min && n <= max && !/\d/.test(s)) || tries > 50) return n > max ? [...s].slice(0, max).join("") : s;
      }
    },
    word: (rand, tag) => draw(rand, tag),
    topicWord: (rand, tag) => draw(rand, tag, topicTables) || draw(rand, tag),
    info: { sentences: sentences.length, tokens, vocabulary: words.length - 2, dictionary },
  };
}
