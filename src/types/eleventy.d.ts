// The part of Eleventy's programmatic API the build uses (the package ships no types).
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { configPath?: string; quietMode?: boolean; pathPrefix?: string });
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
