// A renderer's failure is a message (file:line severity message rule-id, with what to do), never a stack trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderFailure } from "./pipeline.ts";
import { renderError } from "./render-worker.ts";
import { formatMessage } from "../parse/context.ts";

test("Eleventy's error chain gives its messages, the template and the page named in them", () => {
  const cause = new TypeError("rendering /articles/000-0044bc9d4e773b1a-l3/ (seeds/000_x.txt:12): Cannot read properties of null (reading 'map')");
  const e = Object.assign(new Error("Having trouble rendering 11ty.js template ./templates/article.11ty.ts"), { originalError: Object.assign(new Error("wrapped"), { originalError: cause }) });
  assert.deepEqual(renderError(e), {
    messages: ["Having trouble rendering 11ty.js template ./templates/article.11ty.ts", "wrapped", "rendering /articles/000-0044bc9d4e773b1a-l3/ (seeds/000_x.txt:12): Cannot read properties of null (reading 'map')"],
    template: "./templates/article.11ty.ts",
    page: "/articles/000-0044bc9d4e773b1a-l3/",
    source: { file: "seeds/000_x.txt", line: 12 },
  });
});

test("a renderer that fails prints one message with a hint, no stack trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "render-"));
  try {
    writeFileSync(join(dir, "archive.json"), '{"records": 5}');
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/pipeline/render-worker.ts", join(dir, "out"), "", "templates/article.11ty.ts"], { input: `${join(dir, "archive.json")}\n`, encoding: "utf8" });
    assert.notEqual(r.status, 0);
    const failure = renderFailure(r.status, r.stderr);
    assert.equal(failure.messages.length, 1);
    const text = formatMessage(failure.messages[0]!);
    assert.match(text, /error .*Eleventy could not render a page: no archive data at .*npm run check.* build\/render$/);
    assert.doesNotMatch(text, /\n|:\d+:\d+\)/, "no stack trace");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
