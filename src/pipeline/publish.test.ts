// Publishing is atomic: a build killed at any stage, the swap included, leaves the site the old complete one or the new
// complete one (every file of one build, none of another), and the next build publishes the new one whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "./pipeline.ts";
import { PAUSE_POINTS } from "./publish.ts";
import { serve } from "../serve.ts";

const NEW_BULLETIN = `

二七区

老街区装上新路灯

本报讯(记者 王新 通讯员 李亮)4月20日,二七区蜜蜂张街道为老街区更换路灯一百二十盏,照亮居民回家路。
`;
const EXTRA_BULLETIN = `

金水区

社区书屋开放

本报讯(记者 王新)3月2日,金水区文化路街道社区书屋开放,居民可免费借阅。
`;

/** Every file of the tree the link points to now, with its SHA-1. */
function snapshot(out: string): Map<string, string> {
  const root = realpathSync(out);
  const files = new Map<string, string>();
  for (const f of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    const p = join(root, f);
    if (statSync(p).isFile()) files.set(f, createHash("sha1").update(readFileSync(p)).digest("hex"));
  }
  return files;
}

const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([f, h]) => b.get(f) === h);
function which(site: Map<string, string>, old: Map<string, string>, next: Map<string, string>, when: string): "old" | "new" {
  if (same(site, old)) return "old";
  if (same(site, next)) return "new";
  const extra = [...site.keys()].filter((f) => !old.has(f) && !next.has(f));
  const mixed = [...site].filter(([f, h]) => old.get(f) !== h && next.get(f) !== h).map(([f]) => f);
  assert.fail(`${when}: the site is neither the old nor the new one: ${[...extra, ...mixed].slice(0, 5).join(", ")}; ${site.size} files, old ${old.size}, new ${next.size}`);
}

/** The change between the old site and the new: a bulletin added, one removed. */
function change(seeds: string) {
  const manifest = JSON.parse(readFileSync(join(seeds, "manifest.json"), "utf8"));
  manifest.bulletins["005_new.txt"] = { city: "郑州", date: "2024-04-20" };
  delete manifest.bulletins["002_a57356e3c7925754.txt"];
  writeFileSync(join(seeds, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(seeds, "005_new.txt"), NEW_BULLETIN);
  rmSync(join(seeds, "002_a57356e3c7925754.txt"));
}

/** `npm run build` in a process group of its own, stopped (ARCHIVE_PAUSE_AT) at `point` or, with "*", at every point in
 * turn: `at` looks at the site there; then the build is killed with its children (SIGKILL), or, with "*", let go on
 * (a line on its stdin) until it ends. */
async function stopAt(point: string, args: string[], at: (point: string) => void | Promise<void>): Promise<string[]> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], { detached: true, stdio: ["pipe", "ignore", "pipe"], env: { ...process.env, ARCHIVE_PAUSE_AT: point } });
  let err = "";
  let seen = 0;
  const stops: string[] = [];
  let failed: unknown = null;
  let queue = Promise.resolve();
  const exited = new Promise<number | null>((ok) => child.on("close", (code) => ok(code)));
  child.stderr!.on("data", (d: Buffer) => {
    err += d.toString();
    for (const m of err.slice(seen).matchAll(/paused at (\S+)\n/g)) {
      const p = m[1]!;
      stops.push(p);
      queue = queue.then(async () => {
        try {
          await at(p);
        } catch (e) {
          failed ??= e;
        }
        if (point === "*" && !failed) child.stdin!.write("\n");
        else process.kill(-child.pid!, "SIGKILL");
      });
    }
    seen = err.lastIndexOf("\n") + 1;
  });
  const code = await exited;
  await queue;
  if (failed) throw failed;
  if (point === "*") assert.equal(code, 0, `the build ended with ${code}:\n${err}`);
  else assert.deepEqual(stops, [point], `the build ended (exit ${code}) before ${point}:\n${err}`);
  return stops;
}

