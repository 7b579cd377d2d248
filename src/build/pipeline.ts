// The whole build: parse → segment → site data → render (only what changed) → assemble beside the old site →
// index (only changed shards) → browser assets → swap. The previous output stays whole until the swap.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawn } from "node:child_process";
import type { Message } from "../parse/types.ts";
import { buildSiteData, type SiteData } from "../site/build-data.ts";
import { segmentRecords } from "../site/segment.ts";
import { bundleBrowserAssets } from "../site/browser-assets.ts";
import { siteConfig } from "../site/config.ts";
import { robotsTxt, sitemapXml } from "../site/sitemap.ts";
import { slug } from "../slug.ts";
import { hashFiles, hashOf } from "./hash.ts";
import { parseSeedsCached } from "./parse-cache.ts";
import { Stages } from "./progress.ts";
import { fullArchive, pageHashes, planRender, type PageManifest, type RenderArchive } from "./render-plan.ts";
import { BuildFailure, indexShards, planShards, shardExists, writeShardList } from "./shards.ts";

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

const ARTICLE_KEYS = ["id", "url", "source", "paper", "page", "city", "district", "place", "kicker", "section", "pretitle", "headline", "subtitle", "byline", "kind", "date", "dateSource", "paragraphs", "subheadings", "captions", "credits", "keywords"] as const;

/** Moves every file of `from` into `to`, replacing what is there (a rename, so a hard-linked old copy is untouched). */
function moveInto(from: string, to: string) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(dst, { recursive: true });
      moveInto(src, dst);
    } else {
      if (existsSync(dst) && statSync(dst).isDirectory()) rmSync(dst, { recursive: true });
      renameSync(src, dst);
    }
  }
}

function writeArticlesJson(path: string, site: SiteData) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  writeSync(fd, "[\n");
  site.records.forEach((r, k) => writeSync(fd, (k ? ",\n" : "") + JSON.stringify(Object.fromEntries(ARTICLE_KEYS.map((key) => [key, r[key]])))));
  writeSync(fd, "\n]\n");
  closeSync(fd);
}

/** Below this many pages one Eleventy process renders everything; above it, two share the article pages. */
const PARALLEL_RENDER_FROM = Number(process.env.PARALLEL_RENDER_FROM ?? 4000);

/** Runs Eleventy in a child process (bounded memory; two can use two cores). */
function runRenderer(archivePath: string, dir: string, pathPrefix: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/build/render-worker.ts", archivePath, dir, pathPrefix], { stdio: ["ignore", "inherit", "pipe"] });
    const err: string[] = [];
    child.stderr.on("data", (d: Buffer) => err.push(d.toString()));
    child.on("close", (code) => (code === 0 ? ok() : fail(new Error(`Eleventy failed (exit ${code}):\n${err.join("")}`))));
  });
}

/** The same archive with no paged pages: for the extra Eleventy processes, which render only article pages. */
function emptyPages(a: RenderArchive): RenderArchive {
  return { ...a, districtPages: [], placePages: [], dayPages: [], monthPages: [], undatedPages: [], personPages: [], bulletinPages: [], feeds: [], years: [] };
}

