// How varied a text is, in the two measures the benchmark compares its archive with the seeds by: distinct jieba words
// and distinct pairs of adjacent Chinese characters, counted over a sample of a given size in characters. Distinct
// counts grow with the sample (sublinearly), so two texts are compared only at the same sample size.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nodejieba from "nodejieba";

const HAN = /\p{Script=Han}/u;

export interface TextStats {
  /** Characters counted: the sample's characters other than whitespace. */
  chars: number;
  /** Distinct words of jieba's default segmentation (its dictionary, with HMM for unknown words) holding a Chinese character. */
  words: number;
  /** Distinct pairs of adjacent Chinese characters (a pair never spans punctuation, a digit or a line break). */
  pairs: number;
}

/** The first `chars` characters of a text, whitespace not counted (and dropped, lines joined by a newline). */
export function sample(text: string, chars: number): string {
  const out: string[] = [];
  let n = 0;
  for (const line of text.split("\n")) {
    const squeezed = line.replace(/\s+/g, "");
    if (!squeezed) continue;
    const take = [...squeezed].slice(0, chars - n).join("");
    out.push(take);
    n += [...take].length;
    if (n >= chars) break;
  }
  return out.join("\n");
}

/** Counts the distinct words and character pairs of a text (whitespace is not counted as characters). */
export function textStats(text: string): TextStats {
  const words = new Set<string>();
  const pairs = new Set<string>();
  let chars = 0;
  for (const line of text.split("\n")) {
    const squeezed = line.replace(/\s+/g, "");
    if (!squeezed) continue;
    const cs = [...squeezed];
    chars += cs.length;
    for (let i = 1; i < cs.length; i++) if (HAN.test(cs[i - 1]!) && HAN.test(cs[i]!)) pairs.add(cs[i - 1]! + cs[i]!);
    for (const w of nodejieba.cut(squeezed)) if (HAN.test(w)) words.add(w);
  }
  return { chars, words: words.size, pairs: pairs.size };
}

/** The text of a folder's bulletins (`*.txt`), in name order, as the archive lays them out. */
export function folderText(dir: string, maxChars = Infinity): string {
  const parts: string[] = [];
  let n = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const t = readFileSync(join(dir, f), "utf8").replace(/^\uFEFF/, "");
    parts.push(t);
    n += t.length;
    if (n >= maxChars * 1.5) break;
  }
  return parts.join("\n");
}

export interface Comparison {
  /** The sample size both texts are measured at: the reference's size, or `at` when both reach it. */
  chars: number;
  rows: { name: string; stats: TextStats }[];
}

/**
 * The archive's text against the reference (the seeds) at the same size: the reference whole (its size S) against
 * the archive's first S characters; and, where the reference is shorter than `at` (100,000), the archive's first
 * `at` characters, with the reference's figures per `at` characters not extrapolated (distinct counts grow slower
 * than the text, so a scaled-up figure would overstate it) but shown only at its own size.
 */
export function compareStats(archive: string, reference: string, at = 100_000): { S: number; reference: TextStats; archiveAtS: TextStats; archiveAt: TextStats | null } {
  const ref = textStats(reference);
  const S = Math.min(ref.chars, at);
  const refAtS = ref.chars > S ? textStats(sample(reference, S)) : ref;
  const archiveAtS = textStats(sample(archive, S));
  const archiveAt = S < at ? textStats(sample(archive, at)) : null;
  return { S, reference: refAtS, archiveAtS, archiveAt: archiveAt && archiveAt.chars === at ? archiveAt : null };
}

/** Lines of a markdown table of the comparison. */
export function formatComparison(c: ReturnType<typeof compareStats>, archiveName: string, referenceName: string): string[] {
  const fmt = (n: number) => n.toLocaleString("en-US");
  const row = (name: string, s: TextStats) => `| ${name} | ${fmt(s.chars)} | ${fmt(s.words)} | ${fmt(s.pairs)} |`;
  return [
    "| text | characters (no whitespace) | distinct jieba words | distinct character pairs |",
    "|---|---:|---:|---:|",
    row(`${referenceName}, all`, c.reference),
    row(`${archiveName}, first ${fmt(c.S)} characters`, c.archiveAtS),
    ...(c.archiveAt ? [row(`${archiveName}, first ${fmt(c.archiveAt.chars)} characters`, c.archiveAt)] : []),
  ];
}

/**
 * Prints (and returns) the comparison of an archive folder's text with the seed pages': both at the seeds' size in
 * characters (their whole text, about 24,000 characters without whitespace), the archive also at 100,000 and
 * 1,000,000 characters where it has them, to show how its distinct counts grow.
 */
export function printComparison(archiveDir: string, seedsDir = "seeds", archiveName = "generated archive"): string[] {
  const archive = folderText(archiveDir, 1_000_000);
  const c = compareStats(archive, folderText(seedsDir));
  const big = textStats(sample(archive, 1_000_000));
  const lines = [
    `text statistics: distinct jieba words and distinct adjacent Chinese character pairs, whitespace not counted; the archive's text is its files in name order`,
    ...formatComparison(c, archiveName, `seed pages (${seedsDir}/*.txt)`),
    ...(big.chars === 1_000_000 ? [formatComparison({ ...c, archiveAt: big }, archiveName, "").at(-1)!] : []),
  ];
  console.log(lines.join("\n"));
  return lines;
}
