import { test } from "node:test";
import assert from "node:assert/strict";
import { createViewContext } from "./context.ts";
import { people, personSlug } from "./people.ts";
import { byline, record } from "./test-record.ts";

const view = (records: ReturnType<typeof record>[]) => people(records, createViewContext(records));

test("one person per name, whatever the roles: a record signed in two roles is counted once, each role by itself", () => {
  const v = view([
    record(1, { byline: byline({ reporters: ["张苗"], photographers: ["张苗"], correspondents: ["李伟"] }) }),
    record(2, { byline: byline({ correspondents: ["张苗"] }) }),
    record(3, { byline: byline({ interns: ["王芳"] }) }),
  ]);
  assert.deepEqual(v.people.map((p) => [p.name, p.count, p.roles.map((r) => `${r.role}×${r.count}`)]), [
    ["张苗", 2, ["记者×1", "通讯员×1", "摄影×1"]],
    ["李伟", 1, ["通讯员×1"]],
    ["王芳", 1, ["实习生×1"]],
  ]);
  const zhang = v.personPages.find((p) => p.person?.name === "张苗")!;
  assert.deepEqual(zhang.records.map((r) => r.url), ["/articles/a-l1/", "/articles/a-l2/"]);
  assert.equal(zhang.title, "张苗(记者、通讯员、摄影)");
  assert.equal(v.urls.get("张苗"), zhang.url);
});

test("of two people whose names share a usual slug, the one whose oldest record is older keeps it", () => {
  const [later, earlier] = ["张卫璃", "樟魏力"]; // both zhangweili-a778: same pinyin, same 4 hex digits
  assert.equal(personSlug(later!), personSlug(earlier!), "the case this is for");
  const v = view([
    record(1, { date: "2024-01-01", byline: byline({ reporters: [later!] }) }),
    record(2, { date: "2010-01-01", byline: byline({ correspondents: [earlier!] }) }),
    record(3, { date: "2024-02-01", byline: byline({ correspondents: [earlier!] }) }),
  ]);
  const [a, b] = [later, earlier].map((n) => v.people.find((p) => p.name === n)!);
  assert.equal(b!.url, `/people/${personSlug(earlier!)}/`);
  assert.equal(b!.lengthened, undefined);
  assert.equal(a!.lengthened, true);
  assert.match(a!.url, /^\/people\/zhangweili-a778[0-9a-f]{2}\/$/);
  assert.equal(v.urls.get(later!), a!.url);
});
