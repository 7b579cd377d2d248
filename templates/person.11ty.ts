import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { listPage } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { PersonPage } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.personPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (d: { list: PersonPage }) => `${d.list.url}index.html`,
};

export function render({ list, archive }: Data & { list: PersonPage }): string {
  const roles = list.person ? html`<p class="meta">署名 ${list.person.count} 条:${list.person.roles.map((r) => `${r.role} ${r.count}`).join(" · ")}</p>` : undefined;
  return layout({ title: list.title, description: list.description, url: list.url, siteUrl: archive.site.url, body: listPage(list, roles) });
}
