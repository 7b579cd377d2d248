// npm run bench -- --articles N: generates a synthetic archive of N articles, builds it from nothing and prints, per stage,
// wall time and peak memory; then the output's size, the same article pages written with plain fs for comparison,
// what a browser fetches for its first search and how long it takes, the time to add one bulletin and rebuild, and what
// reading the parse cache back costs in UTF-16 (as stored) against the same text in UTF-8.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { build } from "../src/pipeline/pipeline.ts";
import { serve } from "../src/serve.ts";
import { measureFirstSearch } from "./measure-first-search.ts";
import { offlineSaveSummary } from "../src/search-index/offline-manifest.ts";
import { searchTable } from "./search-query-set.ts";
import type { RenderArchive } from "../src/pipeline/render-plan.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, query: { type: "string", default: "志愿服务" }, skipBrowser: { type: "boolean", default: false } } });
const N = Number(values.articles);
const dir = `.bench/${N}`;
const seeds = `${dir}/seeds`;
const out = `${dir}/site`;
const cacheDir = `${dir}/cache`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// the generator prints its archive's text statistics against the seed pages' (scripts/text-stats.ts), in its own
// process: jieba's dictionaries would weigh on this one, whose memory the build's figures measure
const tGen = Date.now();
const generated = execFileSync("npx", ["tsx", "scripts/generate-archive.ts", "--articles", String(N), "--out", seeds], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const genSeconds = (Date.now() - tGen) / 1000;
process.stdout.write(generated);

const t0 = Date.now();
const full = await build({ seeds, out, cacheDir });
const fullSeconds = (Date.now() - t0) / 1000;

const size = execFileSync("du", ["-sb", `${out}/`], { encoding: "utf8" }).split("\t")[0]!;
const fileCount = execFileSync("sh", ["-c", `find ${out}/ -type f | wc -l`], { encoding: "utf8" }).trim();
const offlineSave = offlineSaveSummary(out);

// the same article pages through the same template function, written with plain fs, for comparison with Eleventy
const { render } = await import("../templates/article.11ty.ts");
const { buildSiteData } = await import("../src/site/build-data.ts");
const { fullArchive } = await import("../src/pipeline/render-plan.ts");
const { siteConfig } = await import("../src/site/config.ts");
const records = JSON.parse(readFileSync(`${out}/api/articles.json`, "utf8"));
const archive = fullArchive(buildSiteData(records, [], []), siteConfig(), "bench") as RenderArchive;
const plain = `${dir}/plain`;
const tPlain = Date.now();
for (const record of archive.records) {
  mkdirSync(join(plain, record.url), { recursive: true });
  writeFileSync(join(plain, record.url, "index.html"), render({ archive, page: { url: record.url }, record } as Parameters<typeof render>[0]));
}
const plainSeconds = (Date.now() - tPlain) / 1000;
rmSync(plain, { recursive: true, force: true });
// the same article pages through Eleventy in one renderer as the build runs it (its own "Wrote … in S seconds": the
// archive read and the pages rendered and written, not Node's start), for a comparison of the same pages
const { writeCache } = await import("../src/pipeline/cache-file.ts");
const articleArchive = `${dir}/eleventy-archive.json`;
writeCache(articleArchive, { ...archive, newest: [], districts: [], districtPages: [], placePages: [], months: [], years: [], dayPages: [], monthPages: [], undatedPages: [], people: [], personPages: [], bulletins: [], bulletinPages: [], bulletinLines: {}, feeds: [] });
const wrote = spawnSync(process.execPath, ["--import", "tsx", "src/pipeline/render-worker.ts", `${dir}/eleventy`, "/", "templates/article.11ty.ts"], { input: `${articleArchive}\n`, encoding: "utf8" });
const eleventySeconds = Number(/Wrote \d+ files in ([\d.]+) seconds/.exec(`${wrote.stdout}${wrote.stderr}`)?.[1] ?? NaN);
rmSync(`${dir}/eleventy`, { recursive: true, force: true });
rmSync(articleArchive, { force: true });

// the parse cache read back as stored (UTF-16) and as UTF-8, for the choice in src/pipeline/cache-file.ts: the entries' heads
// and texts, as a full build with a warm cache reads them (a rebuild reads the heads and a few texts)
const entries = readdirSync(`${cacheDir}/parse`).filter((f) => /^[0-9a-f]{40}(\.text)?\.json$/.test(f)).map((f) => readFileSync(`${cacheDir}/parse/${f}`));
const asUtf8 = entries.map((b) => Buffer.from(b.toString("utf16le"), "utf8"));
const timed = (decode: () => void) => {
  const t = Date.now();
  decode();
  return (Date.now() - t) / 1000;
};
const utf16Seconds = timed(() => entries.forEach((b) => JSON.parse(b.toString("utf16le"))));
const utf8Seconds = timed(() => asUtf8.forEach((b) => JSON.parse(b.toString("utf8"))));
const cacheMiB = entries.reduce((n, b) => n + b.length, 0) / 1024 / 1024;

// first search in Chromium: bytes fetched after the search page has loaded, and the time from Enter to the first result
let firstSearch = { bytes: 0, pageBytes: 0, ms: 0, results: 0 };
let queryTable = "";
if (!values.skipBrowser) {
  const { server, url } = await serve(out);
  firstSearch = await measureFirstSearch(url, values.query!);
  // each class of query a reader types (scripts/search-query-set.ts), each in a fresh browser
  queryTable = await searchTable(url, out);
  server.close();
}

// add one bulletin and rebuild
const extra = `${dir}/extra`;
execFileSync("npx", ["tsx", "scripts/generate-archive.ts", "--articles", "10", "--perPage", "10", "--out", extra, "--years", "1", "--no-stats"], { stdio: "ignore" });
const name = readFileSync(`${extra}/manifest.json`, "utf8").match(/"([^"]+\.txt)"/)![1]!;
execFileSync("cp", [`${extra}/${name}`, `${seeds}/zz-added-${name}`]);
const manifest = JSON.parse(readFileSync(`${seeds}/manifest.json`, "utf8"));
manifest.bulletins[`zz-added-${name}`] = { paper: "郑州日报", city: "郑州", date: "2025-11-20", page: "3" };
writeFileSync(`${seeds}/manifest.json`, JSON.stringify(manifest));
// in a new process, as the archivist runs `npm run build` (this one holds the full build's garbage and the data above),
// with the flags package.json gives the build; the time includes starting Node and loading the code
const t1 = Date.now();
const flags = JSON.parse(readFileSync("package.json", "utf8")).scripts.build.split(" ").slice(1, -1) as string[];
execFileSync(process.execPath, [...flags, "scripts/build.ts", "--seeds", seeds, "--out", out, "--cache", cacheDir, "--metrics", `${dir}/rebuild.json`], { stdio: ["ignore", "ignore", "inherit"] });
const incSeconds = (Date.now() - t1) / 1000;
const inc = JSON.parse(readFileSync(`${dir}/rebuild.json`, "utf8")) as Pick<Awaited<ReturnType<typeof build>>, "metrics" | "rendered" | "pages" | "shardsIndexed" | "shards">;