export async function build(o: BuildOptions): Promise<BuildResult> {
  const cacheDir = o.cacheDir ?? ".cache";
  const out = o.out.replace(/\/+$/, "");
  const STAGE = `${out}.building`;
  const OLD = `${out}.old`;
  const manifestPath = join(cacheDir, `pages-${slug(out)}.json`);
  const stages = new Stages(o.quiet);
  const config = siteConfig();

  const seeds = await stages.run("parse", async (report) => parseSeedsCached(o.seeds, join(cacheDir, "parse"), report), (s) => `${s.files.length} bulletins (${s.parsed} parsed, ${s.files.length - s.parsed} cached), ${s.records.length} records`);
  const errors = seeds.messages.filter((m) => m.severity === "error");
  if (errors.length) throw new BuildFailure(`${errors.length} error(s) in the bulletins; fix them and build again`, seeds.messages);

  const seg = await stages.run(
    "segment",
    async () => {
      const people = seeds.records.flatMap((r) => [...r.byline.reporters, ...r.byline.correspondents, ...r.byline.photographers]);
      const places = seeds.records.flatMap((r) => [r.district, r.place, r.kicker].filter((x): x is string => !!x));
      return await segmentRecords(seeds.records, cacheDir, [...people, ...places]);
    },
    (s) => `${s.computed} segmented, ${seeds.records.length - s.computed} cached`,
  );

  const templateHash = hashOf([hashFiles(["templates", "src/site", "src/browser", ".eleventy.ts", "package-lock.json"]), config]);
  const { site, plan, buildId, previous } = await stages.run(
    "plan",
    () => {
      const site = buildSiteData(seeds.records, seeds.messages, seeds.files, seeds.lines, seg.titleTerms);
      let previous: PageManifest | null = null;
      if (!o.full && existsSync(manifestPath) && existsSync(join(out, "api/build.json"))) {
        const m = JSON.parse(readFileSync(manifestPath, "utf8")) as PageManifest;
        const built = JSON.parse(readFileSync(join(out, "api/build.json"), "utf8")) as { buildId: string };
        if (m.version === 1 && m.buildId === built.buildId) previous = m;
      }
      const pages = pageHashes(fullArchive(site, config, ""));
      const buildId = hashOf([templateHash, Object.entries(pages)]).slice(0, 12);
      const plan = planRender(fullArchive(site, config, buildId), previous, templateHash, pages);
      return { site, plan, buildId, previous };
    },
    (p) => `${p.plan.rendered} of ${p.plan.total} pages to render${p.plan.incremental ? " (incremental)" : ""}`,
  );

  const parts = plan.rendered > PARALLEL_RENDER_FROM ? (o.parallel ?? 2) : 1;
  await stages.run(
    "render",
    async () => {
      rmSync(STAGE, { recursive: true, force: true });
      // the article pages are split between Eleventy processes; the first also renders every other page, so it gets fewer articles
      const records = plan.archive.records;
      const others = plan.rendered - records.length;
      const share = Math.ceil(plan.rendered / parts);
      const bounds = Array.from({ length: parts + 1 }, (_, k) => (k === 0 ? 0 : k === parts ? records.length : Math.max(0, Math.min(records.length, k * share - others))));
      const runs = Array.from({ length: parts }, (_, k) => {
        const slice = records.slice(bounds[k], bounds[k + 1]);
        const part = k === 0 ? { ...plan.archive, records: slice } : { ...emptyPages(plan.archive), records: slice };
        const archivePath = `${out}.archive-${k}.json`;
        writeFileSync(archivePath, JSON.stringify(part));
        return { archivePath, dir: k === 0 ? STAGE : `${STAGE}-${k}` };
      });
      await Promise.all(runs.map((r) => runRenderer(r.archivePath, r.dir, config.pathPrefix)));
      for (const r of runs.slice(1)) {
        moveInto(r.dir, STAGE);
        rmSync(r.dir, { recursive: true, force: true });
      }
      for (const r of runs) rmSync(r.archivePath, { force: true });
    },
    () => `${plan.rendered} pages rendered with Eleventy in ${parts} process${parts > 1 ? "es" : ""}`,
  );

  // STAGE now holds what changed; the API files and the sitemap are always new
  await stages.run("data files", () => {
    writeArticlesJson(join(STAGE, "api/articles.json"), site);
    writeFileSync(join(STAGE, "api/report.json"), JSON.stringify({ stats: site.stats, messages: seeds.messages }, null, 1));
    writeFileSync(join(STAGE, "api/build.json"), JSON.stringify({ buildId }));
    writeFileSync(join(STAGE, "sitemap.xml"), sitemapXml(site, config.url));
    writeFileSync(join(STAGE, "robots.txt"), robotsTxt(config.url));
  });

  const sharding = planShards(site.records, templateHash, o.shardTarget);
  const work = sharding.shards
    .filter((s) => !plan.incremental || previous?.shards[s.name] !== sharding.hashes[s.name] || !shardExists(out, s))
    .map((shard) => ({ shard, records: sharding.members.get(shard.name)! }));
  await stages.run(
    "index",
    async (report) => {
      if (site.records.length === 0) throw new BuildFailure("no records to index");
      // an unchanged page is taken from the current site, a changed one from the stage
      const pageFile = (url: string) => (existsSync(join(STAGE, url, "index.html")) ? join(STAGE, url, "index.html") : join(out, url, "index.html"));
      await indexShards(STAGE, pageFile, work, o.parallel ?? 2, report);
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
      });
    },
    () => `${work.length} of ${sharding.shards.length} Pagefind shards indexed`,
  );

  await stages.run("assets", () => bundleBrowserAssets(STAGE, buildId, plan.incremental ? out : null), (a) => `search page and service worker (${a.precache} files precached)`);

  await stages.run(
    "swap",
    () => {
      if (!plan.incremental) {
        rmSync(OLD, { recursive: true, force: true });
        if (existsSync(out)) renameSync(out, OLD);
        renameSync(STAGE, out);
        rmSync(OLD, { recursive: true, force: true });
      } else {
        // everything succeeded: move the changed files in (each a rename), then drop what is gone
        for (const s of work) {
          rmSync(join(out, s.shard.path), { recursive: true, force: true });
          mkdirSync(dirname(join(out, s.shard.path)), { recursive: true });
          renameSync(join(STAGE, s.shard.path), join(out, s.shard.path));
        }
        moveInto(STAGE, out);
        rmSync(STAGE, { recursive: true, force: true });
        for (const url of plan.removed) rmSync(join(out, url.endsWith("/") ? `${url}index.html` : url), { force: true });
        const keep = new Set(sharding.shards.map((s) => s.name));
        for (const d of readdirSync(join(out, "pagefind"))) if (!keep.has(d) && statSync(join(out, "pagefind", d)).isDirectory()) rmSync(join(out, "pagefind", d), { recursive: true });
      }
      mkdirSync(cacheDir, { recursive: true });
      const manifest: PageManifest = { version: 1, buildId, templateHash, pages: plan.pages, shards: sharding.hashes };
      writeFileSync(manifestPath, JSON.stringify(manifest));
    },
    () => (plan.incremental ? `${plan.rendered} pages and ${work.length} shards moved into ${out}/` : `${out}/ replaced`),
  );

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
