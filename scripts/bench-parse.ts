// npx tsx scripts/bench-parse.ts [ROOT]: the corpus's pages parsed three times over by ROOT's parser (a checkout of any
// commit, its node_modules linked; default this one), printing pages, records and seconds. Compare two parsers under
// farm-bench: farm-bench -n 3 --vs 'npx tsx scripts/bench-parse.ts /tmp/old' -- npx tsx scripts/bench-parse.ts
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const { parseBulletin } = (await import(`${root}/src/parse/index.ts`)) as typeof import("../src/parse/index.ts");
const dir = resolve("corpus/pages");
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ f, bytes: readFileSync(`${dir}/${f}`), meta: JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, ".reading.json")}`, "utf8")).manifest ?? {} }));
const start = performance.now();
let records = 0;
for (let round = 0; round < 3; round++) for (const p of pages) records += parseBulletin(`seeds/${p.f}`, p.bytes, p.meta).records.length;
console.log(`${pages.length} pages x3, ${records} records, ${((performance.now() - start) / 1000).toFixed(2)} s`);
