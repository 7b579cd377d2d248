// A parsed record's own fields, copied field by field: the contract of api/articles.json (src/pipeline/articles-json.ts names
// this file in its chunks' key) and the base of every site record (views/articles.ts).
import type { ArticleRecord } from "../parse/types.ts";

/** A record's parsed fields, field by field (an object spread of a parsed record was most of the time the site data of
 * 100k records took, in the plan stage of `npm run bench`): the contract of api/articles.json, so a field added to
 * ArticleRecord and not here fails to compile. */
export function articleFields(r: ArticleRecord): ArticleRecord {
  return {
    id: r.id,
    url: r.url,
    source: r.source,
    paper: r.paper,
    page: r.page,
    city: r.city,
    district: r.district,
    adminDistrict: r.adminDistrict,
    place: r.place,
    kicker: r.kicker,
    section: r.section,
    pretitle: r.pretitle,
    headline: r.headline,
    subtitle: r.subtitle,
    byline: r.byline,
    kind: r.kind,
    date: r.date,
    dateSource: r.dateSource,
    paragraphs: r.paragraphs,
    subheadings: r.subheadings,
    captions: r.captions,
    credits: r.credits,
    continued: r.continued,
    corrected: r.corrected,
    keywords: r.keywords,
  };
}
