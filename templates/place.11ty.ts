import { layout } from "./_lib/layout.ts";
import { listPage } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { ListPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.placePages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: ListPage }) => `${d.list.url}index.html`,
};

export function render({ list, archive }: Data & { list: ListPage }): string {
  return layout({ title: list.title, description: list.description, url: list.url, siteUrl: archive.site.url, body: listPage(list) });
}
