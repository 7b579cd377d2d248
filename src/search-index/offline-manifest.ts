// What "离线保存" on the search page downloads: every file of the search layer under `pagefind/`, grouped by shard (the
// folders shards.json names) and "common" (everything else there: shards.json and whatever else the search layer writes
// beside the shards), each group with its bytes, so the page can say the size before it starts. Written by walking the
// finished `pagefind/` folder once every index file exists, so it lists whatever is there, not what this module expects.
//
// `offline/manifest.json` is small (one line per shard); each shard's file list is its own file
// (`offline/files/<shard>.json`, names relative to the shard's folder), fetched only when that shard is saved: at 100,000
// articles the lists together name some hundred thousand files.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";

export interface OfflineShard {
  name: string;
  /** The period the shard holds ("2024-h1", "2024-11", "undated", "all"): a period over the shard bound is in several. */
  period: string;
  /** As in shards.json: "pagefind/2024-h1/". */
  path: string;
  year: string | null;
  files: number;
  bytes: number;
  /** Site-relative: "offline/files/2024-h1.json", a JSON array of file names relative to `path`. */
  list: string;
}

export interface OfflineManifest {
  version: 1;
  buildId: string;
  /** Site-relative files outside the shard folders ("pagefind/shards.json" …). */
  common: { files: string[]; bytes: number };
  /** Files every shard holds with the same bytes (Pagefind's runtime: pagefind.js, its worker, its WebAssembly), saved
   * once: name in a shard's folder → the site-relative copy saved (the newest shard's). Not in the shards' lists. */
  shared: { files: Record<string, string>; bytes: number };
  /** In shards.json's order: newest first. */
  shards: OfflineShard[];
  /** Everything a whole-archive save downloads. */
  bytes: number;
}

export const OFFLINE_DIR = "offline";

interface Walked {
  files: string[];
  bytes: number;
}

