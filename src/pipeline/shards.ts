// Pagefind in shards, each indexed by its own Pagefind process so that memory stays bounded, two at a time on two cores.
// A small archive is one shard; a larger one has a shard per year, or per half-year once a year outgrows SHARD_TARGET,
// plus one for records with no date. The newest year or half-year, if it holds more than a third of SHARD_TARGET, is
// split by month, because that is where a daily bulletin lands: a rebuild indexes a month's records, not half a year's.
// Only shards whose indexed content changed are indexed again (when a new period begins, the last one's months become
// one shard, indexed once).
import { spawn } from "node:child_process";
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import type { SiteRecord } from "../site/build-data.ts";
import type { Message } from "../parse/types.ts";
import { createHash } from "node:crypto";
import { group } from "../site/group.ts";
import type { BulletinKeys } from "./render-plan.ts";
import type { DirectoryInfo } from "../search-index/keys.ts";
import { alive } from "./lock.ts";

export interface Shard {
  /** The period ("2024-h1", "undated", "all"), then ".2", ".3"… for the further parts of a period over SHARD_MAX. */
  name: string;
  /** The period the shard holds records of (its part of them, when the period is split). */
  period: string;
  /** Site-relative folder of the shard's index, e.g. "pagefind/2024-h1/". */
  path: string;
  count: number;
  year: string | null;
}

/** Records per shard that Pagefind indexes in a few seconds and a few hundred MiB. */
export const SHARD_TARGET = 3000;

/** No shard holds more records than this: a period that has more (a year of one huge bulletin, or many undated records)
 * is split into parts of equal size, in archive order. One 50 MB bulletin's 41,559 undated records in one shard made
 * Pagefind peak at 9.1 GB. */
export const SHARD_MAX = SHARD_TARGET;

export type Granularity = "all" | "year" | "half-year";

export function granularityOf(records: { date: string | null }[], target = SHARD_TARGET): Granularity {
  if (records.length <= target) return "all";
  const years = new Map<string, number>();
  for (const r of records) if (r.date) years.set(r.date.slice(0, 4), (years.get(r.date.slice(0, 4)) ?? 0) + 1);
  return Math.max(0, ...years.values()) <= target ? "year" : "half-year";
}

/** 2024-04-12 → "2024" or "2024-h1"; 2024-09 → "2024-h2"; no date → "undated"; a small archive → "all". */
export function periodOf(date: string | null, g: Granularity): string {
  if (g === "all") return "all";
  if (!date) return "undated";
  return g === "year" ? date.slice(0, 4) : `${date.slice(0, 4)}-h${Number(date.slice(5, 7) || "1") <= 6 ? 1 : 2}`;
}

/** A record's shard: its period's, or its month ("2024-11") in the newest period. */
export function shardOf(date: string | null, g: Granularity, newest: string | null): string {
  const period = periodOf(date, g);
  return period === newest && date && date.length >= 7 ? date.slice(0, 7) : period;
}

/** Where a shard's records begin, for ordering shards newest first: 2024-h2 → 2024-07, 2024 → 2024-01. */
const startOf = (name: string) => (/^\d{4}$/.test(name) ? `${name}-01` : name.replace("-h1", "-01").replace("-h2", "-07"));

/** What Pagefind sees of a record follows from its bulletin, which the content key names, and of jieba's segmentation only
 * its title terms (the hidden title field): not its related links or neighbours, nor its keywords (the page's footer, which
 * Pagefind ignores). A word new to the user dictionary re-segments every bulletin that holds it, and their keywords change;
 * their shards are indexed again only where a title's terms changed. */
const indexedContent = (r: SiteRecord, keys: BulletinKeys) => `${r.url} ${keys.content(r.source.file)} ${r.titleTerms.join(" ")}\n`;

const UNUSED = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"];

