// npm run build: seeds/ → records → Eleventy → Pagefind, built aside in .build/ and swapped into _site/ only when all succeeded.
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { readSeeds } from "../src/read-seeds.ts";
import { formatMessage } from "../src/parse/context.ts";
import { buildSiteData } from "../src/site/build-data.ts";
import { segmentRecords } from "../src/site/segment.ts";
import { bundleBrowserAssets } from "../src/site/browser-assets.ts";
import { siteConfig } from "../src/site/config.ts";

import { parseArgs } from "node:util";

const { values: args } = parseArgs({ options: { seeds: { type: "string", default: "seeds" }, out: { type: "string", default: "_site" } } });
const SEEDS = args.seeds!;
const OUT = args.out!.replace(/\/+$/, "");
const STAGE = `${OUT}.building`;
const OLD = `${OUT}.old`;
const ARCHIVE = `${OUT}.archive.json`;
const started = Date.now();
const step = (what: string) => console.log(`[build] ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function fail(why: string): never {
  console.error(`\nbuild failed: ${why}\n_site/ was left as it was.`);
  process.exit(1);
}

const seeds = readSeeds(SEEDS);
const problems = seeds.messages.filter((m) => m.severity !== "info");
for (const m of problems) console.error(formatMessage(m));
const errors = seeds.messages.filter((m) => m.severity === "error");
if (errors.length) fail(`${errors.length} error(s) in the bulletins above; fix them and run npm run build again`);
step(`parsed ${seeds.files.length} bulletins into ${seeds.records.length} records`);

const people = seeds.records.flatMap((r) => [...r.byline.reporters, ...r.byline.correspondents, ...r.byline.photographers]);
const places = seeds.records.flatMap((r) => [r.district, r.place, r.kicker].filter((x): x is string => !!x));
const seg = segmentRecords(seeds.records, ".cache", [...people, ...places]);
step(`segmented ${seg.computed} records with nodejieba, ${seeds.records.length - seg.computed} from cache`);

const site = buildSiteData(seeds.records, seeds.messages, seeds.files, seeds.lines, seg.titleTerms);
const buildId = createHash("sha1").update(JSON.stringify(seeds.records)).digest("hex").slice(0, 12);
rmSync(STAGE, { recursive: true, force: true });
const config = siteConfig();
writeFileSync(ARCHIVE, JSON.stringify({ ...site, messages: seeds.messages, buildId, site: config }));
process.env.ARCHIVE_JSON = ARCHIVE;

const eleventy = new Eleventy("templates", STAGE, { configPath: ".eleventy.ts", quietMode: true, pathPrefix: config.pathPrefix });
await eleventy.write();
step("rendered pages with Eleventy");

const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index || createErrors.length) fail(`Pagefind could not start: ${createErrors.join("; ")}`);
const added = await index.addDirectory({ path: STAGE });
if (added.errors.length) fail(`Pagefind: ${added.errors.join("; ")}`);
if (added.page_count === 0) fail("Pagefind indexed zero pages");
const written = await index.writeFiles({ outputPath: `${STAGE}/pagefind` });
if (written.errors.length) fail(`Pagefind: ${written.errors.join("; ")}`);
await pagefind.close();
step(`indexed ${added.page_count} pages with Pagefind`);

const assets = await bundleBrowserAssets(STAGE, buildId);
step(`bundled the search page and a service worker precaching ${assets.precache} files`);

rmSync(OLD, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(STAGE, OUT);
rmSync(OLD, { recursive: true, force: true });
rmSync(ARCHIVE, { force: true });

const s = site.stats;
console.log(`\nbuilt ${OUT}/: ${s.bulletins} bulletins, ${s.records} records, ${s.districts} districts, ${s.dates} dates, ${s.warnings} warnings (${((Date.now() - started) / 1000).toFixed(1)} s)`);
