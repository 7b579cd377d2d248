// npm run bench's first search alone, on a built site. `tsx scripts/first-search.ts --site DIR`: the query set of
// scripts/search-query-set.ts (each class of query a reader types), each in a fresh browser, printing the time from Enter
// to the first result, the bytes and requests fetched after the page loaded, and whether the first result holds it.
// `tsx scripts/first-search.ts [SITE] [QUERY] [RUNS]`: one query, RUNS times, listing what it fetched.
import { parseArgs } from "node:util";
import { serve } from "../src/serve.ts";
import { measureFirstSearch } from "./measure-first-search.ts";
import { searchTable } from "./search-query-set.ts";

const { values, positionals } = parseArgs({ options: { site: { type: "string" } }, allowPositionals: true });
const [positionalSite = ".bench/100000/site", query, runs = "3"] = positionals;
const site = values.site ?? positionalSite;
const { server, url } = await serve(site);
if (query) {
  for (let k = 0; k < Number(runs); k++) {
    const m = await measureFirstSearch(url, query);
    console.log(`${(m.bytes / 1024).toFixed(0)} KiB and ${m.requests} requests after the page loaded, first result after ${m.ms} ms; ${m.fetched.length} responses: ${m.fetched.slice(0, 40).join(", ")}`);
  }
} else {
  console.log(await searchTable(url, site));
}
server.close();
