import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { uniqueSlugs } from "./slugs.ts";

test("a slug nobody else has is the plain one; of those sharing one, the first seen keeps it and the others are unique", () => {
  const items = ["利民社区", "立民社区", "丽敏社区", "胜利路"].map((key, k) => ({ key, text: key, firstSeen: [3, 1, 2, 0][k]! }));
  const slugs = uniqueSlugs(items, 0);
  assert.deepEqual(slugs.get("立民社区"), { slug: "liminshequ", lengthened: false });
  assert.deepEqual(slugs.get("胜利路"), { slug: "shenglilu", lengthened: false });
  for (const key of ["利民社区", "丽敏社区"]) assert.match(slugs.get(key)!.slug, /^liminshequ-[0-9a-f]{4}$/);
  assert.equal(new Set([...slugs.values()].map((s) => s.slug)).size, 4);
  assert.deepEqual(uniqueSlugs([...items].reverse(), 0), slugs, "the order given does not matter, only firstSeen");
});

test("a lengthened slug never takes another key's plain slug, and a reserved slug is lengthened for everyone", () => {
  // "a" and "A" read alike; "a-<hash of A>" would be A's lengthened slug if nobody had it
  const clash = `a-${createHash("sha1").update("A").digest("hex").slice(0, 4)}`;
  const slugs = uniqueSlugs([{ key: "a", text: "a", firstSeen: 0 }, { key: "A", text: "A", firstSeen: 1 }, { key: clash, text: clash, firstSeen: 2 }], 0);
  assert.equal(slugs.get(clash)!.slug, clash);
  assert.match(slugs.get("A")!.slug, /^a-[0-9a-f]{6}$/);
  const reserved = uniqueSlugs([{ key: "12", text: "12", firstSeen: 0 }], 0, (s) => /^[0-9]+$/.test(s));
  assert.match(reserved.get("12")!.slug, /^12-[0-9a-f]{4}$/);
  assert.equal(reserved.get("12")!.lengthened, true);
});
