// Thin Eleventy config: data from the build step, TypeScript templates, passthrough, dirs. Run through tsx.
import { readCache } from "./src/pipeline/cache-file.ts";
import type { Archive } from "./templates/_lib/data.ts";

interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addExtension(ext: string[], options: { key: string }): void;
  addTemplateFormats(formats: string[]): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  setLibrary(name: string, lib: unknown): void;
  addPlugin(plugin: unknown): void;
}

function fail(message: string): never {
  throw new Error(message);
}

export default async function (eleventyConfig: EleventyConfig) {
  const { default: MarkdownIt } = await import("markdown-it");
  const { HtmlBasePlugin } = await import("@11ty/eleventy");
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // written by the build (src/pipeline/pipeline.ts), which names it in ARCHIVE_JSON
  const archive = process.env.ARCHIVE_JSON ?? "_site.archive.json";
  eleventyConfig.addGlobalData("archive", () => readCache<Archive>(archive) ?? fail(`no archive data at ${archive}: run the build (npm run build), which writes it`));
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats(["11ty.ts"]);
  eleventyConfig.setLibrary("md", new MarkdownIt({ html: false }));
  // a second renderer, which renders only article pages into the same folder, leaves the copying to the first
  if (!process.env.RENDER_WITHOUT_PASSTHROUGH) eleventyConfig.addPassthroughCopy({ "templates/assets/site.css": "assets/site.css" });
  return {
    dir: { input: "templates", includes: "_includes", data: "_data" },
    templateFormats: ["md", "11ty.ts"],
    markdownTemplateEngine: false,
  };
}
