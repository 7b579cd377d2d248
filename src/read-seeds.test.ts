// Only seeds/ is read: regular files directly in it. A symbolic link (even to a file), a folder or a device is reported
// as a message the archivist can act on and skipped, never followed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMessage } from "./parse/context.ts";
import { parseSeedsCached } from "./pipeline/parse-cache.ts";
import { readSeeds, readSeedFile } from "./read-seeds.ts";

const BULLETIN = `红旗区\n\n渠东街道开展义诊活动\n\n本报讯(记者 王新)4月20日,渠东街道在文化广场开展义诊活动,为居民测量血压。\n`;
const SECRET = `秘密街道\n\n绝不公开的标题\n\n本报讯 root:x:0:0:root:/root:/bin/bash 这一行在 seeds/ 之外。\n`;

function folder() {
  const root = mkdtempSync(join(tmpdir(), "seeds-links-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  writeFileSync(join(dir, "a.txt"), BULLETIN);
  writeFileSync(join(root, "outside.txt"), SECRET);
  symlinkSync(join(root, "outside.txt"), join(dir, "passwd.txt"));
  symlinkSync("a.txt", join(dir, "same.txt"));
  mkdirSync(join(dir, "x.txt"));
  writeFileSync(join(dir, "x.txt", "inner.txt"), SECRET);
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
  writeFileSync(join(root, "outside-manifest.json"), JSON.stringify({ bulletins: { "a.txt": { paper: "外来报" } } }));
  return { root, dir };
}

function check(result: { files: string[]; records: { headline: string | null; paragraphs: string[] }[]; messages: Parameters<typeof formatMessage>[0][] }, dir: string) {
  assert.deepEqual(result.files, [join(dir, "a.txt")], "only the regular file is a bulletin");
  const text = JSON.stringify(result.records);
  assert.ok(!text.includes("root:x:0:0") && !text.includes("绝不公开"), "nothing from outside seeds/ is read");
  const lines = result.messages.map(formatMessage);
  const line = (name: string) => lines.find((l) => l.startsWith(`${join(dir, name)}:1  warning  `)) ?? assert.fail(`no message for ${name} in\n${lines.join("\n")}`);
  assert.match(line("passwd.txt"), /is a symbolic link \(to .*outside\.txt\), skipped: links are never followed; copy the file itself into .* {2}seeds\/symlink$/);
  assert.match(line("same.txt"), /symbolic link.* {2}seeds\/symlink$/);
  assert.match(line("x.txt"), /is a folder, skipped: only files directly in .*; move its bulletins up into .* {2}seeds\/folder$/);
  assert.match(line("pipe.txt"), /is not a regular file \(a device, pipe or socket\), skipped.* {2}seeds\/not-a-file$/);
  assert.ok(!result.messages.some((m) => m.severity === "error"), "a skipped entry does not fail the build");
}

test("readSeeds reads regular files only: links, folders and pipes are reported and skipped", () => {
  const { dir } = folder();
  check(readSeeds(dir), dir);
});

test("the build's cached reading does the same", async () => {
  const { root, dir } = folder();
  check(await parseSeedsCached(dir, join(root, "cache")), dir);
});

test("a file swapped for a link after the listing is not followed", () => {
  const { root, dir } = folder();
  assert.throws(() => readSeedFile(join(dir, "passwd.txt")), /became a symbolic link.*not followed/);
  assert.equal(readSeedFile(join(dir, "a.txt")).toString("utf8"), BULLETIN);
  assert.throws(() => readSeedFile(join(root, "nope.txt")), /cannot be read \(ENOENT\)/);
});

test("a manifest that is a symbolic link is an error, not followed", () => {
  const { root, dir } = folder();
  symlinkSync(join(root, "outside-manifest.json"), join(dir, "manifest.json"));
  const r = readSeeds(dir);
  const m = r.messages.find((m) => m.ruleId === "manifest/not-a-file");
  assert.ok(m, r.messages.map(formatMessage).join("\n"));
  assert.equal(m.severity, "error");
  assert.match(m.message, /symbolic link.*not followed/);
  assert.ok(!JSON.stringify(r.records).includes("外来报"), "the linked manifest is not read");
});

test("file names that make the same URL are an error naming both files; a name that makes none is an error too", () => {
  const root = mkdtempSync(join(tmpdir(), "seeds-names-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  for (const name of ["x#1.txt", "x?1.txt", "a b.txt", "a..b.txt", "A-B.txt", "#.txt", "..txt", "ok.txt"]) writeFileSync(join(dir, name), BULLETIN);
  const r = readSeeds(dir);
  const lines = r.messages.map(formatMessage);
  const clash = (a: string, b: string) =>
    assert.ok(
      lines.some((l) => l.startsWith(`${join(dir, b)}:1  error  ${join(dir, a)} and ${join(dir, b)} would both be published as /bulletins/`) && l.endsWith("rename one of them  seeds/same-url")),
      `${a} and ${b} in\n${lines.join("\n")}`,
    );
  clash("x#1.txt", "x?1.txt");
  clash("A-B.txt", "a b.txt");
  clash("A-B.txt", "a..b.txt");
  for (const name of ["#.txt", "..txt"]) assert.ok(lines.some((l) => l.startsWith(`${join(dir, name)}:1  error  the name ${name} has no letter, digit or Chinese character`) && l.endsWith("seeds/name")), name);
  assert.deepEqual(r.files.map((f) => f.slice(dir.length + 1)), ["A-B.txt", "ok.txt", "x#1.txt"], "the first of each name is read, the others skipped");
  assert.equal(new Set(r.records.map((x) => x.id)).size, r.records.length);
});

test("a huge manifest naming 300,000 missing files is 300,000 warnings, not a stack overflow", async () => {
  const root = mkdtempSync(join(tmpdir(), "seeds-huge-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  writeFileSync(join(dir, "a.txt"), BULLETIN);
  const bulletins: Record<string, { page: string }> = {};
  for (let k = 0; k < 300_000; k++) bulletins[`missing-${k}.txt`] = { page: String(k) };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ bulletins }));
  for (const r of [readSeeds(dir), await parseSeedsCached(dir, join(root, "cache"))]) {
    assert.equal(r.files.length, 1);
    assert.equal(r.messages.filter((m) => m.ruleId === "manifest/unknown-file").length, 300_000);
  }
});

test("a name too long to make a URL is an error, not ENAMETOOLONG", () => {
  const root = mkdtempSync(join(tmpdir(), "seeds-long-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  const long = "解放区召开安全生产治本攻坚三年行动动员部署会议暨第一季度工作推进会议".repeat(2) + ".txt";
  writeFileSync(join(dir, long), BULLETIN);
  writeFileSync(join(dir, "ok.txt"), BULLETIN);
  const r = readSeeds(dir);
  assert.deepEqual(r.files, [join(dir, "ok.txt")]);
  assert.match(r.messages.find((m) => m.file === join(dir, long))!.message, /too long to make URLs from .*give the file a shorter name/);
});
