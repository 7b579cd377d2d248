// The whole build: parse → segment → site data → render (only what changed) → assemble beside the old site →
// index (only changed shards) → browser assets → swap. The previous output stays whole until the swap.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import Eleventy from "@11ty/eleventy";
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
import { fullArchive, planRender, type PageManifest } from "./render-plan.ts";
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

export async function build(o: BuildOptions): Promise<BuildResult> {
  const cacheDir = o.cacheDir ?? ".cache";
  const out = o.out.replace(/\/+$/, "");
  const STAGE = `${out}.building`;
  const NEXT = `${out}.next`;
  const OLD = `${out}.old`;
  const manifestPath = join(cacheDir, `pages-${slug(out)}.json`);
  const stages = new Stages(o.quiet);
  const config = siteConfig();

  const seeds = await stages.run("parse", (report) => parseSeedsCached(o.seeds, join(cacheDir, "parse"), report), (s) => `${s.files.length} bulletins (${s.parsed} parsed, ${s.files.length - s.parsed} cached), ${s.records.length} records`);
  const errors = seeds.messages.filter((m) => m.severity === "error");
  if (errors.length) throw new BuildFailure(`${errors.length} error(s) in the bulletins; fix them and build again`, seeds.messages);

  const seg = await stages.run(
    "segment",
    () => {
      const people = seeds.records.flatMap((r) => [...r.byline.reporters, ...r.byline.correspondents, ...r.byline.photographers]);
      const places = seeds.records.flatMap((r) => [r.district, r.place, r.kicker].filter((x): x is string => !!x));
      return segmentRecords(seeds.records, cacheDir, [...people, ...places]);
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
      const draft = fullArchive(site, config, "");
      const buildId = hashOf([templateHash, Object.entries(planRender(draft, null, templateHash).pages)]).slice(0, 12);
      const plan = planRender(fullArchive(site, config, buildId), previous, templateHash);
      return { site, plan, buildId, previous };
    },
    (p) => `${p.plan.rendered} of ${p.plan.total} pages to render${p.plan.incremental ? " (incremental)" : ""}`,
  );

  await stages.run(
    "render",
    async () => {
      rmSync(STAGE, { recursive: true, force: true });
      const archivePath = `${out}.archive.json`;
      writeFileSync(archivePath, JSON.stringify(plan.archive));
      process.env.ARCHIVE_JSON = archivePath;
      const eleventy = new Eleventy("templates", STAGE, { configPath: ".eleventy.ts", quietMode: true, pathPrefix: config.pathPrefix });
      await eleventy.write();
      rmSync(archivePath, { force: true });
    },
    () => `${plan.rendered} pages rendered with Eleventy`,
  );

  await stages.run("assemble", () => {
    rmSync(NEXT, { recursive: true, force: true });
    if (plan.incremental) execFileSync("cp", ["-al", out, NEXT]);
    else mkdirSync(NEXT, { recursive: true });
    moveInto(STAGE, NEXT);
    rmSync(STAGE, { recursive: true, force: true });
    for (const url of plan.removed) rmSync(join(NEXT, url.endsWith("/") ? `${url}index.html` : url), { force: true });
    writeArticlesJson(join(NEXT, "api/articles.json"), site);
    writeFileSync(join(NEXT, "api/report.json"), JSON.stringify({ stats: site.stats, messages: seeds.messages }, null, 1));
    writeFileSync(join(NEXT, "api/build.json"), JSON.stringify({ buildId }));
    writeFileSync(join(NEXT, "sitemap.xml"), sitemapXml(site, config.url));
    writeFileSync(join(NEXT, "robots.txt"), robotsTxt(config.url));
  });

  const sharding = planShards(site.records, plan.pages);
  const work = sharding.shards
    .filter((s) => !previous || previous.templateHash !== templateHash || previous.shards[s.name] !== sharding.hashes[s.name] || !shardExists(NEXT, s))
    .map((shard) => ({ shard, records: sharding.members.get(shard.name)! }));
  await stages.run(
    "index",
    async (report) => {
      const keep = new Set(sharding.shards.map((s) => s.name));
      if (existsSync(join(NEXT, "pagefind"))) {
        for (const d of readdirSync(join(NEXT, "pagefind"))) if (!keep.has(d) && statSync(join(NEXT, "pagefind", d)).isDirectory()) rmSync(join(NEXT, "pagefind", d), { recursive: true });
      }
      if (site.records.length === 0) throw new BuildFailure("no records to index");
      await indexShards(NEXT, work, o.parallel ?? 2, report);
      const count = (key: (r: (typeof site.records)[number]) => string | null) => {
        const m: Record<string, number> = {};
        for (const r of site.records) {
          const k = key(r);
          if (k) m[k] = (m[k] ?? 0) + 1;
        }
        return m;
      };
      writeShardList(NEXT, sharding.shards, {
        district: count((r) => (r.district ? `${r.city ?? ""}${r.district}` : "城区不详")),
        year: count((r) => (r.date ? r.date.slice(0, 4) : "日期不详")),
        month: count((r) => r.date?.slice(0, 7) ?? null),
        kind: count((r) => ({ article: "报道", photo: "图片新闻", brief: "简讯" })[r.kind]),
      });
    },
    () => `${work.length} of ${sharding.shards.length} Pagefind shards indexed`,
  );

  await stages.run("assets", () => bundleBrowserAssets(NEXT, buildId), (a) => `search page and service worker (${a.precache} files precached)`);

  await stages.run("swap", () => {
    rmSync(OLD, { recursive: true, force: true });
    if (existsSync(out)) renameSync(out, OLD);
    renameSync(NEXT, out);
    rmSync(OLD, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    const manifest: PageManifest = { version: 1, buildId, templateHash, pages: plan.pages, shards: sharding.hashes };
    writeFileSync(manifestPath, JSON.stringify(manifest));
  });

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
