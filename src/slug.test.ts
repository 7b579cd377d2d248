import { test } from "node:test";
import assert from "node:assert/strict";
import { slug } from "./slug.ts";

test("Chinese becomes pinyin, ASCII stays, never empty", () => {
  assert.equal(slug("卫滨区"), "weibinqu");
  assert.equal(slug("郑州-经开区"), "zhengzhou-jingkaiqu");
  assert.equal(slug("000_0044bc9d4e773b1a"), "000-0044bc9d4e773b1a");
  assert.throws(() => slug("!!!"), /empty slug/);
});
