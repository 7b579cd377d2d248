import { test } from "node:test";
import assert from "node:assert/strict";
import { createViewContext } from "./context.ts";
import { related } from "./related.ts";
import { record } from "./test-record.ts";

test("related records share two keywords at least, most shared first, then by id, five at most; a keyword of over 200 records counts for none", () => {
  const common = Array.from({ length: 201 }, (_, k) => record(1000 + k, { keywords: ["常见"] }));
  const records = [
    record(1, { keywords: ["垃圾分类", "社区", "志愿者", "常见"] }),
    record(2, { keywords: ["垃圾分类", "社区", "志愿者"] }),
    record(3, { keywords: ["垃圾分类", "社区"] }),
    record(4, { keywords: ["垃圾分类"] }),
    record(5, { keywords: ["社区", "常见"] }),
    ...Array.from({ length: 6 }, (_, k) => record(10 + k, { keywords: ["志愿者", "社区"] })),
    ...common,
  ];
  const lists = related(records, createViewContext(records));
  assert.deepEqual(lists[0]!.map((r) => r.url), ["/articles/a-l2/", "/articles/a-l10/", "/articles/a-l11/", "/articles/a-l12/", "/articles/a-l13/"]);
  assert.deepEqual(lists[3]!, [], "one keyword shared is not enough");
  assert.deepEqual(lists[4]!, [], "常见 is in over 200 records");
});
