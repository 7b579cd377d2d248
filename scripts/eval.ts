// npm run eval [-- --verbose] [-- --write] [-- --dir D] [-- --layouts]: the parser scored on corpus/pages against each page's reading, a
// line per page; then the held-out pages (corpus/holdout, written apart and never tuned on); last, `corpus score: N/100`.
import { parseArgs } from "node:util";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { LAYOUTS, MEASURES, scoreCorpus, weigh, type CorpusScore, type Measure } from "../src/eval/score.ts";

const { values } = parseArgs({ options: { verbose: { type: "boolean", short: "v" }, write: { type: "boolean" }, dir: { type: "string" }, layouts: { type: "boolean" } } });
const measures = Object.keys(MEASURES) as Measure[];
const pct = (got: number, of: number) => (of ? `${got}/${of}` : "-");
const SCORE_FILE = "corpus/score.json";

function report(corpus: CorpusScore, perPage: boolean) {
  for (const p of corpus.pages) {
    if (!perPage) continue;
    const cells = measures.map((m) => `${m} ${pct(p.tallies[m].got, p.tallies[m].of)}`).join("  ");
    console.log(`${p.page.replace(/^.*\//, "").padEnd(34)} ${p.score.toFixed(1).padStart(5)}  ${cells}${p.neighbours ? `  neighbours ${p.neighbours}` : ""}`);
    if (values.verbose) for (const m of p.misses) console.log(`    ${m}`);
  }
  console.log(measures.map((m) => `  ${m.padEnd(10)} ${(100 * corpus.totals[m].got / Math.max(1, corpus.totals[m].of)).toFixed(1).padStart(5)}%  ${corpus.totals[m].got}/${corpus.totals[m].of}  (weight ${MEASURES[m]})`).join("\n"));
  console.log(`  records holding a neighbour's text: ${corpus.neighbours}`);
}

const summary = (c: CorpusScore) => ({ score: Math.floor(c.score * 10) / 10, pages: c.pages.length, measures: Object.fromEntries(measures.map((m) => [m, c.totals[m]])) });

if (values.dir) {
  const c = scoreCorpus(values.dir);
  report(c, true);
  console.log(`corpus score: ${c.score.toFixed(1)}/100`);
} else {
  const pages = scoreCorpus("corpus/pages");
  const holdout = existsSync("corpus/holdout") ? scoreCorpus("corpus/holdout") : null;
  console.log(`corpus/pages: ${pages.pages.length} pages`);
  report(pages, true);
  if (holdout) {
    console.log(`\ncorpus/holdout: ${holdout.pages.length} pages written apart, never tuned on${values.verbose ? "" : " (per page with --dir corpus/holdout)"}`);
    report(holdout, false);
    console.log(`holdout score: ${holdout.score.toFixed(1)}/100`);
  }
  if (values.layouts) {
    console.log("\nthe same pages, laid out otherwise (pages and holdout together):");
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const all = [...scoreCorpus("corpus/pages", layout).pages, ...(holdout ? scoreCorpus("corpus/holdout", layout).pages : [])];
      console.log(`  ${name.padEnd(44)} ${weigh(all.map((p) => p.tallies)).toFixed(1)}/100`);
    }
  }
  if (values.write) {
    writeFileSync(SCORE_FILE, JSON.stringify({ $comment: "npm run eval -- --write; src/eval/score.test.ts fails when a score falls below these", pages: summary(pages), holdout: holdout && summary(holdout) }, null, 2) + "\n");
    console.log(`wrote ${SCORE_FILE}`);
  } else if (existsSync(SCORE_FILE)) {
    const last = JSON.parse(readFileSync(SCORE_FILE, "utf8")) as { pages: { score: number }; holdout: { score: number } | null };
    console.log(`last committed: corpus ${last.pages.score}, holdout ${last.holdout?.score ?? "-"}`);
  }
  console.log(`corpus score: ${pages.score.toFixed(1)}/100`);
}