export function planShards(records: SiteRecord[], templateHash: string, keys: BulletinKeys, target = SHARD_TARGET, max = SHARD_MAX): { shards: Shard[]; members: Map<string, SiteRecord[]>; hashes: Record<string, string> } {
  const g = granularityOf(records, target);
  let newestDate = "";
  for (const r of records) if (r.date && r.date > newestDate) newestDate = r.date;
  const last = g === "all" || !newestDate ? null : periodOf(newestDate, g);
  // months only for a period large enough that indexing it whole would slow a rebuild: each shard a search reads costs the
  // reader Pagefind's runtime again (about 90 KB), and a search reads shards until it has a page of results
  let inLast = 0;
  if (last) for (const r of records) if (r.date && periodOf(r.date, g) === last) inLast++;
  const newest = inLast > target / 3 ? last : null;
  const periods = group(records, (r) => shardOf(r.date, g, newest));
  const order = [...periods.keys()].sort((a, b) => (a === "undated" ? 1 : b === "undated" ? -1 : startOf(b).localeCompare(startOf(a))));
  // a period over the bound is split into parts of equal size (its records in archive order): "undated", "undated.2"…
  const members = new Map<string, SiteRecord[]>();
  const shards: Shard[] = [];
  for (const period of order) {
    const list = periods.get(period)!;
    const parts = Math.ceil(list.length / Math.max(1, max));
    const size = Math.ceil(list.length / parts);
    for (let k = 0; k < parts; k++) {
      const name = k === 0 ? period : `${period}.${k + 1}`;
      const part = parts === 1 ? list : list.slice(k * size, (k + 1) * size);
      members.set(name, part);
      shards.push({ name, period, path: `pagefind/${name}/`, count: part.length, year: period === "undated" || period === "all" ? null : period.slice(0, 4) });
    }
  }
  const hashes: Record<string, string> = {};
  // one hash per shard over its records in archive order, which the input fixes (a hash per record cost a second at 100k)
  for (const [name, list] of members) {
    const h = createHash("sha1").update(templateHash);
    for (const r of list) h.update(indexedContent(r, keys));
    hashes[name] = h.digest("hex").slice(0, 16);
  }
  return { shards, members, hashes };
}

/** Memory to index in: Linux's tmpfs, unless ARCHIVE_NO_TMPFS is set. */
const TMPFS = process.platform === "linux" && !process.env.ARCHIVE_NO_TMPFS ? "/dev/shm" : null;

/** Where Pagefind reads and writes a shard: memory (tmpfs) when it has room, else beside the site. Pagefind's threads
 * writing a shard's few thousand files at once into one ext4 folder contend for its lock (`npm run bench:index` compares
 * the two); `cp -r` then copies the finished index into the site on one thread. */
export function scratchFor(site: string, slot: number, records: number, tmpfs = TMPFS): string {
  if (tmpfs && existsSync(tmpfs)) {
    try {
      const fs = statfsSync(tmpfs);
      // the links, the index (about 5 KiB a record) and the other slot's, with room to spare
      if (fs.bavail * fs.bsize > 64 * 2 ** 20 + records * 32 * 2 ** 10) return join(tmpfs, `archive-index-${process.pid}-${slot}`);
    } catch {
      // not a file system we can ask: the disk will do
    }
  }
  return `${site}.shard-${slot}`;
}

/** Scratch folders in memory left by a build that was killed (its process is gone). */
function clearStaleScratch(tmpfs = TMPFS): void {
  if (!tmpfs || !existsSync(tmpfs)) return;
  for (const name of readdirSync(tmpfs)) {
    const pid = /^archive-index-(\d+)-\d+$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(tmpfs, name), { recursive: true, force: true });
  }
}

/** Indexes one shard: links its pages into a folder of their own, runs Pagefind's binary over it and copies the index
 * into the site. (A glob naming the shard's pages in the whole site instead cost Pagefind more than the links: it walks
 * every file of the site.) */