test("a build killed at any stage, the swap included, leaves the old site or the new one whole; the next build publishes the new one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "atomic-"));
  // one path for every run (the page manifest is named after the output's path): each run starts from a copy of `base`
  const w = { seeds: join(dir, "w/seeds"), out: join(dir, "w/site"), cache: join(dir, "w/cache") };
  const opts = { seeds: w.seeds, out: w.out, cacheDir: w.cache, quiet: true };
  try {
    cpSync("seeds", w.seeds, { recursive: true });
    const full = await build({ ...opts, full: true });
    assert.deepEqual(full.metrics.map((m) => m.stage), PAUSE_POINTS.filter((p) => !p.includes(":")), "every stage ran, the spare last");
    // the full build left the other tree the same site, ready for the rebuild, which publishes into it without making it
    const other = () => `${w.out}.trees/${readlinkSync(w.out).endsWith("a") ? "b" : "a"}`;
    const ready = other();
    assert.ok(same(snapshot(ready), snapshot(w.out)), "after a full build, the other tree is the same site");
    const readyIno = statSync(ready).ino;
    writeFileSync(join(w.seeds, "006_extra.txt"), EXTRA_BULLETIN);
    await build(opts);
    assert.equal(realpathSync(w.out), realpathSync(ready), "the rebuild published the tree the full build left ready");
    assert.equal(statSync(ready).ino, readyIno, "not a tree made again");
    assert.ok(same(snapshot(other()), snapshot(w.out)), "after a rebuild, the other tree is the same site");
    assert.ok(lstatSync(w.out).isSymbolicLink(), "the site is a link");
    assert.match(readlinkSync(w.out), /^site\.trees\/[ab]$/);
    const old = snapshot(w.out);
    execFileSync("cp", ["-a", join(dir, "w"), join(dir, "base")]);
    const restore = () => {
      rmSync(join(dir, "w"), { recursive: true, force: true });
      execFileSync("cp", ["-a", join(dir, "base"), join(dir, "w")]);
    };

    const spare = `${w.out}.trees/${readlinkSync(w.out).endsWith("a") ? "b" : "a"}`;
    const spareIno = statSync(spare).ino;
    change(w.seeds);
    const r = await build(opts);
    assert.ok(r.rendered < r.pages, "the reference rebuild is incremental");
    assert.equal(realpathSync(w.out), realpathSync(spare), "the spare tree is the new site");
    assert.equal(statSync(spare).ino, spareIno, "brought up to date, not made again");
    const untouched = "articles/001-c5fa8227d6671996-l5/index.html";
    assert.equal(statSync(join(`${w.out}.trees/a`, untouched)).ino, statSync(join(`${w.out}.trees/b`, untouched)).ino, "an untouched page is one file in both trees");
    const next = snapshot(w.out);
    assert.ok(!same(old, next));

    const args = ["--seeds", w.seeds, "--out", w.out, "--cache", w.cache];
    const check = async (when: string, expected: "old" | "new") => {
      assert.equal(which(snapshot(w.out), old, next, when), expected, when);
      // and a server reading the site meanwhile answers
      const { server, url } = await serve(w.out);
      try {
        assert.equal((await fetch(`${url}api/build.json`)).status, 200, when);
      } finally {
        server.close();
      }
    };
    // stopped at every point in turn (the tree a kill there would leave), a rebuild and a full build
    for (const full of [false, true]) {
      restore();
      change(w.seeds);
      const stops = await stopAt("*", full ? [...args, "--full"] : args, (p) => check(`stopped at ${p}${full ? " (--full)" : ""}`, PAUSE_POINTS.indexOf(p) >= PAUSE_POINTS.indexOf("swap:switched") ? "new" : "old"));
      assert.deepEqual(stops, PAUSE_POINTS);
      await check(`after the build${full ? " (--full)" : ""}`, "new");
    }
    // killed (the build and its children) where the spare tree is half made, half moved into, or just published; the
    // next build publishes the new site whole
    for (const [point, full] of [["render", false], ["swap:moved", false], ["swap:switched", true], ["spare", true], ["spare:linked", false]] as const) {
      restore();
      change(w.seeds);
      const expected = PAUSE_POINTS.indexOf(point) >= PAUSE_POINTS.indexOf("swap:switched") ? "new" : "old";
      await stopAt(point, full ? [...args, "--full"] : args, () => {});
      await check(`killed at ${point}${full ? " (--full)" : ""}`, expected);
      await build(opts);
      await check(`the build after one killed at ${point}`, "new");
      assert.deepEqual(readdirSync(`${w.out}.trees`).filter((f) => !["a", "b", "trash", "state.json"].includes(f)), [], "no tree is left over");
      assert.ok(!existsSync(`${w.out}.building`), "nor the stage");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a site built before trees (a folder) is taken over as a tree; --out names the link", async () => {
  const dir = mkdtempSync(join(tmpdir(), "atomic-"));
  try {
    const out = join(dir, "site");
    cpSync("seeds", join(dir, "seeds"), { recursive: true });
    await build({ seeds: join(dir, "seeds"), out, cacheDir: join(dir, "cache"), quiet: true, full: true });
    // as a build before trees left it: a folder
    const tree = realpathSync(out);
    rmSync(out);
    execFileSync("mv", [tree, out]);
    const before = snapshot(out);
    writeFileSync(join(dir, "seeds/006_extra.txt"), EXTRA_BULLETIN);
    const r = await build({ seeds: join(dir, "seeds"), out, cacheDir: join(dir, "cache"), quiet: true });
    assert.ok(lstatSync(out).isSymbolicLink());
    assert.ok(r.rendered < r.pages, "incremental from the taken-over folder");
    const after = snapshot(out);
    assert.ok(after.size > before.size);
    assert.ok(readFileSync(join(out, "api/articles.json"), "utf8").includes("社区书屋开放"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
