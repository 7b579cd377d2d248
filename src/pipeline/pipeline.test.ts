// The build as a whole: adding a bulletin re-renders and re-indexes only what it touches; the same input builds the same bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "./pipeline.ts";
import { serve } from "../serve.ts";
import { launch } from "../browser/chromium.ts";

const NEW_BULLETIN = `

二七区

老街区装上新路灯

本报讯(记者 王新 通讯员 李亮)4月20日,二七区蜜蜂张街道为老街区更换路灯一百二十盏,照亮居民回家路。

下一步,街道将继续推进老旧小区改造。
`;

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  cpSync("seeds", join(dir, "seeds"), { recursive: true });
  return { dir, seeds: join(dir, "seeds"), out: join(dir, "site"), cacheDir: join(dir, "cache") };
}

function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    const p = join(root, f);
    if (statSync(p).isFile()) out.set(f, createHash("sha1").update(readFileSync(p)).digest("hex"));
  }
  return out;
}

test("adding a bulletin rebuilds only what it touches, and the new record is on its pages and found by search", async () => {
  const w = workspace();
  const first = await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true, shardTarget: 10 });
  assert.equal(first.rendered, first.pages);
  const untouched = "articles/001-c5fa8227d6671996-l5/index.html";
  const inodeBefore = statSync(join(w.out, untouched)).ino;
  const before = files(w.out);

  const manifest = JSON.parse(readFileSync(join(w.seeds, "manifest.json"), "utf8"));
  manifest.bulletins["005_new.txt"] = { city: "郑州", date: "2024-04-20" };
  writeFileSync(join(w.seeds, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(w.seeds, "005_new.txt"), NEW_BULLETIN);
  const second = await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true, shardTarget: 10 });

  assert.ok(second.rendered < second.pages / 3, `rendered ${second.rendered} of ${second.pages} pages`);
  assert.deepEqual([first.shards, second.shardsIndexed], [2, 1], "only the new record's search shard (2024-h1, not undated) is indexed again");
  assert.equal(statSync(join(w.out, untouched)).ino, inodeBefore, "an untouched article page is not written again");
  const after = files(w.out);
  assert.equal(after.get(untouched), before.get(untouched));
  const articles = JSON.parse(readFileSync(join(w.out, "api/articles.json"), "utf8")) as { url: string; headline: string; district: string; date: string }[];
  const added = articles.find((r) => r.headline === "老街区装上新路灯")!;
  assert.equal(added.district, "二七区");
  assert.equal(added.date, "2024-04-20");
  for (const page of ["/districts/zhengzhou-erqiqu/", "/dates/2024/04/20/", "/"]) {
    assert.ok(readFileSync(join(w.out, page, "index.html"), "utf8").includes(added.url), `${page} lists the new record`);
  }
  assert.ok(readFileSync(join(w.out, "feed.xml"), "utf8").includes(added.url));

  const { server, url } = await serve(w.out);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent("新路灯")}`);
    await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });
    assert.equal(new URL(await page.locator("[data-results] a").first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname, added.url);
    await page.goto(`${url}search/?q=${encodeURIComponent("花馍")}`);
    await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });
  } finally {
    await browser.close();
    server.close();
  }
});

test("the same input builds the same bytes (but for the service worker, which carries the build id)", async () => {
  const a = workspace();
  const b = workspace();
  await build({ seeds: "seeds", out: a.out, cacheDir: a.cacheDir, quiet: true });
  await build({ seeds: "seeds", out: b.out, cacheDir: b.cacheDir, quiet: true });
  const fa = files(a.out);
  const fb = files(b.out);
  assert.deepEqual([...fa.keys()].sort(), [...fb.keys()].sort());
  const differ = [...fa].filter(([f, h]) => fb.get(f) !== h).map(([f]) => f);
  assert.deepEqual(differ.filter((f) => f !== "sw.js"), []);
});

test("a rebuild after adding and removing bulletins makes the same site as a full build (in two Eleventy processes) of the same input", async () => {
  const w = workspace();
  await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true, shardTarget: 10 });
  const manifest = JSON.parse(readFileSync(join(w.seeds, "manifest.json"), "utf8"));
  manifest.bulletins["005_new.txt"] = { city: "郑州", date: "2024-04-20" };
  delete manifest.bulletins["002_a57356e3c7925754.txt"];
  writeFileSync(join(w.seeds, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(w.seeds, "005_new.txt"), NEW_BULLETIN);
  rmSync(join(w.seeds, "002_a57356e3c7925754.txt"));
  const inc = await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true, shardTarget: 10 });
  assert.ok(inc.rendered < inc.pages, "the rebuild was incremental");

  const fresh = join(w.dir, "fresh");
  const full = await build({ seeds: w.seeds, out: fresh, cacheDir: join(w.dir, "fresh-cache"), quiet: true, shardTarget: 10, full: true, parallelRenderFrom: 10 });
  assert.equal(full.rendered, full.pages);
  const a = files(w.out);
  const b = files(fresh);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), "the same files");
  assert.deepEqual([...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f), [], "with the same bytes");
});

test("a rebuild renders an older record's page again with its text, which it reads from the parse cache only then", async () => {
  const w = workspace();
  await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true });
  // a copy of a record the archive has (no word new to jieba's dictionary, which would have every text read): the older
  // record's page title now names its bulletin, so its page is rendered again
  const old = (JSON.parse(readFileSync(join(w.out, "api/articles.json"), "utf8")) as { url: string; headline: string; paragraphs: string[]; source: { file: string; startLine: number; endLine: number } }[]).find(
    (r) => r.headline === "市智慧岛数字经济产业园项目开工",
  )!;
  const copy = readFileSync(old.source.file.replace(/^seeds/, w.seeds), "utf8").split("\n").slice(old.source.startLine - 1, old.source.endLine);
  writeFileSync(join(w.seeds, "005_copy.txt"), `${copy.join("\n")}\n`);
  const inc = await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true });
  assert.ok(inc.rendered < inc.pages / 3, "the rebuild was incremental");
  const page = readFileSync(join(w.out, old.url, "index.html"), "utf8");
  assert.ok(page.includes("<title>市智慧岛数字经济产业园项目开工(000_"), "the older record's page was rendered again");
  for (const p of old.paragraphs) assert.ok(page.includes(p.slice(0, 12)), `with its paragraph ${p.slice(0, 12)}…`);
});

test("many undated records make several search shards, and search finds a word in the last one", async () => {
  const w = workspace();
  const r = await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true, shardTarget: 10, shardMax: 4 });
  const { shards } = JSON.parse(readFileSync(join(w.out, "pagefind/shards.json"), "utf8")) as { shards: { name: string; period: string; count: number }[] };
  const undated = shards.filter((s) => s.period === "undated");
  assert.ok(undated.length >= 2, `the undated records are in ${undated.length} shards`);
  assert.ok(shards.every((s) => s.count <= 4));
  assert.equal(r.shards, shards.length);
  const articles = JSON.parse(readFileSync(join(w.out, "api/articles.json"), "utf8")) as { url: string; date: string | null; headline: string | null; paragraphs: string[] }[];
  // the last undated record (the last shard's), and two characters of its headline no other record has
  const last = articles.filter((a) => a.date === null).at(-1)!;
  const text = (a: (typeof articles)[number]) => `${a.headline ?? ""}${a.paragraphs.join("")}`;
  const chars = [...(last.headline ?? last.paragraphs[0]!)];
  const word = chars.map((_, k) => chars.slice(k, k + 2).join("")).find((p) => /^\p{Script=Han}{2}$/u.test(p) && articles.every((a) => a === last || !text(a).includes(p)));
  assert.ok(word, `a word only ${last.url} has`);
  const { server, url } = await serve(w.out);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent(word)}`);
    await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });
    assert.equal(new URL(await page.locator("[data-results] a").first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname, last.url);
    // and the year filter 日期不详 reads every undated shard
    await page.goto(`${url}search/?q=${encodeURIComponent(word)}&year=${encodeURIComponent("日期不详")}`);
    await page.locator("[data-results] a").first().waitFor({ timeout: 15000 });
  } finally {
    await browser.close();
    server.close();
  }
});

