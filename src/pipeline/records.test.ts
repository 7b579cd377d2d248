// Build records (the page manifest in the cache, api/build.json and api/articles.json in the site) are written aside
// and renamed, and checked when read: a damaged one is a warning and a full build, never a failure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "./pipeline.ts";

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  mkdirSync(join(dir, "seeds"));
  cpSync("seeds/000_0044bc9d4e773b1a.txt", join(dir, "seeds/000_0044bc9d4e773b1a.txt"));
  return { seeds: join(dir, "seeds"), out: join(dir, "site"), cacheDir: join(dir, "cache"), quiet: true };
}

async function quietly<T>(run: () => Promise<T>): Promise<{ value: T; errors: string[] }> {
  const errors: string[] = [];
  const log = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.join(" "));
  try {
    return { value: await run(), errors };
  } finally {
    console.error = log;
  }
}

test("a damaged page manifest, build.json or articles.json: a warning naming it, and a full build", async () => {
  const w = workspace();
  const first = await build(w);
  const manifest = join(w.cacheDir, readdirSync(w.cacheDir).find((f) => /^pages-.*\.json$/.test(f))!);

  for (const [file, damage] of [
    [manifest, () => truncateSync(manifest, 100)],
    [manifest, () => writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/"version":1/, '"version":1 ')) ],
    [join(w.out, "api/build.json"), () => truncateSync(join(w.out, "api/build.json"), 5)],
    [join(w.out, "api/articles.json"), () => truncateSync(join(w.out, "api/articles.json"), 1000)],
  ] as const) {
    damage();
    const { value, errors } = await quietly(() => build(w));
    assert.equal(value.rendered, first.rendered, `${file}: everything rendered again`);
    assert.ok(
      errors.some((e) => e.startsWith(`${file}:1  warning  the last build's record is damaged (`) && e.endsWith("this build renders and indexes everything  build/damaged-record")),
      `${file}:\n${errors.join("\n")}`,
    );
    JSON.parse(readFileSync(join(w.out, "api/articles.json"), "utf8"));
  }
  const again = await quietly(() => build(w));
  assert.deepEqual(again.errors, [], "the next build trusts what the last one wrote");
  assert.ok(again.value.rendered < first.rendered, "and renders only what changed (nothing but the index pages)");
});
