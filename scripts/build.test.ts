// The built site: every record has its page, every district and date has its page, no internal link is broken.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SITE = "_site";
interface Rec {
  id: string;
  url: string;
  source: { file: string; startLine: number; endLine: number };
  district: string | null;
  date: string | null;
  headline: string | null;
  paragraphs: string[];
  [k: string]: unknown;
}
const articles = JSON.parse(readFileSync(`${SITE}/api/articles.json`, "utf8")) as Rec[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}
const pageExists = (root: string, url: string) => {
  const path = join(root, decodeURIComponent(url.split(/[?#]/)[0]!));
  return existsSync(path) && (statSync(path).isFile() || existsSync(join(path, "index.html")));
};

test("articles.json follows the contract", () => {
  const keys = ["id", "url", "source", "city", "district", "place", "section", "pretitle", "headline", "subtitle", "byline", "kind", "date", "dateSource", "paragraphs", "keywords"];
  assert.ok(articles.length >= 40);
  for (const r of articles) {
    for (const k of keys) assert.ok(k in r, `${r.id} lacks ${k}`);
    assert.match(r.source.file, /^seeds\/[^/]+\.txt$/);
    assert.ok(["article", "photo", "brief"].includes(r.kind as string));
    assert.ok(r.date === null || /^\d{4}-\d{2}(-\d{2})?$/.test(r.date));
    assert.match(r.url, /^\/[a-z0-9/-]+\/$/);
  }
  assert.equal(new Set(articles.map((r) => r.id)).size, articles.length);
  assert.equal(new Set(articles.map((r) => r.url)).size, articles.length);
});

test("every record has its page, showing its headline and a link to its source lines", () => {
  for (const r of articles) {
    const html = readFileSync(join(SITE, r.url, "index.html"), "utf8");
    if (r.headline) assert.ok(html.includes(r.headline.replace(/&/g, "&amp;").replace(/"/g, "&quot;")), `${r.url} shows its headline`);
    assert.ok(html.includes(`${r.source.file}</code> 第 ${r.source.startLine}–${r.source.endLine} 行`), `${r.url} cites its source lines`);
    const source = html.match(/href="(\/bulletins\/[a-z0-9-]+\/)#(r-[a-z0-9-]+)"/);
    assert.ok(source, `${r.url} links to its bulletin`);
    const bulletin = readFileSync(join(SITE, source[1]!, "index.html"), "utf8");
    assert.ok(bulletin.includes(`id="${source[2]}"`), `${source[1]} has the anchor #${source[2]}`);
    assert.ok(bulletin.includes(`id="L${r.source.startLine}"`), `${source[1]} has the anchor #L${r.source.startLine}`);
  }
});

test("every district and date has its page, and every record is reachable from them", () => {
  const reachable = new Set<string>();
  for (const f of htmlFiles(join(SITE, "districts")).concat(htmlFiles(join(SITE, "dates")))) {
    for (const m of readFileSync(f, "utf8").matchAll(/href="(\/articles\/[^"]+)"/g)) reachable.add(m[1]!);
  }
  for (const r of articles) assert.ok(reachable.has(r.url), `${r.url} is linked from a district or date page`);
  const days = new Set(articles.filter((r) => r.date?.length === 10).map((r) => r.date!));
  for (const d of days) assert.ok(pageExists(SITE, `/dates/${d.replaceAll("-", "/")}/`), `day page for ${d}`);
  assert.ok(pageExists(SITE, "/dates/unknown/"));
  const home = readFileSync(join(SITE, "index.html"), "utf8");
  const districtLinks = [...home.matchAll(/href="(\/districts\/[^"]+)"/g)].map((m) => m[1]!).filter((u) => u !== "/districts/unknown/");
  assert.equal(districtLinks.length, new Set(articles.filter((r) => r.district).map((r) => `${r.city}${r.district}`)).size);
  for (const d of districtLinks) assert.match(d, /^\/districts\/[a-z0-9-]+\/$/);
});

test("no internal link or asset is broken, and every page is zh-CN with one h1", () => {
  for (const f of htmlFiles(SITE)) {
    const html = readFileSync(f, "utf8");
    assert.match(html, /<html lang="zh-CN">/, `${f} has lang="zh-CN"`);
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, `${f} has one h1`);
    for (const m of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
      assert.ok(pageExists(SITE, m[1]!), `${f} links to ${m[1]}, which does not exist`);
    }
  }
  assert.ok(existsSync(join(SITE, "404.html")));
  const { shards } = JSON.parse(readFileSync(join(SITE, "pagefind/shards.json"), "utf8")) as { shards: { path: string; count: number }[] };
  assert.equal(shards.reduce((n, s) => n + s.count, 0), articles.length, "every record is in one search shard");
  for (const s of shards) assert.ok(existsSync(join(SITE, s.path, "pagefind.js")), `${s.path} has its Pagefind runtime`);
});

test("a build of bad input fails with every message and leaves the previous site in place", () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  const seeds = join(dir, "seeds");
  const out = join(dir, "site");
  execFileSync("mkdir", ["-p", seeds]);
  writeFileSync(join(seeds, "a.txt"), "红旗区\n\n项目开工 <script>alert(1)</script>\n\n本报讯 近日,<script>alert(1)</script>项目开工。\n");
  const ok = spawnSync("npx", ["tsx", "scripts/build.ts", "--seeds", seeds, "--out", out], { encoding: "utf8" });
  assert.equal(ok.status, 0, ok.stderr);
  const articlesOut = JSON.parse(readFileSync(join(out, "api/articles.json"), "utf8")) as Rec[];
  const page = readFileSync(join(out, articlesOut[0]!.url, "index.html"), "utf8");
  assert.ok(!page.includes("<script>alert(1)</script>"), "bulletin markup is never injected");
  assert.ok(page.includes("&lt;script&gt;alert(1)&lt;/script&gt;"), "bulletin markup shows as text");

  writeFileSync(join(seeds, "empty.txt"), "");
  writeFileSync(join(seeds, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
  const bad = spawnSync("npx", ["tsx", "scripts/build.ts", "--seeds", seeds, "--out", out], { encoding: "utf8" });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /empty\.txt:1 {2}error {2}.+ {2}decode\/empty/);
  assert.match(bad.stderr, /binary\.txt:1 {2}error {2}.+ {2}decode\//);
  assert.match(bad.stderr, /build failed/);
  assert.ok(existsSync(join(out, articlesOut[0]!.url, "index.html")), "the previous site is still there");
});

test("bulletins whose names make one URL fail the build before rendering, with a message naming both", () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  const seeds = join(dir, "seeds");
  const out = join(dir, "site");
  execFileSync("mkdir", ["-p", seeds]);
  for (const name of ["x#1.txt", "x?1.txt", "#.txt"]) writeFileSync(join(seeds, name), "红旗区\n\n项目开工\n\n本报讯 近日,项目开工。\n");
  const r = spawnSync("npx", ["tsx", "scripts/build.ts", "--seeds", seeds, "--out", out], { encoding: "utf8" });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /x\?1\.txt:1 {2}error {2}.*x#1\.txt and .*x\?1\.txt would both be published as \/bulletins\/x-1\/.* {2}seeds\/same-url/);
  assert.match(r.stderr, /#\.txt:1 {2}error {2}the name #\.txt has no letter.* {2}seeds\/name/);
  assert.doesNotMatch(r.stderr + r.stdout, /DuplicatePermalink|at .*\.ts:\d+/, "no crash, no stack trace");
  assert.ok(!existsSync(out), "nothing published");
});

test("a file system's refusal is a message with a hint, not a stack trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  writeFileSync(join(dir, "file"), "");
  const cases: [string[], RegExp][] = [
    [["--out", join(dir, "file/site"), "--cache", join(dir, "cache")], /file:1 {2}error {2}a file is where a folder should be: check --seeds, --out and --cache, or move the file away \(mkdir: EEXIST\) {2}build\/eexist$/m],
    [["--seeds", join(dir, "no-such-seeds"), "--out", join(dir, "site"), "--cache", join(dir, "cache")], /no-such-seeds:1 {2}error {2}there is no such file or folder: check --seeds.* {2}build\/enoent$/m],
  ];
  for (const [args, message] of cases) {
    const r = spawnSync("npx", ["tsx", "scripts/build.ts", ...args], { encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /^\s+at /m, "no stack trace");
  }
});

test("the same input builds the same URLs", () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  execFileSync("mkdir", ["-p", join(dir, "seeds")]);
  for (const f of readdirSync("seeds")) copyFileSync(join("seeds", f), join(dir, "seeds", f));
  const r = spawnSync("npx", ["tsx", "scripts/build.ts", "--seeds", join(dir, "seeds"), "--out", join(dir, "site")], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const again = JSON.parse(readFileSync(join(dir, "site/api/articles.json"), "utf8")) as Rec[];
  assert.deepEqual(again.map((r) => r.url), articles.map((r) => r.url.replace("seeds/", "")));
});

test("every page has its own <title>", () => {
  const titles = new Map<string, string>();
  for (const f of htmlFiles(SITE)) {
    const title = readFileSync(f, "utf8").match(/<title>([^<]*)<\/title>/)?.[1];
    assert.ok(title, `${f} has a title`);
    assert.ok(!titles.has(title), `${f} and ${titles.get(title)} share the title “${title}”`);
    titles.set(title, f);
  }
});

test("a site built under a path prefix links everything under it", () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  const out = join(dir, "site");
  const r = spawnSync("npx", ["tsx", "scripts/build.ts", "--out", out], { encoding: "utf8", env: { ...process.env, PATH_PREFIX: "/archive/", SITE_URL: "https://example.org" } });
  assert.equal(r.status, 0, r.stderr);
  for (const f of htmlFiles(out)) {
    const html = readFileSync(f, "utf8");
    for (const m of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) assert.ok(m[1]!.startsWith("/archive/"), `${f} links to ${m[1]} outside /archive/`);
    assert.match(html, /<link rel="canonical" href="https:\/\/example\.org\/archive\//);
  }
  assert.match(readFileSync(join(out, "feed.xml"), "utf8"), /<link href="https:\/\/example\.org\/archive\/articles\//);
  assert.match(readFileSync(join(out, "robots.txt"), "utf8"), /Sitemap: https:\/\/example\.org\/archive\/sitemap\.xml/);
});
