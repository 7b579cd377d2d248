export type Severity = "error" | "warning" | "info";

/** One problem found in a bulletin, vfile-message style: where, how bad, what, which rule. */
export interface Message {
  file: string;
  line: number;
  severity: Severity;
  message: string;
  ruleId: string;
}

/** Where a record came from, like markdown-it's token.map (1-based, inclusive). */
export interface Source {
  file: string;
  startLine: number;
  endLine: number;
}

/** What a file cannot say about itself; every field optional (seeds/manifest.json). */
export interface BulletinMeta {
  paper?: string | null;
  city?: string | null;
  date?: string | null;
  page?: string | null;
  /** The archivist's corrections of this bulletin's records (seeds/corrections.json). */
  corrections?: Correction[];
  /** Its lines that a fifth of its paper's pages (three at least) print too (src/recurring-lines.ts): navigation, notices, junk. */
  recurring?: string[];
}

/** Fields an archivist may set on a record (seeds/corrections.json). */
export interface CorrectedFields {
  pretitle?: string | null;
  headline?: string | null;
  subtitle?: string | null;
  kicker?: string | null;
  section?: string | null;
  district?: string | null;
  place?: string | null;
  kind?: RecordKind;
  date?: string | null;
  people?: { name: string; role: Role; title?: string }[];
}

/** One entry of seeds/corrections.json, with where it stands there (for messages). */
export type Correction = { file: string; line: number; note?: string } & (
  | { id: string; set: CorrectedFields; was?: { headline?: string | null } }
  | { merge: string[] }
  | { split: string; at: string; headline?: string }
);

/** A line of the bulletin after normalisation; `n` is its 1-based line number in the file. */
export interface Line {
  n: number;
  text: string;
  /** The line began with spaces (a paragraph's indent, 　　 on many pages). */
  indent?: boolean;
}

export type ItemKind =
  | "furniture" // 扫一扫 关注我们
  | "heading" // # 解放区委农村工作会议召开
  | "section" // 科普角, 区街动态
  | "kicker" // 卫滨区, 焦西街道
  | "title" // a short line without sentence punctuation
  | "lead" // 本报讯(记者张苗) …
  | "byline" // 本报记者 张苗 / 记者 鲁慧 通讯员 吕政澳
  | "photo-credit" // 秦振华 摄
  | "source-credit" // (解放区科协提供)
  | "jump" // (下转第三版), 上接01版
  | "subhead" // 延伸阅读, 一、…: an in-article subhead, never a headline
  | "bullet" // ● 金水区开展消防演练 / 【幸福里社区】居民…: an item of a brief list
  | "text";

/** A non-blank line with its kind; `gap` counts the blank lines before it. */
export interface Item {
  line: number;
  text: string;
  gap: number;
  kind: ItemKind;
  /** Markdown heading level (1 for `#`), 0 for plain lines. */
  level: number;
  /** The page's one `#` heading: its own title (# 今日椒江 over ## headlines), not a story's. */
  pageTitle?: boolean;
  /** The last line, when the item is a paragraph the page wrapped over several lines. */
  end?: number;
  /** A title line labelled as what it is (引题：…, 副标题：… on a scraped page). */
  part?: "pretitle" | "subtitle";
  /** The line began with an indent: where a page marks its paragraphs so, a new paragraph. */
  indent?: boolean;
  /** The page's table of contents lists this line: a story's headline, never a subhead. */
  listed?: boolean;
  /** A field of the story below it (作者: …, 日期: … in a block between two rules over its headline), not of the one above. */
  ahead?: boolean;
  /** An export labels this paragraph a caption (图片说明：…): a caption of the record it stands in. */
  caption?: boolean;
}

export type RecordKind = "article" | "photo" | "brief";

/** 记者 (any reporter of the paper), 通讯员, 摄影 (whoever took a photo), 实习生, 评论员. */
export type Role = "记者" | "通讯员" | "摄影" | "实习生" | "评论员";

/** One person of a byline: {name: "张苗", role: "记者", title: "首席记者"}; title is the role word as printed, without the paper. */
export interface Person {
  name: string;
  role: Role;
  title: string;
}

export interface Byline {
  raw: string;
  people: Person[];
  /** Derived from `people`: 记者 and 评论员. */
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  /** 实习生: an intern is not a reporter. */
  interns: string[];
}

/** A jump line's pages: (下转A03版) → {to: "A03"}; (上接第一版) → {from: "1"}. */
export interface Continued {
  from?: string;
  to?: string;
}

export interface Caption {
  text: string;
  photographers: string[];
  line: number;
}

/** An article as the segment pass finds it, before titles, bylines, paragraphs and places are read. */
export interface Draft {
  kind: RecordKind;
  section: string | null;
  kicker: string | null;
  titles: Item[];
  bylines: string[];
  body: Item[];
  captions: Caption[];
  credits: string[];
  continued: Continued | null;
  /** The date a scraped page prints for this story (发布时间：…). */
  published: string | null;
  startLine: number;
  endLine: number;
}

export interface TitledDraft extends Draft {
  pretitle: string | null;
  headline: string | null;
  subtitle: string | null;
}

export interface BylinedDraft extends TitledDraft {
  byline: Byline;
}

export interface ReadDraft extends BylinedDraft {
  paragraphs: string[];
  /** Indexes into `paragraphs` of in-article subheads (坚持联建共建 打造“新”阵地, 延伸阅读). */
  subheadings: number[];
}

export interface PlacedDraft extends ReadDraft {
  city: string | null;
  /** As printed: a district (管城区), a functional zone (郑东新区, 经开区) or an abolished district (四方区). */
  district: string | null;
  /** The administrative district: equal to `district` when that is one; beside a functional zone, the district it
   * lies in where that is known (西海岸新区 → 黄岛区, 郑东新区 with a street of 金水区 → 金水区); else null. */
  adminDistrict: string | null;
  place: string | null;
}

/** manifest; masthead: the date the page prints in its header; dateline: a story's own; inferred: the month its page's stories share. */
export type DateSource = "manifest" | "masthead" | "dateline" | "inferred";

export interface DatedDraft extends PlacedDraft {
  date: string | null;
  dateSource: DateSource | null;
}

/** One article, photo or brief of the archive: the contract of `_site/api/articles.json`. */
export interface ArticleRecord {
  id: string;
  url: string;
  source: Source;
  paper: string | null;
  page: string | null;
  city: string | null;
  /** As printed: a district (管城区), a functional zone (郑东新区, 经开区) or an abolished district (四方区). */
  district: string | null;
  /** The administrative district: `district` itself when that is one; for a functional zone, the district it lies in where known, else null. */
  adminDistrict: string | null;
  place: string | null;
  /** The kicker line above the headline, as printed: 卫滨区, 红旗区西街街道双石桥社区. */
  kicker: string | null;
  section: string | null;
  pretitle: string | null;
  headline: string | null;
  subtitle: string | null;
  byline: Byline;
  kind: RecordKind;
  date: string | null;
  dateSource: DateSource | null;
  paragraphs: string[];
  subheadings: number[];
  captions: Caption[];
  credits: string[];
  continued: Continued | null;
  /** What the archivist corrected (seeds/corrections.json): the notes, and what the parser had read of each field changed. */
  corrected: { notes: string[]; parsed: Record<string, unknown> } | null;
  keywords: string[];
}

export interface ParseResult {
  records: ArticleRecord[];
  messages: Message[];
  /** Lines dropped as page furniture, so a reviewer (and the conservation test) can see them. */
  furniture: number[];
  /** The normalised lines, for the bulletin's "view source" page (index k is line k + 1). */
  lines: string[];
}
