import { test } from "node:test";
import assert from "node:assert/strict";
import { createViewContext } from "./context.ts";
import { dates } from "./dates.ts";
import { record } from "./test-record.ts";

const view = (records: ReturnType<typeof record>[]) => dates(records, createViewContext(records));

test("records are grouped by day, month and year; a record dated to its month only is on the month's page, not a day's", () => {
  const records = [
    record(1, { date: "2024-04-07" }),
    record(2, { date: "2024-04-07" }),
    record(3, { date: "2024-04-09" }),
    record(4, { date: "2024-04", dateSource: "inferred" }),
    record(5, { date: "2023-12-31" }),
    record(6, { date: "2022-02", dateSource: "inferred" }),
  ];
  const v = view(records);
  assert.deepEqual(v.dayPages.map((p) => [p.url, p.records.map((r) => r.url)]), [
    ["/dates/2023/12/31/", ["/articles/a-l5/"]],
    ["/dates/2024/04/07/", ["/articles/a-l1/", "/articles/a-l2/"]],
    ["/dates/2024/04/09/", ["/articles/a-l3/"]],
  ]);
  assert.deepEqual(v.months.map((m) => [m.month, m.count, m.days.map((d) => [d.date, d.count])]), [
    ["2024-04", 4, [["2024-04-07", 2], ["2024-04-09", 1]]],
    ["2023-12", 1, [["2023-12-31", 1]]],
    ["2022-02", 1, []],
  ]);
  assert.deepEqual(v.monthPages.map((p) => [p.url, p.records.map((r) => r.url), p.prevMonth?.url ?? null, p.nextMonth?.url ?? null]), [
    ["/dates/2022/02/", ["/articles/a-l6/"], null, "/dates/2023/12/"],
    ["/dates/2023/12/", [], "/dates/2022/02/", "/dates/2024/04/"],
    ["/dates/2024/04/", ["/articles/a-l4/"], "/dates/2023/12/", null],
  ]);
  assert.deepEqual(v.years.map((y) => [y.year, y.count, y.months.map((m) => m.month)]), [["2024", 4, ["2024-04"]], ["2023", 1, ["2023-12"]], ["2022", 1, ["2022-02"]]]);
  assert.equal(v.dates, 5, "three days and two months of month-only records");
  assert.deepEqual([v.dayPages[1]!.prevDay?.date, v.dayPages[1]!.nextDay?.date], ["2023-12-31", "2024-04-09"]);
});

test("a month's calendar starts on Monday and links only the days with records", () => {
  const v = view([record(1, { date: "2024-04-07" })]);
  const { weeks } = v.monthPages[0]!.calendar;
  assert.deepEqual(weeks[0]!.map((c) => c?.day ?? null), [1, 2, 3, 4, 5, 6, 7], "2024-04-01 is a Monday");
  assert.deepEqual(weeks.flat().filter((c) => c?.link).map((c) => [c!.day, c!.link!.url]), [[7, "/dates/2024/04/07/"]]);
});

test("undated records are listed in the archive's order, on /dates/unknown/", () => {
  const records = [record(9, { date: null, dateSource: null }), record(1, { date: "2024-01-01" }), record(3, { date: null, dateSource: null })];
  const v = view(records);
  assert.deepEqual(v.undated.map((r) => r.url), ["/articles/a-l9/", "/articles/a-l3/"]);
  assert.deepEqual(v.undatedPages.map((p) => [p.url, p.records.length]), [["/dates/unknown/", 2]]);
});
