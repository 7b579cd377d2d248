// npm run search:eval: the query set of scripts/search-queries.json against the built site in Chromium; prints recall@5 and literal precision@5.
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { serve } from "../src/serve.ts";
import { launch } from "../src/browser/chromium.ts";
import { runQueries, score, type Query } from "../src/browser/search-eval.ts";

const { queries } = JSON.parse(readFileSync("scripts/search-queries.json", "utf8")) as { queries: Query[] };
const records = JSON.parse(readFileSync("_site/api/articles.json", "utf8"));
const simplify = OpenCC.Converter({ from: "t", to: "cn" });
const { server, url } = await serve("_site");
const browser = await launch();
const page = await browser.newPage();
const results = await runQueries(page, url, queries, records, simplify);
await browser.close();
server.close();

for (const r of results) {
  console.log(`${r.found ? "ok  " : "MISS"}  ${r.kind.padEnd(22)} ${r.q.padEnd(12)} top5 literal ${r.literal}/${r.top.length}  ${r.status}`);
}
const s = score(results);
const kinds = [...new Set(results.map((r) => r.kind))];
console.log("\nby kind:");
for (const k of kinds) {
  const rs = results.filter((r) => r.kind === k);
  console.log(`  ${k.padEnd(22)} ${rs.filter((r) => r.found).length}/${rs.length}`);
}
console.log(`\nqueries: ${results.length}`);
console.log(`recall@5: ${(s.recall * 100).toFixed(1)}%`);
console.log(`literal precision@5: ${(s.precision * 100).toFixed(1)}%`);
console.log(`absent words with no results: ${(s.absentCorrect * 100).toFixed(1)}%`);
