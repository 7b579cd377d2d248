// Where the site is hosted: SITE_URL (absolute, for canonical URLs, feeds and the sitemap) and PATH_PREFIX (a sub-folder).
export interface SiteConfig {
  name: string;
  /** Absolute URL of the site's root, ending in "/", path prefix included. */
  url: string;
  pathPrefix: string;
}

export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const pathPrefix = `/${(env.PATH_PREFIX ?? "").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const origin = (env.SITE_URL ?? "https://archive.example.org").replace(/\/+$/, "");
  const url = origin.endsWith(pathPrefix.replace(/\/$/, "")) && pathPrefix !== "/" ? `${origin}/` : `${origin}${pathPrefix}`;
  return { name: "城区新闻档案", url, pathPrefix };
}
