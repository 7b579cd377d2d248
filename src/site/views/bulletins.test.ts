import { test } from "node:test";
import assert from "node:assert/strict";
import { bulletins } from "./bulletins.ts";
import { createViewContext } from "./context.ts";
import { record } from "./test-record.ts";

test("a bulletin's lines in blocks: each record's, and the lines between and after them; a bulletin of no record has a page", () => {
  const at = (n: number, end: number) => record(n, { source: { file: "seeds/a b.txt", startLine: n, endLine: end } });
  const records = [at(8, 12), at(3, 5)];
  const pages = bulletins({ records, files: ["seeds/a b.txt", "seeds/空.txt"], lineCounts: new Map([["seeds/a b.txt", 14], ["seeds/空.txt", 2]]) }, createViewContext(records));
  assert.deepEqual(pages[0]!.blocks.map((b) => [b.id, b.start, b.end]), [[null, 1, 2], ["a-l3", 3, 5], [null, 6, 7], ["a-l8", 8, 12], [null, 13, 14]]);
  assert.deepEqual([pages[0]!.url, pages[0]!.title, pages[0]!.records.map((r) => r.url)], ["/bulletins/a-b/", "a b.txt", ["/articles/a-l8/", "/articles/a-l3/"]]);
  assert.deepEqual([pages[1]!.url, pages[1]!.records, pages[1]!.blocks], ["/bulletins/kong/", [], [{ id: null, url: null, start: 1, end: 2 }]]);
});
