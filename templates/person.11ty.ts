import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { crumbs, recordList } from "./_lib/lists.ts";
import type { Data } from "./_lib/data.ts";
import type { Person } from "../src/site/build-data.ts";

export const data = {
  pagination: { data: "archive.personPages", size: 1, alias: "person", addAllPagesToCollections: false },
  permalink: (d: { person: Person }) => `${d.person.url}index.html`,
};

export function render({ person, archive }: Data & { person: Person }): string {
  const body = html`${crumbs([["首页", "/"], ["按记者", "/people/"]])}<h1>${person.name}</h1>
<p class="meta">署名 ${person.count} 条:${person.roles.map((r) => `${r.role} ${r.records.length}`).join(" · ")}</p>
${person.roles.map((r) => html`<section><h2>作为${r.role}</h2>${recordList(r.records)}</section>`)}`;
  return layout({ title: `${person.name}(${person.roles.map((r) => r.role).join("、")})`, description: `${person.name}署名的 ${person.count} 条记录`, url: person.url, siteUrl: archive.site.url, body });
}
