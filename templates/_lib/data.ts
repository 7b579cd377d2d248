import type { RenderArchive } from "../../src/pipeline/render-plan.ts";

/** The Eleventy global data this site renders from (written by the build, loaded in .eleventy.ts): only the pages to render. */
export type Archive = RenderArchive;

export interface Data {
  archive: Archive;
  page: { url: string };
  content?: string;
  title?: string;
}
