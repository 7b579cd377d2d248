// Measures the search directory's trigram filters (src/search-index/trigrams.ts) on a built site, from its own
// api/articles.json: how many (shard, trigram) pairs, the time to count them, the files and bytes the filters take.
// With --write it also adds them to a site built before the filters existed (its directory folder and shards.json), so
// that `npm run bench:search` can be run on it with a search page of today.
// Run: npm run bench:trigrams -- --site DIR [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { recordText } from "../src/search-index/directory.ts";
import { shardTrigrams, trigramFiles } from "../src/search-index/trigrams.ts";

const { values } = parseArgs({ options: { site: { type: "string" }, write: { type: "boolean", default: false } } });
if (!values.site) throw new Error("usage: npm run bench:trigrams -- --site DIR [--write]");
const site = values.site;

interface ShardRef { name: string; period?: string }
interface ArticleRecord { date: string | null; section: string | null; kicker: string | null; pretitle: string | null; headline: string | null; subtitle: string | null; byline: { raw: string } | null; paragraphs: string[]; captions: { text: string }[]; credits: string[] }
const list = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: ShardRef[]; directory?: { path: string; shards: string[]; trigrams?: unknown }; directories?: { shards: string[] }[] };
if (!list.directory && !list.directories) throw new Error(`${site} has no search directory (built before it)`);
const records = JSON.parse(readFileSync(join(site, "api/articles.json"), "utf8")) as ArticleRecord[];

/** The shard of a record by its date and the shards' periods (all, undated, a year, a half-year, a month): the shard plan's
 * periods, read back from shards.json; a period split into several shards (undated.2) counts as its first. */
function shardOf(date: string | null): string | undefined {
  const fits = (p: string) =>
    p === "all" || (date === null ? p === "undated" : /^\d{4}-\d{2}$/.test(p) ? date.startsWith(p) : /^\d{4}-h[12]$/.test(p) ? date.startsWith(p.slice(0, 4)) && (Number(date.slice(5, 7)) <= 6 ? "h1" : "h2") === p.slice(5) : /^\d{4}$/.test(p) && date.startsWith(p));
  return list.shards.find((s) => fits(s.period ?? s.name))?.name;
}

const started = performance.now();
const texts = new Map<string, string[]>();
for (const r of records) {
  const name = shardOf(r.date);
  if (!name) continue;
  const text = recordText({ section: r.section, kicker: r.kicker, pretitle: r.pretitle, title: r.headline ?? "", subtitle: r.subtitle, byline: { raw: r.byline?.raw ?? "", people: [] }, paragraphs: r.paragraphs, captions: r.captions ?? [], credits: r.credits ?? [] });
  (texts.get(name) ?? texts.set(name, []).get(name)!).push(text);
}
// (measured over all shards at once, as a site of one part has them)
const names = list.directory?.shards ?? list.directories!.flatMap((d) => d.shards);
const trigrams = new Map(names.map((n) => [n, shardTrigrams(texts.get(n) ?? [])]));
const counted = performance.now();
const { info, files } = trigramFiles(names, trigrams);
let bytes = 0;
for (const b of files.values()) bytes += b.length;
const pairs = [...trigrams.values()].reduce((n, t) => n + t.length, 0);
console.log(`${records.length} records in ${names.length} shards: ${pairs} (shard, trigram) pairs, at most ${Math.max(...[...trigrams.values()].map((t) => t.length))} in one shard`);
console.log(`counted in ${((counted - started) / 1000).toFixed(1)} s (reading the records' text included); filters ${files.size} files, ${(bytes / 2 ** 20).toFixed(1)} MiB (blocks ${info.blocks}, ${info.group} to a file)`);
if (values.write && !list.directory) console.log("not written: this site's directory is in parts, built with its filters");
if (values.write && list.directory) {
  for (const [name, b] of files) writeFileSync(join(site, list.directory.path, name), b);
  list.directory.trigrams = info;
  writeFileSync(join(site, "pagefind/shards.json"), JSON.stringify(list));
  console.log(`written into ${join(site, list.directory.path)} and pagefind/shards.json`);
}
