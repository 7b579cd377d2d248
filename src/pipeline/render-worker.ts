// One Eleventy run in a process of its own, started once the bulletins are parsed so that Node, tsx and Eleventy load
// (about a second) while the build segments and plans: `tsx src/pipeline/render-worker.ts OUT_DIR PATH_PREFIX INPUT`, then
// the archive's path on stdin once the pages are planned (an empty stdin: this renderer is not needed). The build runs
// two side by side so that both cores render: the first over every template, the other over the article template
// (INPUT) only, into the same folder. An error is one line on stderr, `render-error <JSON>` (see renderError()), which
// the build turns into a message: never a stack trace.
import Eleventy from "@11ty/eleventy";
import { writeSync } from "node:fs";

/** What Eleventy's error says, from its wrappers down to the cause: the messages, the template and, when a message names
 * one, the page (an article's or bulletin's URL) being rendered. */
export function renderError(e: unknown): { messages: string[]; template: string | null; page: string | null; source: { file: string; line: number } | null } {
  const messages: string[] = [];
  let template: string | null = null;
  for (let err = e as { message?: string; originalError?: unknown; cause?: unknown; inputPath?: string } | undefined, n = 0; err && n < 10; n++) {
    if (err.message && !messages.includes(err.message)) messages.push(err.message.split("\n")[0]!);
    template ??= err.inputPath ?? /\.\/templates\/[^\s)(:]+/.exec(err.message ?? "")?.[0] ?? null;
    err = (err.originalError ?? err.cause) as typeof err;
  }
  const page = /\/(?:articles|bulletins)\/[a-z0-9-]+\//.exec(messages.join(" "))?.[0] ?? null;
  // the article and bulletin templates name the record's lines: "rendering /articles/…/ (seeds/x.txt:12): …"
  const at = /\((seeds\/[^():]+):(\d+)\)/.exec(messages.join(" "));
  return { messages, template, page, source: at ? { file: at[1]!, line: Number(at[2]) } : null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, pathPrefix, input] = process.argv.slice(2) as [string, string, string];
  if (input !== "templates") process.env.RENDER_WITHOUT_PASSTHROUGH = "1";
  let line = "";
  for await (const chunk of process.stdin) line += chunk;
  const archive = line.trim();
  if (archive) {
    process.env.ARCHIVE_JSON = archive;
    try {
      await new Eleventy(input, out, { configPath: ".eleventy.ts", quietMode: true, pathPrefix }).write();
    } catch (e) {
      writeSync(2, `render-error ${JSON.stringify(renderError(e))}\n`);
      process.exit(1);
    }
  }
}
