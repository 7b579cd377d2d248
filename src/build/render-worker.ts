// One Eleventy run in a process of its own, started once the bulletins are parsed so that Node, tsx and Eleventy load
// (about a second) while the build segments and plans: `tsx src/build/render-worker.ts OUT_DIR PATH_PREFIX INPUT`, then
// the archive's path on stdin once the pages are planned (an empty stdin: this renderer is not needed). The build runs
// two side by side so that both cores render: the first over every template, the other over the article template
// (INPUT) only, into the same folder.
import Eleventy from "@11ty/eleventy";

const [out, pathPrefix, input] = process.argv.slice(2) as [string, string, string];
if (input !== "templates") process.env.RENDER_WITHOUT_PASSTHROUGH = "1";

let line = "";
for await (const chunk of process.stdin) line += chunk;
const archive = line.trim();
if (archive) {
  process.env.ARCHIVE_JSON = archive;
  await new Eleventy(input, out, { configPath: ".eleventy.ts", quietMode: true, pathPrefix }).write();
}