function walk(dir: string, prefix = ""): Walked {
  const out: Walked = { files: [], bytes: 0 };
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}${e.name}`;
    if (e.isDirectory()) {
      const sub = walk(join(dir, e.name), `${rel}/`);
      out.files.push(...sub.files);
      out.bytes += sub.bytes;
    } else if (e.isFile()) {
      out.files.push(rel);
      out.bytes += statSync(join(dir, e.name)).size;
    }
  }
  out.files.sort();
  return out;
}

/**
 * Writes `offline/` into `site` (the tree this build publishes). `live`, in an incremental build, is the site being
 * replaced: a shard not re-indexed is there, and so are top-level files of `pagefind/` the stage does not rewrite; the
 * published tree is the live one with the stage moved over it and shards no longer made removed (src/pipeline/pipeline.ts),
 * and this lists the same.
 */
export function writeOfflineManifest(site: string, buildId: string, live: string | null = null): OfflineManifest {
  const list = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: { name: string; period?: string; path: string; year: string | null }[]; directories?: { path: string }[] };
  const shardDirs = new Set(list.shards.map((s) => s.path.replace(/^pagefind\/|\/+$/g, "")));
  const walked = list.shards.map((s) => {
    const from = existsSync(join(site, s.path)) || !live ? site : live;
    return { s, from, w: walk(join(from, s.path)) };
  });
  // the files at the top of every shard's folder with the same bytes in all of them
  const digest = (file: string) => createHash("sha1").update(readFileSync(file)).digest("hex");
  const shared: Record<string, string> = {};
  let sharedBytes = 0;
  const first = walked[0];
  if (first && walked.length > 1) {
    for (const name of first.w.files.filter((f) => !f.includes("/") && !f.endsWith(".json") && !/_[0-9a-f]{6,}\./.test(f))) {
      const d = digest(join(first.from, first.s.path, name));
      if (walked.every(({ s, from, w }) => w.files.includes(name) && digest(join(from, s.path, name)) === d)) {
        shared[name] = `${first.s.path}${name}`;
        sharedBytes += statSync(join(first.from, first.s.path, name)).size;
      }
    }
  }
  const shards: OfflineShard[] = [];
  const lists: [string, string[]][] = [];
  for (const { s, from, w } of walked) {
    const files = w.files.filter((f) => !(f in shared));
    const bytes = files.reduce((n, f) => n + statSync(join(from, s.path, f)).size, 0);
    const file = `${OFFLINE_DIR}/files/${s.name}.json`;
    shards.push({ name: s.name, period: s.period ?? s.name, path: s.path, year: s.year, files: files.length, bytes, list: file });
    lists.push([file, files]);
  }
  // common: the stage's pagefind/ outside shard folders, and (incremental) the live tree's top-level files and parts of
  // the search directory it keeps
  const common = new Map<string, number>();
  const keptParts = new Set((list.directories ?? []).map((d) => d.path.replace(/^pagefind\/|\/+$/g, "")).filter((d) => !existsSync(join(site, "pagefind", d))));
  const addCommon = (root: string, topLevelOnly: boolean) => {
    const dir = join(root, "pagefind");
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if ((topLevelOnly && !keptParts.has(e.name)) || shardDirs.has(e.name)) continue;
        const w = walk(join(dir, e.name), `pagefind/${e.name}/`);
        for (const f of w.files) if (!common.has(f)) common.set(f, statSync(join(root, f)).size);
      } else if (e.isFile() && !common.has(`pagefind/${e.name}`)) common.set(`pagefind/${e.name}`, statSync(join(dir, e.name)).size);
    }
  };
  addCommon(site, false);
  if (live) addCommon(live, true);
  const commonFiles = [...common.keys()].sort();
  const commonBytes = commonFiles.reduce((n, f) => n + common.get(f)!, 0);
  const manifest: OfflineManifest = {
    version: 1,
    buildId,
    common: { files: commonFiles, bytes: commonBytes },
    shared: { files: shared, bytes: sharedBytes },
    shards,
    bytes: commonBytes + sharedBytes + shards.reduce((n, s) => n + s.bytes, 0),
  };
  const root = join(site, OFFLINE_DIR);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "files"), { recursive: true });
  for (const [file, files] of lists) writeAside(join(site, file), JSON.stringify(files));
  writeAside(join(root, "manifest.json"), JSON.stringify(manifest));
  return manifest;
}

function writeAside(file: string, text: string) {
  writeFileSync(`${file}.part`, text);
  renameSync(`${file}.part`, file);
}

/** Bytes by kind of file, for the bench: what a whole-archive save is made of. */
export function offlineBreakdown(site: string): Record<string, { files: number; bytes: number }> {
  const m = JSON.parse(readFileSync(join(site, OFFLINE_DIR, "manifest.json"), "utf8")) as OfflineManifest;
  const out: Record<string, { files: number; bytes: number }> = {};
  const add = (kind: string, bytes: number) => {
    out[kind] ??= { files: 0, bytes: 0 };
    out[kind].files++;
    out[kind].bytes += bytes;
  };
  const kindOf = (f: string) =>
    /\.pf_fragment$/.test(f) ? "fragments" : /\.pf_index$/.test(f) ? "index" : /\.pf_filter$/.test(f) ? "filters" : /\.pf_meta$/.test(f) ? "meta" : /(^|\/)(wasm\.[^/]+|pagefind[^/]*\.js)$/.test(f) ? "runtime" : "other";
  for (const f of m.common.files) add(`common ${kindOf(f)}`, statSync(join(site, f)).size);
  for (const f of Object.values(m.shared.files)) add("runtime (one copy)", statSync(join(site, f)).size);
  for (const s of m.shards) {
    const files = JSON.parse(readFileSync(join(site, s.list), "utf8")) as string[];
    for (const f of files) add(kindOf(f), statSync(join(site, s.path, f)).size);
  }
  return out;
}

/** One line for `npm run bench`: what a whole-archive save downloads and stores, by kind of file. */
export function offlineSaveSummary(site: string): string {
  const m = JSON.parse(readFileSync(join(site, OFFLINE_DIR, "manifest.json"), "utf8")) as OfflineManifest;
  const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
  const parts = Object.entries(offlineBreakdown(site))
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, v]) => `${kind} ${mib(v.bytes)} (${v.files} files)`);
  const files = m.common.files.length + Object.keys(m.shared.files).length + m.shards.reduce((n, s) => n + s.files, 0);
  return `- 离线保存, whole archive: ${mib(m.bytes)} in ${files} files over ${m.shards.length} shards: ${parts.join(", ")}`;
}
