// A parsed record for the views' tests: record(3) is a 卫滨区 article of seeds/a.txt on line 3, dated 2024-04-07.
import type { ArticleRecord, Byline } from "../../parse/types.ts";

export const record = (n: number, over: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: `a-l${n}`, url: `/articles/a-l${n}/`, source: { file: "seeds/a.txt", startLine: n, endLine: n }, paper: null, page: null,
  city: "新乡", district: "卫滨区", adminDistrict: "卫滨区", place: null, kicker: null, section: null, pretitle: null, headline: `标题${n}`, subtitle: null,
  byline: byline({}), continued: null, corrected: null, kind: "article", date: "2024-04-07", dateSource: "dateline",
  paragraphs: ["正文。"], subheadings: [], captions: [], credits: [], keywords: [], ...over,
});

export const byline = (roles: Partial<Pick<Byline, "reporters" | "correspondents" | "photographers" | "interns">>): Byline => ({
  raw: "", people: [], reporters: [], correspondents: [], photographers: [], interns: [], ...roles,
});
