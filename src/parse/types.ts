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
}

/** A line of the bulletin after normalisation; `n` is its 1-based line number in the file. */
export interface Line {
  n: number;
  text: string;
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
  | "text";

/** A non-blank line with its kind; `gap` counts the blank lines before it. */
export interface Item {
  line: number;
  text: string;
  gap: number;
  kind: ItemKind;
  /** Markdown heading level (1 for `#`), 0 for plain lines. */
  level: number;
}

export type RecordKind = "article" | "photo" | "brief";

export interface Byline {
  raw: string;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
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
  district: string | null;
  place: string | null;
}

export type DateSource = "manifest" | "dateline" | "inferred";

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
  district: string | null;
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
