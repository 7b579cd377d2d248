// One Eleventy run in a process of its own: `tsx src/build/render-worker.ts ARCHIVE OUT_DIR PATH_PREFIX [INPUT]`.
// The build runs two of these side by side, so that both cores render: the first renders every template, the second
// only the article template (INPUT) over its share of the records, into the same output folder.
import Eleventy from "@11ty/eleventy";

const [archive, out, pathPrefix, input = "templates"] = process.argv.slice(2) as [string, string, string, string?];
process.env.ARCHIVE_JSON = archive;
if (input !== "templates") process.env.RENDER_WITHOUT_PASSTHROUGH = "1";
await new Eleventy(input, out, { configPath: ".eleventy.ts", quietMode: true, pathPrefix }).write();
