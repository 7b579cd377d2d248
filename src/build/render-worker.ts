// One Eleventy run in a process of its own: `tsx src/build/render-worker.ts ARCHIVE_JSON OUT_DIR PATH_PREFIX`.
// The build runs two of these side by side, each over part of the pages, so that both cores render.
import Eleventy from "@11ty/eleventy";

const [archive, out, pathPrefix] = process.argv.slice(2) as [string, string, string];
process.env.ARCHIVE_JSON = archive;
await new Eleventy("templates", out, { configPath: ".eleventy.ts", quietMode: true, pathPrefix }).write();