test("an article page or a Pagefind fragment deleted from the site is noticed by the next build and made again", async () => {
  const w = workspace();
  await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true });
  const before = files(w.out);
  const page = "articles/001-c5fa8227d6671996-l5/index.html";
  const fragment = [...before.keys()].find((f) => f.startsWith("pagefind/") && f.includes("/fragment/"))!;
  rmSync(join(w.out, page));
  rmSync(join(w.out, fragment));
  const warnings: string[] = [];
  const error = console.error;
  console.error = (m: string) => warnings.push(m);
  let r;
  try {
    r = await build({ seeds: w.seeds, out: w.out, cacheDir: w.cacheDir, quiet: true });
  } finally {
    console.error = error;
  }
  assert.ok(r.rendered < r.pages / 3, "an incremental build");
  assert.equal(r.shardsIndexed, 1, "the shard that lost a file is indexed again");
  const after = files(w.out);
  assert.equal(after.get(page), before.get(page), "the page is back");
  assert.equal(after.get(fragment), before.get(fragment), "the fragment is back");
  assert.ok(warnings.some((m) => m.includes("build/missing-output") && m.includes("/articles/001-c5fa8227d6671996-l5/")), warnings.join("\n"));
  assert.ok(warnings.some((m) => m.includes("build/missing-output") && m.includes("search shard")), warnings.join("\n"));
});
