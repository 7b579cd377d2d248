// npm run build [-- --seeds DIR --out DIR --cache DIR --full --metrics FILE]: seeds/ → _site/, rebuilding only what changed
// since the last build; --metrics writes the stages' times and what was rebuilt as JSON (for npm run bench).
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { build, BuildFailure } from "../src/pipeline/pipeline.ts";
import { formatMessage } from "../src/parse/context.ts";
import { SeedReadError } from "../src/read-seeds.ts";

const { values: args } = parseArgs({
  options: { seeds: { type: "string", default: "seeds" }, out: { type: "string", default: "_site" }, cache: { type: "string", default: ".cache" }, full: { type: "boolean", default: false }, metrics: { type: "string" } },
});

/** What the archivist can do about a file system's refusal (anything else is a bug, and keeps its stack trace). */
const HINTS: Record<string, string> = {
  ENOSPC: "the disk is full: free some space (a full build needs about twice the site's size) and build again",
  EDQUOT: "the disk quota is used up: free some space and build again",
  EROFS: "the file system is read-only: build where it can write (--out and --cache name the folders)",
  EACCES: "permission denied: make it readable (seeds) or writable (the site, .cache) for this user",
  EPERM: "the operation is not permitted here: make it writable for this user, or build elsewhere (--out, --cache)",
  ENAMETOOLONG: "a file name is too long for the file system: give the bulletin a shorter name",
  ENOTDIR: "a path goes through a file where a folder should be: check --seeds, --out and --cache",
  ENOENT: "there is no such file or folder: check --seeds (the bulletins' folder), --out and --cache",
  EISDIR: "a folder is where a file should be: move it away",
  EEXIST: "a file is where a folder should be: check --seeds, --out and --cache, or move the file away",
};

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
  const fsError = e as NodeJS.ErrnoException;
  if (fsError?.code && fsError.code in HINTS) {
    console.error(formatMessage({ file: fsError.path ?? args.out!, line: 1, severity: "error", message: `${HINTS[fsError.code]} (${fsError.syscall ?? "file system"}: ${fsError.code})`, ruleId: `build/${fsError.code.toLowerCase()}` }));
    console.error(`\nbuild failed: the file system refused\n${args.out}/ was left as it was.`);
    process.exit(1);
  }
  if (!(e instanceof BuildFailure)) throw e;
  for (const m of e.messages.filter(shown)) console.error(formatMessage(m));
  console.error(`\nbuild failed: ${e.message}\n${args.out}/ was left as it was.`);
  process.exit(1);
}
