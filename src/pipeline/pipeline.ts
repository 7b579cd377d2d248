// The whole build: parse → segment → site data → render (only what changed) → assemble beside the old site →
// index (only changed shards) → browser assets → swap. The previous output stays whole until the swap.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { formatMessage } from "../parse/context.ts";
import type { Message } from "../parse/types.ts";
import { buildSiteData, type SiteData } from "../site/build-data.ts";
import { preloadJieba, segmentRecords, type PreloadedJieba } from "../jieba/segment-records.ts";
import { bundleSearchScript, bundleServiceWorker } from "../site/browser-assets.ts";
import { writeOfflineManifest } from "../search-index/offline-manifest.ts";
import { siteConfig } from "../site/config.ts";
import { robotsTxt, sitemapFiles } from "../site/sitemap.ts";
import { slug } from "../slug.ts";
import { hashFiles, hashOf } from "./hash.ts";
import { writeCache } from "./cache-file.ts";
import { writeArticlesJson, type ChunkMap } from "./articles-json.ts";
import { parseSeedsCached } from "./parse-cache.ts";
import { acquireLocks } from "./lock.ts";
import { Stages } from "./progress.ts";
import { fullArchive, pageHashes, planRender, type BulletinKeys, type PageManifest, type RenderArchive } from "./render-plan.ts";
import { BuildFailure, indexShards, planShards, shardExists, liveDirectories, writeShardList, type Shard } from "./shards.ts";
import { openPublisher, pausePoint } from "./publish.ts";
import { buildDirectory, recordText } from "../search-index/directory.ts";
import type { DirectoryInfo } from "../search-index/keys.ts";
import type { renderError } from "./render-worker.ts";

export { BuildFailure };

export interface BuildOptions {
  seeds: string;
  out: string;
  cacheDir?: string;
  /** Ignore the previous build: render and index everything. */
  full?: boolean;
  quiet?: boolean;
  parallel?: number;
  /** Records per search shard before the archive is split further (see shards.ts). */
  shardTarget?: number;
  /** Records per search shard at most (a period with more is split: see shards.ts). */
  shardMax?: number;
  /** From this many pages to render, two Eleventy processes share the article pages. */
  parallelRenderFrom?: number;
}

export interface BuildResult {
  stats: SiteData["stats"];
  messages: Message[];
  metrics: Stages["metrics"];
  rendered: number;
  pages: number;
  shardsIndexed: number;
  shards: number;
}


/** The other API files, the sitemap and robots.txt: always written new. */
function writeDataFiles(dir: string, site: SiteData, messages: Message[], buildId: string, siteUrl: string) {
  writeFileSync(join(dir, "api/report.json"), JSON.stringify({ stats: site.stats, messages }, null, 1));
  writeAside(join(dir, "api/build.json"), JSON.stringify({ buildId }));
  for (const f of sitemapFiles(site, siteUrl)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.xml);
  }
  writeFileSync(join(dir, "robots.txt"), robotsTxt(siteUrl));
}

const LIST_PAGE_WEIGHT = 1.4;

/** A rebuild that parses at most this many bulletins (a day's) starts one Eleventy process, not two. */
const FEW_BULLETINS = 10;

/** Below this many pages one Eleventy process renders everything; above it, two share the article pages. */
const PARALLEL_RENDER_FROM = Number(process.env.PARALLEL_RENDER_FROM ?? 4000);

/** Eleventy in a child process (bounded memory; two can use two cores), started before it is needed so that it loads
 * while the build segments and plans; it renders once `render` names the archive, and `cancel` lets it go unused. */
interface Renderer {
  render(archivePath: string): Promise<void>;
  cancel(): void;
}

function startRenderer(dir: string, pathPrefix: string, input: string): Renderer {
  const child = spawn(process.execPath, ["--import", "tsx", "src/pipeline/render-worker.ts", dir, pathPrefix, input], { stdio: ["pipe", "inherit", "pipe"] });
  const err: string[] = [];
  child.stderr!.on("data", (d: Buffer) => err.push(d.toString()));
  const done = new Promise<void>((ok, fail) => child.on("close", (code) => (code === 0 ? ok() : fail(renderFailure(code, err.join(""))))));
  done.catch(() => {}); // a renderer that fails is reported by render(); one cancelled is not waited for
  child.stdin!.on("error", () => {}); // it exited early: render() reports why
  return {
    render(archivePath) {
      child.stdin!.end(`${archivePath}\n`);
      return done;
    },
    cancel() {
      child.stdin!.end();
    },
  };
}