async function indexShard(site: string, pageFile: (url: string) => string, scratch: string, shard: Shard, records: SiteRecord[]): Promise<void> {
  const pages = join(scratch, "pages");
  const index = join(scratch, "index");
  rmSync(scratch, { recursive: true, force: true });
  const out = join(site, shard.path);
  rmSync(out, { recursive: true, force: true });
  // beside the site, hard links (Windows makes symbolic ones only with a privilege); in memory, another file system, symbolic
  const onDisk = scratch.startsWith(`${site}.`);
  const made = new Set<string>();
  try {
    for (const r of records) {
      const folder = join(pages, r.url);
      const parent = dirname(folder);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      mkdirSync(folder);
      if (onDisk) linkSync(pageFile(r.url), join(folder, "index.html"));
      else symlinkSync(resolve(pageFile(r.url)), join(folder, "index.html"));
    }
    const pagefind = await run(pagefindBinary(), ["--site", pages, "--output-path", index, "--silent"]);
    if (pagefind.code !== 0) throw new BuildFailure(`Pagefind failed on shard ${shard.name} (exit ${pagefind.code}): ${pagefind.stderr}`);
    const entry = JSON.parse(readFileSync(join(index, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== records.length) throw new BuildFailure(`Pagefind indexed ${indexed} of the ${records.length} pages of shard ${shard.name}`);
    for (const f of UNUSED) rmSync(join(index, f), { force: true });
    await copyFolder(index, out);
  } finally {
    if (onDisk) removeLater(scratch);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

/** Copies a folder to a new path: by `cp -r` in a child process where there is one (Node's fs.cp copies file by file on
 * this process's thread, which meanwhile writes the data files), else by Node. */
async function copyFolder(from: string, to: string): Promise<void> {
  mkdirSync(dirname(to), { recursive: true });
  if (process.platform === "win32") return cpSync(from, to, { recursive: true });
  const copy = await run("cp", ["-r", from, to]);
  if (copy.code !== 0) throw new BuildFailure(`could not copy ${from} to ${to}: ${copy.stderr}`);
}

/** Runs a program to its end: its exit code and what it wrote to stderr. */
function run(program: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((ok) => {
    const stderr: string[] = [];
    const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
    child.stderr.on("data", (d: Buffer) => stderr.push(d.toString()));
    child.on("error", (e) => stderr.push(e.message));
    child.on("close", (c) => ok({ code: c ?? 1, stderr: stderr.join("").trim() }));
  });
}

let removed = 0;
/** Renames a folder aside and deletes it in a detached process: deleting thousands of files would hold up the build. */
export function removeLater(path: string): void {
  const dir = path.replace(/\/+$/, "");
  if (!existsSync(dir)) return;
  const aside = `${dir}.old-${process.pid}-${Date.now()}-${removed++}`;
  renameSync(dir, aside);
  spawn("rm", ["-rf", aside], { detached: true, stdio: "ignore" }).unref();
}

/** Bad input or a failed tool: the build stops, says why, and leaves the previous site in place. */
export class BuildFailure extends Error {
  constructor(
    message: string,
    readonly messages: Message[] = [],
  ) {
    super(message);
  }
}

/** The extended Pagefind binary that the pagefind npm package installed for this platform (as its own resolveBinary does). */
function pagefindBinary(): string {
  if (process.env.PAGEFIND_EXTENDED_BINARY_PATH) return process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const exe = platform === "windows" ? "pagefind_extended.exe" : "pagefind_extended";
  return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${process.arch}/bin/${exe}`);
}

/** Indexes the given shards, `parallel` at a time. */
export async function indexShards(
  site: string,
  pageFile: (url: string) => string,
  work: { shard: Shard; records: SiteRecord[] }[],
  parallel: number,
  report: (done: number, total: number) => void,
  tmpfs = TMPFS,
): Promise<void> {
  clearStaleScratch(tmpfs);
  let next = 0;
  let done = 0;
  const worker = async (slot: number) => {
    while (next < work.length) {
      const w = work[next++]!;
      await indexShard(site, pageFile, scratchFor(site, slot, w.records.length, tmpfs), w.shard, w.records);
      report(++done, work.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, work.length) }, (_, k) => worker(k)));
}

/** `directories`: the search directory's parts, their folders and split (src/search-index/), which the search page
 * reads first. */
export function writeShardList(site: string, shards: Shard[], filters: Record<string, Record<string, number>>, directories: DirectoryInfo[] = []): void {
  mkdirSync(join(site, "pagefind"), { recursive: true });
  writeFileSync(join(site, "pagefind/shards.json"), JSON.stringify({ shards, filters, ...(directories.length ? { directories } : {}) }));
}

/** The directory's parts the live site's shards.json lists; none when it cannot be read (a rebuild then writes them all). */
export function liveDirectories(live: string): DirectoryInfo[] {
  try {
    const list = JSON.parse(readFileSync(join(live, "pagefind/shards.json"), "utf8")) as { directories?: DirectoryInfo[] };
    return Array.isArray(list.directories) ? list.directories : [];
  } catch {
    return [];
  }
}

export const shardExists = (site: string, shard: Shard) => existsSync(join(site, shard.path, "pagefind.js"));
