import { test } from "node:test";
import assert from "node:assert/strict";
import { articles } from "./articles.ts";
import { createViewContext } from "./context.ts";
import { districts } from "./districts.ts";
import { people } from "./people.ts";
import { related } from "./related.ts";
import { byline, record } from "./test-record.ts";

const view = (records: ReturnType<typeof record>[], titleTerms = new Map<string, string[]>()) => {
  const ctx = createViewContext(records);
  return articles({ records, districts: districts(records, ctx), people: people(records, ctx), related: related(records, ctx), titleTerms }, ctx);
};

test("an article page links its district, place, date, bulletin and people; its neighbours are those of its own bulletin", () => {
  const b = (n: number, file: string) => ({ file, startLine: n, endLine: n });
  const records = [
    record(1, { source: b(1, "seeds/a.txt"), place: "胜利路街道", byline: byline({ reporters: ["张苗"] }) }),
    record(2, { source: b(2, "seeds/a.txt"), date: "2024-04", dateSource: "inferred" }),
    record(3, { id: "b-l3", url: "/articles/b-l3/", source: b(3, "seeds/b.txt"), district: null, date: null, dateSource: null }),
  ];
  const [a1, a2, b3] = view(records, new Map([["a-l1", ["标题", "1"]]]));
  assert.deepEqual([a1!.districtUrl, a1!.placeUrl, a1!.dateUrl, a1!.sourceUrl, a1!.titleTerms], ["/districts/xinxiang-weibinqu/", "/districts/xinxiang-weibinqu/shenglilujiedao/", "/dates/2024/04/07/", "/bulletins/a/#r-a-l1", ["标题", "1"]]);
  assert.deepEqual(a1!.people.reporters, [{ name: "张苗", url: people(records, createViewContext(records)).urls.get("张苗") }]);
  assert.deepEqual([a2!.dateUrl, a2!.titleTerms, a2!.prev?.url, a2!.next], ["/dates/2024/04/", [], "/articles/a-l1/", null]);
  assert.deepEqual([b3!.districtUrl, b3!.placeUrl, b3!.dateUrl, b3!.prev, b3!.next], ["/districts/unknown/", null, "/dates/unknown/", null, null]);
});

test("a title two records share names its bulletin and line in the page's <title>; a title of one record does not", () => {
  const [a, b, c] = view([record(1, { headline: "同题" }), record(5, { headline: "同题" }), record(7, { headline: "独题" })]);
  assert.deepEqual([a!.pageTitle, b!.pageTitle, c!.pageTitle], ["同题(a.txt 第1行)", "同题(a.txt 第5行)", "独题"]);
});
