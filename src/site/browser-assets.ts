// The site's browser code, bundled by esbuild after Pagefind has written its files: the search page and the service worker.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Whole index and fragments are precached for offline search while they stay under this size. */
const FULL_PRECACHE_BYTES = 8 * 1024 * 1024;

/** Characters OpenCC converts from Traditional to Simplified (its TSCharacters table), to tell when a query needs converting. */
export function traditionalChars(): string {
  const source = readFileSync("node_modules/opencc-js/dist/esm-lib/dict/TSCharacters.js", "utf8");
  const table = source.match(/"([^"]+)"/)?.[1];
  if (!table) throw new Error("opencc-js's TSCharacters table has moved: update src/site/browser-assets.ts");
  const chars = new Set<string>();
  for (const pair of table.split("|")) {
    const [trad, ...simp] = pair.split(" ");
    if (trad && [...trad].length === 1 && !simp.includes(trad)) chars.add(trad);
  }
  return [...chars].join("");
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}

/** `site` is where this build writes; `current`, in an incremental build, the live site that holds the unchanged shards. */
export async function bundleBrowserAssets(site: string, buildId: string, current: string | null = null): Promise<{ precache: number }> {
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
  // small archives precache every shard whole; large ones the runtime of the two newest shards (the rest is cached as used)
  const { shards } = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: { path: string }[] };
  const rootOf = (path: string) => (current && !existsSync(join(site, path)) ? current : site);
  const pagefindFiles = shards.flatMap((s) => files(join(rootOf(s.path), s.path)).map((f) => `${s.path}${f}`));
  const size = pagefindFiles.reduce((n, f) => n + statSync(join(rootOf(f.split("/").slice(0, 2).join("/") + "/"), f)).size, 0);
  const newest = shards.slice(0, 2).map((s) => s.path);
  const core = pagefindFiles.filter((f) => newest.some((p) => f.startsWith(p)) && /\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+|filter\/.+)$/.test(f));
  const precache = [
    "",
    "search/",
    "404.html",
    ...files(join(site, "assets")).map((f) => `assets/${f}`),
    "pagefind/shards.json",
    ...(size <= FULL_PRECACHE_BYTES ? pagefindFiles : core),
  ];
  await build({
    entryPoints: ["src/browser/sw.ts"],
    outfile: join(site, "sw.js"),
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    define: { __BUILD_ID__: JSON.stringify(buildId), __PRECACHE__: JSON.stringify(precache) },
    logLevel: "warning",
  });
  return { precache: precache.length };
}
