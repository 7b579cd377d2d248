// The two helpers the feeds use from @11ty/eleventy-plugin-rss (the package ships no types).
declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
}