/** A renderer's failure as a message naming the template and the page (see render-worker.ts), with what to do. */
export function renderFailure(code: number | null, stderr: string): BuildFailure {
  const line = /^render-error (.*)$/m.exec(stderr)?.[1];
  let e: ReturnType<typeof renderError> = { messages: [], template: null, page: null, source: null };
  try {
    if (line) e = JSON.parse(line) as typeof e;
  } catch {
    // not what render-worker.ts writes: the output below says what happened
  }
  const said = e.messages.length ? e.messages.join(": ") : stderr.split("\n").filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 3).join(" ") || `exit ${code}`;
  const message: Message = {
    file: e.source?.file ?? e.template ?? "templates/",
    line: e.source?.line ?? 1,
    severity: "error",
    message: `Eleventy could not render ${e.page ? `the page ${e.page}` : "a page"}${e.template ? ` of ${e.template}` : ""}: ${said}. A template or the site data it was given is wrong: \`npm run check\` shows what each bulletin became; if that looks right, report this message`,
    ruleId: "build/render",
  };
  return new BuildFailure("Eleventy could not render the site", [message]);
}

/** What the article template reads of the archive (its site and records), for the extra Eleventy processes, which render
 * only article pages: every list empty, and no bulletin lines (a quarter of what they read before). */
function articlesOnly(a: RenderArchive): RenderArchive {
  return {
    ...a,
    newest: [],
    districts: [],
    districtPages: [],
    placePages: [],
    months: [],
    years: [],
    dayPages: [],
    monthPages: [],
    undatedPages: [],
    people: [],
    personPages: [],
    bulletins: [],
    bulletinPages: [],
    bulletinLines: {},
    feeds: [],
  };
}

export async function build(o: BuildOptions): Promise<BuildResult> {
  const ahead: Ahead = { renderers: [], jieba: null };
  // one build at a time per cache and per output (a second waits): both write `<out>.building/` and the caches
  const out = o.out.replace(/\/+$/, "");
  const release = await acquireLocks([join(o.cacheDir ?? ".cache", "build.lock"), `${out}.lock`], `build of ${out}/`, (holder, path) =>
    console.error(`waiting for another build to finish: ${holder ? `pid ${holder.pid}, started ${holder.started}, ${holder.what}` : "a build"} holds ${path} (a build killed meanwhile is noticed: its lock is then taken over)`),
  );
  try {
    return await buildWith(o, ahead);
  } finally {
    // started ahead of the stages that use them: whatever happens, the build ends them
    for (const r of ahead.renderers) r.cancel();
    void ahead.jieba?.worker.terminate();
    release();
  }
}

/** Writes `text` beside `path` and renames it into place: a reader (or a build killed meanwhile) never leaves half a file. */
function writeAside(path: string, text: string) {
  const part = `${path}.part-${process.pid}`;
  writeFileSync(part, text);
  renameSync(part, path);
}

/** A build record: its SHA-1 on the first line, then its JSON, written aside and renamed. */
function writeRecord(path: string, value: unknown) {
  const json = JSON.stringify(value);
  writeAside(path, `${createHash("sha1").update(json).digest("hex")}\n${json}`);
}

/** A build record written by writeRecord, or why it cannot be used (null when there is none). */
function readRecord<T>(path: string): { value: T } | { damaged: string } | null {
  if (!existsSync(path)) return null;
  try {
    const text = readFileSync(path, "utf8");
    if (text.startsWith("{")) return null; // written by a build before records had checksums: not trusted, not damaged
    const nl = text.indexOf("\n");
    const [sum, json] = [text.slice(0, nl), text.slice(nl + 1)];
    if (nl !== 40 || createHash("sha1").update(json).digest("hex") !== sum) return { damaged: "its checksum does not match (cut short or edited)" };
    return { value: JSON.parse(json) as T };
  } catch (e) {
    return { damaged: (e as Error).message };
  }
}

