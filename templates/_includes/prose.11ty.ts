// Layout of the Markdown prose pages (about, search help, adding bulletins); markdown-it renders them with html: false.
import { raw } from "../_lib/html.ts";
import { layout } from "../_lib/layout.ts";
import type { Data } from "../_lib/data.ts";

export function render(d: Data): string {
  return layout({ title: d.title ?? "", url: d.page.url, siteUrl: d.archive.site.url, body: raw(`<article class="prose">${d.content ?? ""}</article>`) });
}
