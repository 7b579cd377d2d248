// markdown-it style fixtures: "## title", then input and expected records between lines holding a single ".".
// Expected is a JSON array of partial records (only the keys given are compared, in objects too) and "! severity rule-id" lines.
import { readFileSync } from "node:fs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBulletin } from "./index.ts";
import type { ArticleRecord, BulletinMeta } from "./types.ts";

export interface FixtureCase {
  title: string;
  line: number;
  input: string;
  expected: Partial<ArticleRecord>[];
  messages: string[];
  meta: BulletinMeta;
}

export function readFixtures(path: string): FixtureCase[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const cases: FixtureCase[] = [];
  let k = 0;
  while (k < lines.length) {
    const m = lines[k]!.match(/^## (.+)$/);
    if (!m) {
      k++;
      continue;
    }
    const line = k + 1;
    let meta: BulletinMeta = {};
    const block = (): string[] => {
      while (lines[k] !== ".") {
        const metaLine = lines[k]!.match(/^meta: (.+)$/);
        if (metaLine) meta = JSON.parse(metaLine[1]!) as BulletinMeta;
        if (++k >= lines.length) throw new Error(`${path}:${line}: fixture "${m[1]}" is missing a "." line`);
      }
      const start = ++k;
      while (lines[k] !== ".") if (++k >= lines.length) throw new Error(`${path}:${line}: fixture "${m[1]}" is not closed by "."`);
      return lines.slice(start, k);
    };
    const input = block().join("\n");
    k--;
    const out = block();
    k++;
    const messages = out.filter((l) => l.startsWith("!")).map((l) => l.slice(1).trim());
    const json = out.filter((l) => !l.startsWith("!")).join("\n").trim();
    cases.push({ title: m[1]!, line, input, expected: json ? (JSON.parse(json) as Partial<ArticleRecord>[]) : [], messages, meta });
  }
  return cases;
}

/** The keys of `actual` that `expected` names, and within a named object (byline, source) only its named keys. */
function pick(actual: object, expected: object): Record<string, unknown> {
  const a = actual as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(expected).map(([key, want]) => {
      const have = a[key];
      const partial = want && typeof want === "object" && !Array.isArray(want) && have && typeof have === "object" && !Array.isArray(have);
      return [key, partial ? pick(have, want) : have];
    }),
  );
}

/** Registers one node:test test per fixture, named by its file and line so a failure points at the fixture. */
export function runFixtures(path: string): void {
  for (const c of readFixtures(path)) {
    test(`${path}:${c.line} ${c.title}`, () => {
      const { records, messages } = parseBulletin("fixture.txt", new TextEncoder().encode(c.input), c.meta);
      const got = records.map((r, i) => pick(r, c.expected[i] ?? {}));
      const summary = records.map((r) => `${r.source.startLine}: [${r.kind}] ${r.headline ?? r.paragraphs[0]?.slice(0, 12)}`).join("\n");
      assert.equal(records.length, c.expected.length, `${path}:${c.line}: expected ${c.expected.length} records, got ${records.length}:\n${summary}`);
      assert.deepEqual(got, c.expected, `${path}:${c.line}`);
      const said = messages.map((m) => `${m.severity} ${m.ruleId}`);
      for (const want of c.messages) assert.ok(said.includes(want), `${path}:${c.line}: expected message "${want}", got:\n${said.join("\n")}`);
    });
  }
}
