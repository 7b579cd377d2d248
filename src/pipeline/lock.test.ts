// One build at a time: a second build started while one runs waits for it, saying so, and both succeed; a lock left by a
// killed build is taken over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireLocks, tryLock } from "./lock.ts";
import { build } from "./pipeline.ts";

test("a second holder waits until the first releases, and is told who holds it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lock-"));
  const paths = [join(dir, "cache/build.lock"), join(dir, "site.lock")];
  const first = await acquireLocks(paths, "first", () => assert.fail("the first does not wait"));
  const told: string[] = [];
  const state: { second: (() => void) | null } = { second: null };
  const waiting = acquireLocks(paths, "second", (holder) => told.push(`${holder?.pid} ${holder?.what}`), 20).then((r) => (state.second = r));
  await new Promise((ok) => setTimeout(ok, 200));
  assert.equal(state.second, null, "still waiting");
  assert.deepEqual(told, [`${process.pid} first`]);
  first();
  const second = await waiting;
  assert.equal(JSON.parse(readFileSync(paths[1]!, "utf8")).what, "second");
  second();
  assert.ok(!existsSync(paths[0]!) && !existsSync(paths[1]!), "released");
});

test("a lock whose process is gone (a killed build) is taken over", () => {
  const dir = mkdtempSync(join(tmpdir(), "lock-"));
  const path = join(dir, "site.lock");
  const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
  writeFileSync(path, JSON.stringify({ pid: Number(dead), started: "2026-01-01T00:00:00Z", what: "killed" }));
  assert.ok(tryLock(path, "next"));
  assert.equal(JSON.parse(readFileSync(path, "utf8")).what, "next");
  assert.ok(!tryLock(path, "another"), "held by a live process now");
});

test("two builds of one output started together both succeed, one after the other", async () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  cpSync("seeds", join(dir, "seeds"), { recursive: true });
  const o = { seeds: join(dir, "seeds"), out: join(dir, "site"), cacheDir: join(dir, "cache"), quiet: true };
  const errors: string[] = [];
  const log = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.join(" "));
  try {
    const [a, b] = await Promise.all([build(o), build(o)]);
    assert.equal(a.stats.records, b.stats.records);
  } finally {
    console.error = log;
  }
  assert.ok(errors.some((e) => /^waiting for another build to finish: pid \d+/.test(e)), errors.join("\n"));
  assert.ok(existsSync(join(o.out, "api/articles.json")));
  assert.ok(!existsSync(`${o.out}.lock`) && !existsSync(join(o.cacheDir, "build.lock")), "locks released");
});
