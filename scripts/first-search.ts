// npm run bench's first search alone, on a built site: `tsx scripts/first-search.ts [SITE] [QUERY] [RUNS]`. Prints, per run
// in a fresh browser, the bytes fetched after the search page loaded and the time from Enter to the first result.
import { serve } from "../src/serve.ts";
import { measureFirstSearch } from "./measure-first-search.ts";

const [site = ".bench/100000/site", query = "志愿服务", runs = "3"] = process.argv.slice(2);
const { server, url } = await serve(site);
for (let k = 0; k < Number(runs); k++) {
  const m = await measureFirstSearch(url, query);
  console.log(`${(m.bytes / 1024).toFixed(0)} KiB after the page loaded, first result after ${m.ms} ms; ${m.fetched.length} responses: ${m.fetched.slice(0, 12).join(", ")}`);
}
server.close();
