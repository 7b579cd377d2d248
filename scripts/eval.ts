// npm run eval [-- --verbose] [-- --write]: the parser scored on corpus/pages against each page's reading; a line per page, last `corpus score: N/100`.
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { MEASURES, scoreCorpus, type Measure } from "../src/eval/score.ts";

const { values } = parseArgs({ options: { verbose: { type: "boolean", short: "v" }, write: { type: "boolean" }, dir: { type: "string", default: "corpus/pages" } } });
const corpus = scoreCorpus(values.dir!);
const measures = Object.keys(MEASURES) as Measure[];
const pct = (got: number, of: number) => (of ? `${got}/${of}` : "-");
for (const p of corpus.pages) {
  const cells = measures.map((m) => `${m} ${pct(p.tallies[m].got, p.tallies[m].of)}`).join("  ");
  console.log(`${p.page.replace(/^.*\//, "").padEnd(34)} ${p.score.toFixed(1).padStart(5)}  ${cells}${p.neighbours ? `  neighbours ${p.neighbours}` : ""}`);
  if (values.verbose) for (const m of p.misses) console.log(`    ${m}`);
}
console.log(`\n${measures.map((m) => `${m} ${(100 * corpus.totals[m].got / Math.max(1, corpus.totals[m].of)).toFixed(1)}% (${corpus.totals[m].got}/${corpus.totals[m].of}, weight ${MEASURES[m]})`).join("\n")}`);
console.log(`records holding a neighbour's text: ${corpus.neighbours}`);
console.log(`corpus score: ${corpus.score.toFixed(1)}/100`);
const file = "corpus/score.json";
if (values.write) {
  writeFileSync(file, JSON.stringify({ score: Math.floor(corpus.score * 10) / 10, pages: corpus.pages.length, measures: Object.fromEntries(measures.map((m) => [m, corpus.totals[m]])) }, null, 2) + "\n");
  console.log(`wrote ${file}`);
} else {
  try {
    const last = JSON.parse(readFileSync(file, "utf8")) as { score: number };
    console.log(`last committed: ${last.score}/100`);
  } catch {}
}
