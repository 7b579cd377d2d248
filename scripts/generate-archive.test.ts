// The benchmark's archive generator: its PRNG, its determinism, the size of its vocabulary, and that the parser reads
// its pages as the records it meant to write.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { generateArchive } from "./generate-archive.ts";
import { mulberry32 } from "./news-text.ts";
import { folderText, sample, textStats } from "./text-stats.ts";
import { readSeeds } from "../src/read-seeds.ts";

const tmp = mkdtempSync(join(tmpdir(), "generate-archive-test-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Distinct values among the first n draws of a generator. */
function distinctDraws(next: () => number, n: number): number {
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) seen.add(next());
  return seen.size;
}

test("mulberry32 is deterministic per seed, differs between seeds, and does not cycle early", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const c = mulberry32(43);
  const xs = Array.from({ length: 1000 }, a);
  assert.deepEqual(Array.from({ length: 1000 }, b), xs);
  assert.notDeepEqual(Array.from({ length: 1000 }, c), xs);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  // half a million draws: a 32-bit generator with a full period repeats a value only by the birthday bound (~0.006%);
  // the old floating-point LCG `(seed * 1103515245 + 12345) % 2^31` loses low bits and falls into a cycle (15,824
  // distinct values in a million draws)
  const n = 500_000;
  assert.ok(distinctDraws(mulberry32(42), n) > n * 0.99);
  let seed = 42;
  const oldLcg = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  assert.ok(distinctDraws(oldLcg, n) < n * 0.5, "the check would catch the old generator's cycle");
  // and it is uniform enough: each tenth of [0, 1) gets its share within 1%
  const buckets = new Array<number>(10).fill(0);
  const r = mulberry32(7);
  for (let i = 0; i < 1_000_000; i++) buckets[Math.floor(r() * 10)]!++;
  for (const k of buckets) assert.ok(Math.abs(k - 100_000) < 1_000, `bucket ${k}`);
});

const bytesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

test("the same options write the same bytes; another seed writes another archive", () => {
  const opts = { articles: 200, undated: 30, giant: 40 };
  generateArchive({ ...opts, out: join(tmp, "a") });
  generateArchive({ ...opts, out: join(tmp, "b") });
  generateArchive({ ...opts, out: join(tmp, "c"), seed: 7 });
  const a = bytesOf(join(tmp, "a"));
  assert.deepEqual(bytesOf(join(tmp, "b")), a);
  assert.notDeepEqual(bytesOf(join(tmp, "c")), a);
});

test("the parser reads the generated pages as the records written: dated, undated and one giant bulletin", () => {
  const out = join(tmp, "parse");
  const r = generateArchive({ articles: 400, undated: 100, giant: 150, out });
  assert.equal(r.records, 650);
  assert.equal(r.undated, 250);
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).bulletins as Record<string, { date?: string; city: string }>;
  const { records, messages } = readSeeds(out);
  const errors = messages.filter((m) => m.severity === "error");
  assert.deepEqual(errors, []);
  // within 5% of what was written (a caption read as photo news, a subhead as a story: the parser's misreadings)
  assert.ok(Math.abs(records.length - r.records) <= r.records * 0.05, `${records.length} records read, ${r.records} written`);
  const undated = records.filter((x) => x.date === null);
  assert.ok(Math.abs(undated.length - r.undated) <= r.undated * 0.05, `${undated.length} undated records read, ${r.undated} written`);
  const giant = readdirSync(out).find((f) => f.startsWith("giant-"))!;
  const inGiant = records.filter((x) => x.source.file.endsWith(giant)).length;
  assert.ok(Math.abs(inGiant - 150) <= 150 * 0.05, `${inGiant} records read in the giant bulletin`);
  for (const x of records) {
    const m = manifest[x.source.file.split("/").pop()!]!;
    assert.equal(x.date, m.date ?? null, `${x.source.file}:${x.source.startLine} date`);
    assert.equal(x.city, m.city);
  }
  // nearly every record finds its district in its city (kicker, headline, lead)
  assert.ok(records.filter((x) => x.district).length >= records.length * 0.97);
});

test("at 10,000 articles the vocabulary is an archive's, not a few hundred words", () => {
  const out = join(tmp, "10k");
  const r = generateArchive({ articles: 10_000, out });
  assert.equal(r.records, 10_000);
  assert.ok(r.people >= 2_000, `${r.people} people in bylines`);
  const text = folderText(out);
  // distinct character pairs over the whole archive (the old generator's: about 1,300)
  const pairs = new Set<string>();
  const han = /[\u4e00-\u9fa5]/;
  for (let i = 1; i < text.length; i++) if (han.test(text[i - 1]!) && han.test(text[i]!)) pairs.add(text.slice(i - 1, i + 1));
  assert.ok(pairs.size >= 300_000, `${pairs.size} distinct character pairs`);
  // distinct jieba words in the first million characters (the old generator: about 420 in its first 100,000)
  const words = textStats(sample(text, 1_000_000));
  assert.equal(words.chars, 1_000_000);
  assert.ok(words.words >= 15_000, `${words.words} distinct words`);
});