const mib = (n: number) => `${n.toFixed(0)} MiB`;
const lines = [
  `\n## bench: ${N} articles (${full.stats.records} records, ${full.stats.bulletins} bulletins), ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${execFileSync("nproc", { encoding: "utf8" }).trim()} cores`,
  "",
  "| stage | wall s | peak MiB (build process) | peak MiB (largest child) | |",
  "|---|---:|---:|---:|---|",
  ...full.metrics.map((m) => `| ${m.stage} | ${m.seconds.toFixed(1)} | ${mib(m.mainPeakMiB)} | ${m.childPeakMiB ? mib(m.childPeakMiB) : "–"} | ${m.detail} |`),
  `| **full build** | **${fullSeconds.toFixed(1)}** (published at ${(fullSeconds - (full.metrics.find((m) => m.stage === "spare")?.seconds ?? 0)).toFixed(1)}) | ${mib(Math.max(...full.metrics.map((m) => m.mainPeakMiB)))} | ${mib(Math.max(...full.metrics.map((m) => m.childPeakMiB)))} | ${full.pages} pages, ${full.shards} search shards |`,
  "",
  `- archive: ${generated.split("\n")[0]} (the generator's process, with its statistics: ${genSeconds.toFixed(1)} s)`,
  "",
  ...generated.split("\n").slice(1).filter((l) => l.startsWith("|") || l.startsWith("text statistics")),
  "",
  `- output: ${(Number(size) / 1024 / 1024).toFixed(0)} MiB in ${fileCount} files`,
  offlineSave,
  `- article pages: Eleventy render stage ${full.metrics.find((m) => m.stage === "render")!.seconds.toFixed(1)} s for ${full.pages} pages; the ${archive.records.length} article pages written with plain fs: ${plainSeconds.toFixed(1)} s (ratio ${(full.metrics.find((m) => m.stage === "render")!.seconds / plainSeconds).toFixed(2)}, Eleventy also renders the list pages); the same ${archive.records.length} pages through Eleventy in one process: ${eleventySeconds.toFixed(1)} s (ratio ${(eleventySeconds / plainSeconds).toFixed(2)})`,
  values.skipBrowser
    ? "- first search: not measured (--skipBrowser)"
    : `- first search for “${values.query}”: ${(firstSearch.bytes / 1024).toFixed(0)} KiB fetched after the search page loaded (${(firstSearch.pageBytes / 1024).toFixed(0)} KiB for the page itself), first result after ${firstSearch.ms} ms, ${firstSearch.results} results shown`,
  ...(queryTable ? ["", "Search, each query in a fresh browser after the search page has loaded (time from Enter to the first result):", "", queryTable, ""] : []),
  `- parse cache read back (${entries.length} files, heads and texts, ${cacheMiB.toFixed(0)} MiB in UTF-16): decoded and parsed in ${utf16Seconds.toFixed(1)} s as stored, ${utf8Seconds.toFixed(1)} s as UTF-8`,
  `- add one bulletin (10 articles) and rebuild with \`npm run build\`: ${incSeconds.toFixed(1)} s, Node's start included (${inc.rendered} of ${inc.pages} pages rendered, ${inc.shardsIndexed} of ${inc.shards} shards indexed); by stage: ${inc.metrics.map((m) => `${m.stage} ${m.seconds.toFixed(1)}`).join(", ")}`,
  "",
];
console.log(lines.join("\n"));
appendFileSync(".bench/results.md", lines.join("\n"));
