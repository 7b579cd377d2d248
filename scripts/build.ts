// npm run build [-- --seeds DIR --out DIR --full]: seeds/ → _site/, rebuilding only what changed since the last build.
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { build, BuildFailure } from "../src/build/pipeline.ts";
import { formatMessage } from "../src/parse/context.ts";

const { values: args } = parseArgs({
  options: { seeds: { type: "string", default: "seeds" }, out: { type: "string", default: "_site" }, full: { type: "boolean", default: false }, metrics: { type: "string" } },
});

try {
  const r = await build({ seeds: args.seeds!, out: args.out!, full: args.full });
  for (const m of r.messages.filter((m) => m.severity !== "info")) console.error(formatMessage(m));
  const s = r.stats;
  console.log(
    `\nbuilt ${args.out}/: ${s.bulletins} bulletins, ${s.records} records, ${s.districts} districts, ${s.dates} dates, ${s.people} people, ${s.warnings} warnings; ` +
      `${r.rendered} of ${r.pages} pages rendered, ${r.shardsIndexed} of ${r.shards} search shards indexed`,
  );
  if (args.metrics) writeFileSync(args.metrics, JSON.stringify(r.metrics, null, 1));
} catch (e) {
  if (!(e instanceof BuildFailure)) throw e;
  for (const m of e.messages.filter((m) => m.severity !== "info")) console.error(formatMessage(m));
  console.error(`\nbuild failed: ${e.message}\n${args.out}/ was left as it was.`);
  process.exit(1);
}
