import type { SiteData } from "../../src/site/build-data.ts";
import type { SiteConfig } from "../../src/site/config.ts";
import type { Message } from "../../src/parse/types.ts";

/** The Eleventy global data this site renders from (written by scripts/build.ts, loaded in .eleventy.ts). */
export interface Archive extends SiteData {
  messages: Message[];
  buildId: string;
  site: SiteConfig;
}

export interface Data {
  archive: Archive;
  page: { url: string };
  content?: string;
  title?: string;
}
