// The site's browser code, bundled by esbuild: the search page's script, and the service worker once Pagefind has written its files.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { traditionalSet } from "../search-index/fold.ts";

/** Whole index and fragments are precached for offline search while they stay under this size (ARCHIVE_PRECACHE_BYTES
 * sets it, for tests of a large archive's offline search on a small one). */
const precacheBytes = () => Number(process.env.ARCHIVE_PRECACHE_BYTES ?? 8 * 1024 * 1024);

/** Characters OpenCC converts from Traditional to Simplified (its TSCharacters table), to tell when a query needs converting. */
export const traditionalChars = (): string => [...traditionalSet()].join("");

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}

/** The search page's script (it needs nothing of the build but the code, so it is bundled while Eleventy renders). */
export async function bundleSearchScript(site: string): Promise<void> {
  await build({
    entryPoints: ["src/browser/search.ts"],
    outdir: join(site, "assets"),
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2020",
    minify: true,
    chunkNames: "chunk-[hash]",
    define: { __TRADITIONAL_CHARS__: JSON.stringify(traditionalChars()) },
    logLevel: "warning",
  });
}

/** The service worker, once Pagefind has written its files: it precaches the site's shell and search runtime.
 * `site` is where this build writes; `current`, in an incremental build, the live site that holds the unchanged shards. */
export async function bundleServiceWorker(site: string, buildId: string, current: string | null = null): Promise<{ precache: number }> {
  // small archives precache every shard whole; large ones the runtime of the two newest shards (the rest is cached as used)
  const { shards } = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: { path: string }[] };
  const rootOf = (path: string) => (current && !existsSync(join(site, path)) ? current : site);
  const whole: string[] = [];
  let size = 0;
  const FULL_PRECACHE_BYTES = precacheBytes();
  for (const s of shards) {
    if (size > FULL_PRECACHE_BYTES) break; // stop listing: a large archive's fragments run to hundreds of thousands of files
    for (const f of files(join(rootOf(s.path), s.path))) {
      whole.push(`${s.path}${f}`);
      size += statSync(join(rootOf(s.path), s.path, f)).size;
    }
  }
  const runtime = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+|filter\/.+)$/;
  const core = shards.slice(0, 2).flatMap((s) => files(join(rootOf(s.path), s.path)).filter((f) => runtime.test(f)).map((f) => `${s.path}${f}`));
  const precache = ["", "search/", "404.html", ...files(join(site, "assets")).map((f) => `assets/${f}`), "pagefind/shards.json", ...(size <= FULL_PRECACHE_BYTES ? whole : core)];
  await build({
    entryPoints: ["src/browser/sw.ts"],
    outfile: join(site, "sw.js"),
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    define: { __BUILD_ID__: JSON.stringify(buildId), __PRECACHE__: JSON.stringify(precache), __WHOLE_SHARDS_BYTES__: String(FULL_PRECACHE_BYTES) },
    logLevel: "warning",
  });
  return { precache: precache.length };
}
