import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBulletin } from "./index.ts";
import { attachCorrections } from "../corrections.ts";
import type { BulletinMeta, Correction } from "./types.ts";

const PAGE = ["社区书屋开门迎客", "", "本报讯(记者 王五) 近日,社区书屋正式开放。", "", "老街换新颜", "", "本报讯 近日,老街完成改造。", "", "下一步,街道将继续推进。", ""].join("\n");
const bytes = new TextEncoder().encode(PAGE);
type Entry = { note?: string } & ({ id: string; set: object; was?: { headline?: string } } | { merge: string[] } | { split: string; at: string; headline?: string });
const at = (c: Entry, line = 3) => ({ ...c, file: "seeds/corrections.json", line }) as Correction;
const parse = (corrections: Correction[]) => parseBulletin("seeds/p.txt", bytes, { corrections });

test("a correction sets fields by record id and keeps what the parser read beside them", () => {
  const { records, messages } = parse([at({ id: "p-l1", set: { headline: "社区书屋开门", district: "红旗区", people: [{ name: "王五", role: "记者" }, { name: "赵六", role: "摄影" }] }, note: "the print has no 迎客" })]);
  assert.equal(records[0]!.headline, "社区书屋开门");
  assert.equal(records[0]!.district, "红旗区");
  assert.deepEqual(records[0]!.byline.photographers, ["赵六"]);
  assert.deepEqual(records[0]!.corrected!.parsed.headline, "社区书屋开门迎客");
  assert.equal(records[0]!.corrected!.parsed.district, null);
  assert.ok(messages.some((m) => m.ruleId === "correct/applied" && m.file === "seeds/corrections.json" && m.line === 3));
});

test("merge joins neighbours into the first; split cuts a record where a paragraph starts", () => {
  const merged = parse([at({ merge: ["p-l1", "p-l5"] })]).records;
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0]!.paragraphs, ["近日,社区书屋正式开放。", "老街换新颜", "近日,老街完成改造。", "下一步,街道将继续推进。"]);
  assert.equal(merged[0]!.source.endLine, 9);
  const split = parse([at({ split: "p-l5", at: "下一步", headline: "街道继续推进改造" })]).records;
  assert.deepEqual(split.map((r) => [r.id, r.headline, r.paragraphs.length]), [["p-l1", "社区书屋开门迎客", 1], ["p-l5", "老街换新颜", 1], ["p-l5-p1", "街道继续推进改造", 1]]);
});

test("a correction that no longer matches is a warning naming its line, and changes nothing", () => {
  const { records, messages } = parse([at({ id: "p-l99", set: { headline: "x" } }, 7), at({ id: "p-l1", set: { headline: "y" }, was: { headline: "旧标题" } }, 9)]);
  assert.equal(records[0]!.headline, "社区书屋开门迎客");
  const stale = messages.filter((m) => m.ruleId === "correct/stale").map((m) => `${m.file}:${m.line} ${m.severity}`);
  assert.deepEqual(stale, ["seeds/corrections.json:7 warning", "seeds/corrections.json:9 warning"]);
});

test("corrections.json is validated, and each entry goes to its bulletin's meta", () => {
  const dir = mkdtempSync(join(tmpdir(), "corrections-"));
  const path = join(dir, "corrections.json");
  writeFileSync(path, JSON.stringify({ corrections: [{ id: "000-abc-l3", set: { headline: "新标题" } }, { id: "999-x-l1", set: { kind: "brief" } }] }, null, 2));
  const meta = new Map<string, BulletinMeta>();
  const messages = attachCorrections(path, ["000_abc.txt"], meta);
  assert.equal(meta.get("000_abc.txt")!.corrections!.length, 1);
  assert.equal(meta.get("000_abc.txt")!.corrections![0]!.line, 4);
  assert.deepEqual(messages.map((m) => m.ruleId), ["corrections/unknown-bulletin"]);
  writeFileSync(path, JSON.stringify({ corrections: [{ id: "000-abc-l3", set: { headlin: "typo" } }] }));
  const bad = attachCorrections(path, ["000_abc.txt"], new Map());
  assert.equal(bad[0]!.severity, "error");
  assert.match(bad[0]!.message, /headlin/);
});