const damaged = (file: string, why: string) =>
  console.error(formatMessage({ file, line: 1, severity: "warning", message: `the last build's record is damaged (${why}): not used; this build renders and indexes everything`, ruleId: "build/damaged-record" }));

/** The last build's page manifest, if it is whole and belongs to the site in `out` (whose api/build.json names it). A
 * damaged one (a build killed while writing it, a full disk, a hand edit) is reported and ignored: the build is then full. */
function readPrevious(manifestPath: string, out: string): PageManifest | null {
  const m = readRecord<PageManifest>(manifestPath);
  if (m === null || !existsSync(join(out, "api/build.json"))) return null;
  if ("damaged" in m) return damaged(manifestPath, m.damaged), null;
  let built: { buildId?: unknown };
  try {
    built = JSON.parse(readFileSync(join(out, "api/build.json"), "utf8")) as { buildId?: unknown };
  } catch (e) {
    return damaged(join(out, "api/build.json"), (e as Error).message), null;
  }
  if (m.value.version !== 1 || m.value.buildId !== built.buildId) return null;
  const articles = join(out, "api/articles.json");
  if (m.value.articles && (!existsSync(articles) || statSync(articles).size !== m.value.articlesBytes)) {
    damaged(articles, `it is not the ${m.value.articlesBytes ?? "?"} bytes the last build wrote`);
    return null;
  }
  return m.value;
}

/** A hash of the names of every file in a search shard's folder (Pagefind's are one level deep), to notice one gone:
 * a readdir per folder (Node's recursive readdir took twice as long over 45 shards' 112,000 files). */
function listingHash(dir: string): string {
  const names: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    names.push(e.name);
    if (e.isDirectory()) for (const f of readdirSync(join(dir, e.name)).sort()) names.push(`${e.name}/${f}`);
  }
  return hashOf(names.sort());
}

/** Outputs of the last build gone from the site (deleted by hand): made again, with a warning. */
function missingWarning(site: string, what: string[], kind: string, done: string) {
  const shown = what.slice(0, 3).join(", ");
  console.error(formatMessage({ file: site, line: 1, severity: "warning", message: `${what.length} ${kind}${what.length > 1 ? "s" : ""} of the last build ${what.length > 1 ? "are" : "is"} missing from the site (${shown}${what.length > 3 ? ", …" : ""}): ${done}`, ruleId: "build/missing-output" }));
}

/** What the build starts before it needs it, to load on a core that is free meanwhile. */
interface Ahead {
  renderers: Renderer[];
  jieba: PreloadedJieba | null;
}

