// Pages mangled as OCR and scraping mangle them (lines lost, doubled, swapped) never make the parser throw, and every
// line it keeps lies in a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBulletin } from "./index.ts";

test("mangled pages of the corpus and the seeds parse without throwing, every kept line in a record", () => {
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const files = ["corpus/pages", "corpus/holdout", "seeds"].filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => join(d, f)));
  for (let round = 0; round < 4; round++) {
    for (const file of files) {
      const lines = readFileSync(file, "utf8").split("\n");
      for (let k = 0; k < 6; k++) {
        const a = Math.floor(rnd() * lines.length);
        const b = Math.floor(rnd() * lines.length);
        const op = rnd();
        if (op < 0.33) lines.splice(a, 1);
        else if (op < 0.66) lines.splice(a, 0, lines[b]!);
        else [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      const { records, furniture } = parseBulletin(file, new TextEncoder().encode(lines.join("\n")), {});
      lines.forEach((line, k) => {
        if (!line.trim() || /^#+\s*$/.test(line.trim()) || furniture.includes(k + 1)) return;
        const owners = records.filter((r) => r.source.startLine <= k + 1 && k + 1 <= r.source.endLine);
        assert.ok(owners.length >= 1, `${file} (round ${round}) line ${k + 1} “${line.slice(0, 20)}” lies in no record`);
      });
    }
  }
});
