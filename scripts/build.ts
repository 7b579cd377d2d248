// npm run build [-- --seeds DIR --out DIR --cache DIR --full --metrics FILE]: seeds/ → _site/, rebuilding only what changed
// since the last build; --metrics writes the stages' times and what was rebuilt as JSON (for npm run bench).
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { build, BuildFailure } from "../src/build/pipeline.ts";
import { formatMessage } from "../src/parse/context.ts";
import { SeedReadError } from "../src/read-seeds.ts";

const { values: args } = parseArgs({
  options: { seeds: { type: "string", default: "seeds" }, out: { type: "string", default: "_site" }, cache: { type: "string", default: ".cache" }, full: { type: "boolean", default: false }, metrics: { type: "string" } },
});

/** Warnings and errors, and the one kind of info an archivist wants to see: which encoding a non-UTF-8 file was read as. */
const shown = (m: { severity: string; ruleId: string }) => m.severity !== "info" || m.ruleId.startsWith("decode/");

try {
  const r = await build({ seeds: args.seeds!, out: args.out!, cacheDir: args.cache!, full: args.full });
  for (const m of r.messages.filter(shown)) console.error(formatMessage(m));
  const s = r.stats;
  console.log(
    `\nbuilt ${args.out}/: ${s.bulletins} bulletins, ${s.records} records, ${s.districts} districts, ${s.dates} dates, ${s.people} people, ${s.warnings} warnings; ` +
      `${r.rendered} of ${r.pages} pages rendered, ${r.shardsIndexed} of ${r.shards} search shards indexed`,
  );
  if (args.metrics) writeFileSync(args.metrics, JSON.stringify({ metrics: r.metrics, rendered: r.rendered, pages: r.pages, shardsIndexed: r.shardsIndexed, shards: r.shards }, null, 1));
} catch (e) {
  if (e instanceof SeedReadError) {
    console.error(formatMessage({ file: e.file, line: 1, severity: "error", message: e.message, ruleId: "seeds/changed" }));
    console.error(`\nbuild failed: a bulletin changed while it was read\n${args.out}/ was left as it was.`);
    process.exit(1);
  }
  if (!(e instanceof BuildFailure)) throw e;
  for (const m of e.messages.filter(shown)) console.error(formatMessage(m));
  console.error(`\nbuild failed: ${e.message}\n${args.out}/ was left as it was.`);
  process.exit(1);
}
