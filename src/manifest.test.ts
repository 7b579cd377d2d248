// seeds/manifest.json: dates are real calendar dates (YYYY-MM-DD or YYYY-MM), and a wrong one is an error naming
// its entry and line, before anything is built from it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { calendarProblem, readManifest } from "./manifest.ts";
import { formatMessage } from "./parse/context.ts";

function manifest(bulletins: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.json");
  writeFileSync(file, JSON.stringify({ bulletins }, null, 2));
  return file;
}

test("real dates pass, in both forms the archive keeps", () => {
  for (const d of ["2024-04-12", "2024-02-29", "2000-02-29", "1999-12-31", "2024-04", "1950-01"]) assert.equal(calendarProblem(d), null, d);
  const { meta, messages } = readManifest(manifest({ "a.txt": { date: "2024-02-29" }, "b.txt": { date: "2024-04" } }));
  assert.deepEqual(messages, []);
  assert.equal(meta.get("a.txt")!.date, "2024-02-29");
});

test("dates that are not on the calendar are errors naming the entry", () => {
  const bad: Record<string, string> = {
    "a.txt": "2024-02-30",
    "b.txt": "2023-02-29",
    "c.txt": "2024-13",
    "d.txt": "9999-99-99",
    "e.txt": "0000-00-00",
    "f.txt": "2024-04-31",
    "g.txt": "2024-00-10",
    "h.txt": "2024-4-1",
    "i.txt": "2024",
  };
  const file = manifest(Object.fromEntries(Object.entries(bad).map(([k, d]) => [k, { paper: "新乡日报", date: d }])));
  const { meta, messages } = readManifest(file);
  assert.equal(meta.size, 0, "a manifest with an error gives no metadata");
  assert.equal(messages.length, Object.keys(bad).length, messages.map(formatMessage).join("\n"));
  for (const [name, d] of Object.entries(bad)) {
    const m = messages.find((m) => m.message.startsWith(`bulletins["${name}"].date: "${d}"`));
    assert.ok(m, `no message for ${name} (${d}) in\n${messages.map(formatMessage).join("\n")}`);
    assert.equal(m.severity, "error");
    assert.equal(m.ruleId, "manifest/schema");
    // JSON.stringify(…, null, 2): each entry takes 4 lines after the 2 opening ones; its date is on its third
    const k = Object.keys(bad).indexOf(name);
    assert.equal(m.line, 3 + 4 * k + 2, `${name}'s date is on line ${3 + 4 * k + 2}`);
  }
  const say = (d: string) => messages.find((m) => m.message.includes(`"${d}"`))!.message;
  assert.match(say("2024-02-30"), /February 2024 has no day 30 \(01 to 29\)/);
  assert.match(say("2024-13"), /no month 13/);
  assert.match(say("9999-99-99"), /no month 99/);
  assert.match(say("0000-00-00"), /year 0000/);
  assert.match(say("2024-4-1"), /write YYYY-MM-DD, or YYYY-MM/);
});
