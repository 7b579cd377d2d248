import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleRecord } from "../../parse/types.ts";
import { articles } from "./articles.ts";
import { bulletins } from "./bulletins.ts";
import { createViewContext, type ViewContext } from "./context.ts";
import { dates } from "./dates.ts";
import { districts } from "./districts.ts";
import { feeds } from "./feeds.ts";
import { home } from "./home.ts";
import { VIEW_NAMES, VIEWS, viewsTouched, type ViewName } from "./index.ts";
import { REF_READS } from "./pages.ts";
import { people } from "./people.ts";
import { related } from "./related.ts";
import { stats } from "./stats.ts";
import { byline, record } from "./test-record.ts";

/** Records whose top-level fields, when read, are noted in `into.seen` while `into.on`. */
function watched(records: ArticleRecord[]) {
  const into = { on: false, seen: new Set<string>() };
  const proxies = records.map((r) => new Proxy(r, { get: (t, k, rec) => ((into.on && typeof k === "string" && into.seen.add(k)), Reflect.get(t, k, rec)) }));
  return { into, proxies };
}

const sample = () => [
  record(1, { place: "胜利路街道", keywords: ["社区", "志愿者"], byline: byline({ reporters: ["张苗"], photographers: ["李伟"] }) }),
  record(2, { date: "2024-04", dateSource: "inferred", keywords: ["社区", "志愿者"], headline: null, kind: "photo", captions: [{ text: "图为现场。", photographers: [], line: 2 }] }),
  record(3, { district: null, date: null, dateSource: null, source: { file: "seeds/b.txt", startLine: 3, endLine: 4 } }),
];

test("each view reads no field of a record that it does not declare (a rebuild would miss its changes)", () => {
  type Deps = { districts: ReturnType<typeof districts>; dates: ReturnType<typeof dates>; people: ReturnType<typeof people>; related: ReturnType<typeof related> };
  const run: Record<ViewName, (rs: ArticleRecord[], ctx: ViewContext, d: Deps) => unknown> = {
    districts: (rs, ctx) => districts(rs, ctx),
    dates: (rs, ctx) => dates(rs, ctx),
    people: (rs, ctx) => people(rs, ctx),
    related: (rs, ctx) => related(rs, ctx),
    articles: (rs, ctx, d) => articles({ records: rs, districts: d.districts, people: d.people, related: d.related, titleTerms: new Map() }, ctx),
    bulletins: (rs, ctx) => bulletins({ records: rs, files: ["seeds/a.txt", "seeds/b.txt"], lineCounts: new Map() }, ctx),
    feeds: (_rs, ctx, d) => feeds({ districts: d.districts }, ctx),
    home: (rs, ctx) => home(rs, ctx),
    stats: (rs, ctx, d) => stats({ records: rs, messages: [], files: [], districts: d.districts, dates: d.dates, people: d.people }, ctx),
  };
  for (const name of VIEW_NAMES) {
    const { into, proxies } = watched(sample());
    into.on = true;
    const ctx = createViewContext(proxies);
    assert.deepEqual([...into.seen].filter((f) => !(REF_READS as readonly string[]).includes(f)), [], "the context reads only REF_READS");
    into.seen.clear();
    // what the view takes from others is made before it is watched
    into.on = false;
    const deps: Deps = { districts: districts(proxies, ctx), people: people(proxies, ctx), dates: dates(proxies, ctx), related: related(proxies, ctx) };
    into.on = true;
    run[name](proxies, ctx, deps);
    into.on = false;
    const undeclared = [...into.seen].filter((f) => !(VIEWS[name].reads as readonly string[]).includes(f));
    assert.deepEqual(undeclared, [], `${name} reads ${undeclared.join(", ")}: add them to its \`reads\``);
  }
});

test("a change to some fields touches the views that read them and those that take their output, no others", () => {
  assert.deepEqual([...viewsTouched(["paper"])].sort(), ["articles"]);
  assert.deepEqual([...viewsTouched(["keywords"])].sort(), ["articles", "feeds", "related"]);
  assert.deepEqual([...viewsTouched(["city"])].sort(), ["articles", "districts", "feeds", "stats"]);
  assert.deepEqual([...viewsTouched(["date"])].sort(), [...VIEW_NAMES].sort(), "the order of every list");
  assert.deepEqual([...viewsTouched([])], []);
});

test("every view comes after the views whose output it takes", () => {
  for (const [k, name] of VIEW_NAMES.entries()) for (const u of VIEWS[name].uses) assert.ok(VIEW_NAMES.indexOf(u) < k, `${name} uses ${u}`);
});