async function buildWith(o: BuildOptions, ahead: Ahead): Promise<BuildResult> {
  const renderers = ahead.renderers;
  const cacheDir = o.cacheDir ?? ".cache";
  const out = o.out.replace(/\/+$/, "");
  const STAGE = `${out}.building`;
  const manifestPath = join(cacheDir, `pages-${slug(out)}.json`);
  const stages = new Stages(o.quiet, pausePoint);
  const config = siteConfig();
  // `out` is a link to a complete tree, switched in one rename: what a killed build left is cleared here (see publish.ts)
  const publisher = openPublisher(out, STAGE);
  const live = publisher.live;
  // a rebuild publishes the spare tree, brought up to date now: when it must be made again (a copy of the live tree's
  // 250,000 files at 100k articles), in a child process while this one parses and plans
  if (!o.full && live && existsSync(manifestPath)) publisher.prepareSpare().catch(() => {}); // awaited in the swap

  // a rebuild parses little and reads its cache on one core: jieba loads on the other
  if (!o.full) ahead.jieba = preloadJieba(cacheDir);
  const seeds = await stages.run("parse", async (report) => parseSeedsCached(o.seeds, join(cacheDir, "parse"), report), (s) => `${s.files.length} bulletins (${s.parsed} parsed, ${s.files.length - s.parsed} cached), ${s.records.length} records`);
  const errors = seeds.messages.filter((m) => m.severity === "error");
  if (errors.length) throw new BuildFailure(`${errors.length} error(s) in the bulletins; fix them and build again`, seeds.messages);
  // the renderers load on the other core while this one segments and plans (while parsing, both cores are busy); a rebuild
  // of a few bulletins renders a few dozen pages in one, which leaves the other core to this process and jieba, and starts
  // a second only if its plan turns out large
  const startRenderers = (n: number) => {
    while (renderers.length < n) renderers.push(startRenderer(STAGE, config.pathPrefix, renderers.length === 0 ? "templates" : "templates/article.11ty.ts"));
  };
  const few = !o.full && seeds.parsed <= FEW_BULLETINS && existsSync(manifestPath);
  startRenderers(few ? 1 : (o.parallel ?? 2));

  const seg = await stages.run(
    "segment",
    async () => {
      // the user dictionary: every person and place the records name (in loops, making no array per record)
      const words = new Set<string>();
      const add = (w: string | null) => w && words.add(w);
      for (const r of seeds.records) {
        for (const name of r.byline.reporters) add(name);
        for (const name of r.byline.correspondents) add(name);
        for (const name of r.byline.photographers) add(name);
        for (const name of r.byline.interns) add(name);
        add(r.district);
        add(r.place);
        add(r.kicker);
      }
      return await segmentRecords(seeds.records, seeds.keys, cacheDir, [...words], ahead.jieba, seeds.loadText);
    },
    (s) => `${s.computed} segmented${s.preloadUsed ? " (jieba loaded while parsing)" : ""}, ${seeds.records.length - s.computed} cached${s.dictChanged ? ` (${s.dictChanged} bulletins again for words new to the dictionary)` : ""}`,
  );

  void ahead.jieba?.worker.terminate();
  ahead.jieba = null;

  // a bulletin's records and their text are named in page hashes by its parse key, their keywords by their segmentation's
  const contentKey = (file: string) => seeds.keys.get(file)!;
  const keys: BulletinKeys = { content: contentKey, segmentation: (file) => seg.sums.get(file)! };
  const templateHash = hashOf([hashFiles(["templates", "src/site", "src/browser", ".eleventy.ts", "package-lock.json"]), config]);
  const { site, plan, buildId, previous } = await stages.run(
    "plan",
    () => {
      const site = buildSiteData(seeds.records, seeds.messages, seeds.files, seeds.lineCounts, seg.titleTerms, seeds.loadText);
      const previous = o.full || !live ? null : readPrevious(manifestPath, out); // through the link: its messages name `out`
      const archive = fullArchive(site, config, "");
      const pages = pageHashes(archive, keys);
      const buildId = hashOf([templateHash, Object.entries(pages)]).slice(0, 12);
      // a page the last build wrote that is gone from the site (deleted by hand) is rendered again
      const present = (url: string) => existsSync(join(live!, url.endsWith("/") ? `${url}index.html` : url));
      const plan = planRender({ ...archive, buildId }, previous, templateHash, pages, present);
      if (plan.missing.length) missingWarning(live!, plan.missing, "page", "rendered again");
      // the text of what is rendered: records and bulletin lines (a rebuild has only its new bulletins' text so far)
      seeds.loadText(new Set([...plan.archive.records.map((r) => r.source.file), ...plan.archive.bulletinPages.map((b) => b.file)]));
      for (const b of plan.archive.bulletinPages) plan.archive.bulletinLines[b.file] = seeds.lines.get(b.file)!;
      return { site, plan, buildId, previous };
    },
    (p) => `${p.plan.rendered} of ${p.plan.total} pages to render${p.plan.incremental ? " (incremental)" : ""}`,
  );

  // A large build shares the article pages between two Eleventy processes (the first also renders every other page). A
  // rebuild renders its article pages in one process and the rest in another, so that Pagefind can index the changed
  // articles while the lists are still rendering.
  if (plan.rendered > (o.parallelRenderFrom ?? PARALLEL_RENDER_FROM)) startRenderers(o.parallel ?? 2);
  const split = renderers.length > 1 && plan.incremental && plan.archive.records.length > 0 && plan.rendered > plan.archive.records.length;
  const parts = split || plan.rendered > (o.parallelRenderFrom ?? PARALLEL_RENDER_FROM) ? renderers.length : 1;
  // while Eleventy renders in child processes, this process bundles the search script and plans the search shards, and
  // while Pagefind indexes, it writes the data files: STAGE then holds what changed, and the API files, sitemap and
  // script, which are always new
  const { sharding, lists } = await stages.run(
    "render",
    async () => {
      const records = plan.archive.records;
      const textless = records.find((r) => !seeds.hasText(r.source.file));
      if (textless) throw new Error(`the text of ${textless.source.file} was not loaded before its pages were rendered: call loadText() for it in the plan stage`);
      // a list page (up to 75 links, or a bulletin's whole text) takes Eleventy about 1.4 times as long as an article page
      // (from the two renderers' "Wrote N files in S seconds" lines in a full build of `npm run bench -- --articles 100000`)
      const others = (plan.rendered - records.length) * LIST_PAGE_WEIGHT;
      const share = Math.ceil((records.length + others) / parts);
      const bounds = split ? [0, 0, records.length] : Array.from({ length: parts + 1 }, (_, k) => (k === 0 ? 0 : k === parts ? records.length : Math.max(0, Math.min(records.length, Math.round(k * share - others)))));
      // the article-only parts first: they are smaller to write, and their renderers start while the first part, which
      // also holds every list page and bulletin, is still being written
      const runs: Promise<void>[] = [];
      for (let k = parts - 1; k >= 0; k--) {
        const slice = records.slice(bounds[k], bounds[k + 1]);
        const part = k === 0 ? { ...plan.archive, records: slice } : { ...articlesOnly(plan.archive), records: slice };
        const archivePath = `${out}.archive-${k}.json`;
        writeCache(archivePath, part);
        const rendering = renderers[k]!.render(archivePath).finally(() => rmSync(archivePath, { force: true }));
        rendering.catch(() => {}); // awaited below, after this process's own share
        runs[k] = rendering;
      }
      await bundleSearchScript(STAGE);
      const sharding = planShards(site.records, templateHash, keys, o.shardTarget, o.shardMax);
      if (!split) {
        await Promise.all(runs);
        return { sharding, lists: Promise.resolve() };
      }
      await runs[1];
      return { sharding, lists: runs[0]! };
    },
    () => `${plan.rendered} pages rendered with Eleventy in ${parts} process${parts > 1 ? "es" : ""}${split ? " (article pages; the others go on while Pagefind indexes)" : ""}; search script bundled meanwhile`,
  );

  // a shard is indexed again when its pages changed, or when a file of it is gone from the site
  const shardFiles: Record<string, string> = {};
  const missingShards: string[] = [];
  const shardWhole = (s: Shard) => {
    if (!shardExists(live!, s)) return false;
    const listing = listingHash(join(live!, s.path));
    const before = previous?.shardFiles?.[s.name];
    if (before && before !== listing) return missingShards.push(s.path), false;
    shardFiles[s.name] = listing;
    return true;
  };
  const work = sharding.shards
    .filter((s) => !plan.incremental || previous?.shards[s.name] !== sharding.hashes[s.name] || !shardWhole(s))
    .map((shard) => ({ shard, records: sharding.members.get(shard.name)! }));
  if (missingShards.length) missingWarning(live!, missingShards, "search shard", "indexed again (a file of it is gone)");
  let articleChunks: ChunkMap = {};
  let directories: DirectoryInfo[] = [];
  let directoryWritten = 0;
  await stages.run(
    "index",
    async (report) => {
      if (site.records.length === 0) throw new BuildFailure("no records to index");
      // a full build has every page in the stage; in a rebuild, an unchanged page is in the live tree (its real path, not
      // through the `out` link)
      const staged = (url: string) => join(STAGE, url, "index.html");
      const pageFile = plan.incremental ? (url: string) => (existsSync(staged(url)) ? staged(url) : join(live!, url, "index.html")) : staged;
      const indexing = indexShards(STAGE, pageFile, work, o.parallel ?? 2, report);
      indexing.catch(() => {}); // awaited below, after this process's own share
      articleChunks = writeArticlesJson(join(STAGE, "api/articles.json"), site.records, keys, join(live ?? out, "api/articles.json"), previous?.articles ?? null, seeds.loadText);
      writeDataFiles(STAGE, site, seeds.messages, buildId, config.url);
      // which shards hold each character pair, for the search page (counted again only for shards whose hash, or the
      // directory's code, changed)
      const directoryCode = hashFiles(["src/search-index"]);
      const directoryKeys = Object.fromEntries(Object.entries(sharding.hashes).map(([name, h]) => [name, hashOf([h, directoryCode])]));
      // (a part the live site holds for the same shards is kept: a day's bulletin writes only the newest period's)
      const before = plan.incremental ? liveDirectories(live!) : [];
      ({ parts: directories, written: directoryWritten } = await buildDirectory(STAGE, cacheDir, sharding.shards, directoryKeys, (name) => {
        const records = sharding.members.get(name)!;
        seeds.loadText(new Set(records.map((r) => r.source.file)));
        return records.map(recordText);
      }, (name) => sharding.members.get(name)!.map((r) => r.url), plan.incremental ? live : null, before));
      await indexing;
      for (const s of work) shardFiles[s.shard.name] = listingHash(join(STAGE, s.shard.path));
      const count = (key: (r: (typeof site.records)[number]) => string | null) => {
        const m: Record<string, number> = {};
        for (const r of site.records) {
          const k = key(r);
          if (k) m[k] = (m[k] ?? 0) + 1;
        }
        return m;
      };
      writeShardList(STAGE, sharding.shards, {
        district: count((r) => (r.district ? `${r.city ?? ""}${r.district}` : "城区不详")),
        year: count((r) => (r.date ? r.date.slice(0, 4) : "日期不详")),
        month: count((r) => r.date?.slice(0, 7) ?? null),
        kind: count((r) => ({ article: "报道", photo: "图片新闻", brief: "简讯" })[r.kind]),
      }, directories);
      await lists;
    },
    () => `${work.length} of ${sharding.shards.length} Pagefind shards indexed, ${directoryWritten} of ${directories.length} parts of the search directory written; data files written meanwhile`,
  );

  writeOfflineManifest(STAGE, buildId, plan.incremental ? live : null);
  await stages.run("assets", () => bundleServiceWorker(STAGE, buildId, plan.incremental ? live : null), (a) => `service worker (${a.precache} files precached)`);

  await stages.run(
    "swap",
    async () => {
      // the stage's articles.json is what the manifest maps (it is renamed into the new tree: the same file)
      const articlesBytes = statSync(join(STAGE, "api/articles.json")).size;
      if (!plan.incremental) await publisher.publishFull(STAGE, buildId);
      else {
        const keep = new Set(sharding.shards.map((s) => s.name));
        for (const d of directories) keep.add(d.path.split("/")[1]!);
        const pagefindDir = join(live!, "pagefind");
        // shards no longer made (a period's months become one shard)
        const gone = readdirSync(pagefindDir).filter((d) => !keep.has(d) && statSync(join(pagefindDir, d)).isDirectory()).map((d) => `pagefind/${d}`);
        await publisher.publishIncremental(STAGE, buildId, {
          // re-indexed shards and the sitemaps (written whole by every build, maybe fewer of them) replace the old folders
          replaced: [...work.map((s) => s.shard.path.replace(/\/+$/, "")), "sitemaps"],
          // (and the offline file lists of shards no longer made, as a full build writes none for them)
          removed: [...plan.removed.map((url) => (url.endsWith("/") ? `${url}index.html` : url).replace(/^\/+/, "")), ...gone, ...Object.keys(previous?.shards ?? {}).filter((name) => !keep.has(name)).map((name) => `offline/files/${name}.json`)],
        });
      }
      mkdirSync(cacheDir, { recursive: true });
      const manifest: PageManifest = { version: 1, buildId, templateHash, pages: plan.pages, shards: sharding.hashes, articles: articleChunks, articlesBytes, shardFiles };
      writeRecord(manifestPath, manifest);
    },
    () => (plan.incremental ? `${plan.rendered} pages and ${work.length} shards published in a new tree, ${out} switched to it` : `${out} switched to the new tree`),
  );

  // the site is published; the tree it left becomes the same site, so that the next rebuild (a day's bulletin) publishes
  // into it at once: after a full build that is a hard-linked copy of every file (at 100k articles, 12 s that the first
  // rebuild after it had spent while it parsed)
  await stages.run("spare", () => publisher.prepareNext(), (d) => ("tree" in d ? "the other tree made again, every file hard-linked (for the next rebuild)" : `the other tree brought up to date (${d.relinked} paths relinked)`));

  return {
    stats: site.stats,
    messages: seeds.messages,
    metrics: stages.metrics,
    rendered: plan.rendered,
    pages: plan.total,
    shardsIndexed: work.length,
    shards: sharding.shards.length,
  };
}
