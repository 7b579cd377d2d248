// Scores the parser against a careful reader's reading of each corpus page (corpus/README.md): headlines, title parts,
// kinds, districts, byline people and roles, body boundaries, records matching nothing, furniture, text kept.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBulletin } from "../parse/index.ts";
import { normalize } from "../parse/normalize.ts";
import { createContext } from "../parse/context.ts";
import { JUMP } from "../parse/classify.ts";
import { districtNamed } from "../parse/gazetteer.ts";
import aliasData from "../data/district-aliases.json" with { type: "json" };
import type { ArticleRecord, BulletinMeta, ParseResult, RecordKind, Role } from "../parse/types.ts";

export interface ReadingRecord {
  kind: RecordKind;
  section?: string | null;
  kicker?: string | null;
  pretitle?: string | null;
  headline?: string | null;
  subtitle?: string | null;
  district?: string | null;
  place?: string | null;
  people?: { name: string; role: Role; title?: string | null }[];
  bodyStart?: string | null;
  bodyEnd?: string | null;
  captions?: string[];
  continued?: { from?: string; to?: string } | null;
  date?: string | null;
}

export interface Reading {
  paper?: string;
  province?: string;
  year?: number;
  manifest?: BulletinMeta;
  phenomena?: string[];
  furniture?: string[];
  records: ReadingRecord[];
}

/** One measure: how many of how many. */
export interface Tally {
  got: number;
  of: number;
}

export const MEASURES = {
  headlines: 15,
  titleParts: 10,
  kinds: 5,
  districts: 15,
  people: 15,
  body: 20,
  records: 10,
  furniture: 5,
  textKept: 5,
  dates: 5,
} as const;
export type Measure = keyof typeof MEASURES;

export interface PageScore {
  page: string;
  tallies: Record<Measure, Tally>;
  /** Parser records holding the start or end of another story's body. */
  neighbours: number;
  misses: string[];
  score: number;
}

/** 来源：昆钢日报 … 发布时间：2016-08-09 18:30, 字数：612: a scraped story's fields beside its byline, which no reader keeps as
 * text (the byline on their line is kept, and judged by the people measure) */
const FIELD_LABELS = "来源|稿源|发布时间|发表时间|更新时间|字数|点击数|点击|浏览次数|浏览|阅读数";
const STORY_FIELDS = new RegExp(`^(?:(?:${FIELD_LABELS})[:：].*?(?=(?:${FIELD_LABELS})[:：]|$))+$`);

/** Compares as a reader would: width of punctuation, spaces, dashes and brackets around a title do not matter. */
export const norm = (s: string | null | undefined): string =>
  (s ?? "")
    .normalize("NFKC")
    .replace(/。/g, ".")
    .replace(/\s/g, "")
    .replace(/^[#]+/, "")
    .replace(/^[—–\-]+|[—–\-]+$/g, "")
    .replace(/^[【\[]|[】\]]$/g, "")
    .replace(/[|▲■□●◆]/g, "");

/** A record's text; a photo's, where all of it is captions, is its captions (readings give a photo's caption as its body) */
const bodyOf = (r: ArticleRecord) => norm((r.kind === "photo" && r.paragraphs.length === 0 ? r.captions.map((c) => c.text) : r.paragraphs).join(""));
/** A caption without its photo's number or place (图①:, ②, 上图:), which readers keep or drop as they please. */
const captionKey = (s: string) => norm(s).replace(/^(?:图[①-⑩\d一二三四五六七八九十]{1,2}[:：]?|[①-⑩]|[上下左右中]图[:：])/, "");
const captionsOf = (r: ArticleRecord) => [...r.captions.map((c) => captionKey(c.text)), ...(r.kind === "photo" ? r.paragraphs.map(captionKey) : [])];
const titleOf = (r: { pretitle?: string | null; headline?: string | null; subtitle?: string | null }) => [norm(r.pretitle), norm(r.headline), norm(r.subtitle)];

function affinity(want: ReadingRecord, got: ArticleRecord): number {
  let score = 0;
  if (want.headline && norm(want.headline) === norm(got.headline)) score += 4;
  else if (want.headline && got.headline && (norm(got.headline).includes(norm(want.headline)) || norm(want.headline).includes(norm(got.headline)))) score += 2;
  const body = bodyOf(got);
  if (want.bodyStart && body.startsWith(norm(want.bodyStart))) score += 3;
  else if (want.bodyStart && body.includes(norm(want.bodyStart))) score += 1;
  if (want.bodyEnd && body.includes(norm(want.bodyEnd))) score += 1;
  for (const c of want.captions ?? []) if (captionsOf(got).some((t) => t.startsWith(captionKey(c)))) score += 2;
  return score;
}

const tally = (): Tally => ({ got: 0, of: 0 });
const count = (t: Tally, ok: boolean) => {
  t.of++;
  if (ok) t.got++;
};

const GENERIC_SPELLINGS = Object.entries(aliasData.generic as Record<string, string>).sort((a, b) => b[0].length - a[0].length);

/** District names compare without the city (济南市市中区 = 市中区), with a zone's short and long names, and as the same
 * district under its official and everyday names (管城回族区 = 管城区). */
function sameDistrict(want: string, got: ArticleRecord): boolean {
  const names = [got.district, got.adminDistrict].filter((n): n is string => !!n);
  // (德阳经开区 = 德阳经济技术开发区: a zone's generic spellings, longest first, as their short form)
  const fold = (n: string) => GENERIC_SPELLINGS.reduce((t, [long, short]) => t.replace(long, short), norm(n));
  const w = fold(want);
  if (names.map(fold).some((n) => n === w || w.endsWith(n) || n.endsWith(w))) return true;
  const wanted = districtNamed(want, got.city);
  // (浐灞 and 浐灞生态区: a zone with no code of its own, by its spellings)
  if (wanted?.kind === "zone" && !wanted.code) return names.some((n) => { const g = districtNamed(n, got.city); return g?.kind === "zone" && g.city === wanted.city && g.name === wanted.name; });
  const code = wanted?.code;
  return !!code && names.some((n) => districtNamed(n, got.city)?.code === code);
}

export function scorePage(page: string, text: Uint8Array, reading: Reading): PageScore & { result: ParseResult } {
  const result = parseBulletin(page, text, reading.manifest ?? {});
  const got = result.records;
  const tallies = Object.fromEntries(Object.keys(MEASURES).map((k) => [k, tally()])) as Record<Measure, Tally>;
  const misses: string[] = [];
  const used = new Map<ArticleRecord, ReadingRecord>();
  const matchOf = new Map<ReadingRecord, ArticleRecord>();
  // best pairs first, so a record is not taken by a weaker claim
  const pairs: [number, ReadingRecord, ArticleRecord][] = [];
  for (const want of reading.records) for (const g of got) {
    const a = affinity(want, g);
    if (a > 0) pairs.push([a, want, g]);
  }
  pairs.sort((x, y) => y[0] - x[0]);
  for (const [, want, g] of pairs) {
    if (used.has(g) || matchOf.has(want)) continue;
    used.set(g, want);
    matchOf.set(want, g);
  }

  for (const want of reading.records) {
    const g = matchOf.get(want);
    const label = want.headline ?? want.bodyStart ?? want.captions?.[0] ?? "?";
    count(tallies.records, !!g);
    if (!g) misses.push(`missed: ${label}`);
    if (want.headline) {
      count(tallies.headlines, !!g && norm(g.headline) === norm(want.headline));
      if (g && norm(g.headline) !== norm(want.headline)) misses.push(`headline: “${want.headline}” read as “${g.headline}”`);
      const ok = !!g && titleOf(g).join("|") === titleOf(want).join("|");
      count(tallies.titleParts, ok);
      if (g && !ok && norm(g.headline) === norm(want.headline)) misses.push(`title parts of “${want.headline}”: ${JSON.stringify([g.pretitle, g.subtitle])}`);
    }
    count(tallies.kinds, !!g && g.kind === want.kind);
    if (g && g.kind !== want.kind) misses.push(`kind of “${label}”: ${g.kind}, not ${want.kind}`);
    if (want.district) {
      const ok = !!g && sameDistrict(want.district, g);
      count(tallies.districts, ok);
      if (g && !ok) misses.push(`district of “${label}”: ${g.district}, not ${want.district}`);
    }
    const wantPeople = new Set((want.people ?? []).map((p) => `${p.name}/${p.role}`));
    const gotPeople = new Set((g?.byline.people ?? []).map((p) => `${p.name}/${p.role}`));
    const union = new Set([...wantPeople, ...gotPeople]);
    tallies.people.of += union.size;
    tallies.people.got += [...wantPeople].filter((p) => gotPeople.has(p)).length;
    if (g && union.size && [...union].some((p) => !wantPeople.has(p) || !gotPeople.has(p))) {
      misses.push(`people of “${label}”: ${[...gotPeople].join(" ") || "none"}, not ${[...wantPeople].join(" ") || "none"}`);
    }
    if (want.date) {
      const ok = !!g && g.date === want.date;
      count(tallies.dates, ok);
      if (g && !ok) misses.push(`date of “${label}”: ${g.date}, not ${want.date}`);
    }
    const body = g ? bodyOf(g) : "";
    if (want.bodyStart) {
      // (a subhead opening the body, ### 周末有人陪 under the byline, may be read as the body's start or not)
      const lead = g ? g.subheadings.filter((k, n) => k === n).length : 0;
      const ok = body.startsWith(norm(want.bodyStart)) || (lead > 0 && norm(g!.paragraphs.slice(lead).join("")).startsWith(norm(want.bodyStart)));
      count(tallies.body, ok);
      if (g && !ok) misses.push(`body start of “${label}”: “${body.slice(0, 12)}”, not “${want.bodyStart}”`);
    }
    if (want.bodyEnd) {
      const ok = body.endsWith(norm(want.bodyEnd));
      count(tallies.body, ok);
      if (g && !ok) misses.push(`body end of “${label}”: “${body.slice(-12)}”, not “${want.bodyEnd}”`);
    }
    for (const c of want.captions ?? []) {
      const ok = !!g && captionsOf(g).some((t) => t.startsWith(captionKey(c)));
      count(tallies.body, ok);
      if (g && !ok) misses.push(`caption “${c}” not in “${label}”`);
    }
  }
  for (const g of got) {
    if (used.has(g)) continue;
    tallies.records.of++;
    misses.push(`extra record L${g.source.startLine}: [${g.kind}] ${g.headline ?? g.paragraphs[0]?.slice(0, 16) ?? ""}`);
  }
  // a record that holds the start or end of another story's body took a neighbour's text (a snippet printed twice on
  // the page, two photos opening 11月19日上午，白下区, names no one story)
  const pageText = norm(new TextDecoder().decode(text));
  const once = (s: string) => pageText.indexOf(s) === pageText.lastIndexOf(s);
  let neighbours = 0;
  for (const g of got) {
    const body = bodyOf(g);
    const own = used.get(g);
    const holds = reading.records.some((r) => r !== own && [r.bodyStart, r.bodyEnd].some((s) => s && norm(s).length >= 6 && body.includes(norm(s)) && once(norm(s))));
    if (holds) {
      neighbours++;
      misses.push(`record L${g.source.startLine} “${g.headline ?? body.slice(0, 12)}” holds a neighbour's text`);
    }
  }

  // furniture: the lines the reader drops against the lines the parser dropped; every other line must be kept
  const decoded = new TextDecoder().decode(text);
  const lines = normalize(decoded, createContext(page));
  const printed = decoded.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const wanted = new Set((reading.furniture ?? []).map(norm));
  // the reader quotes a line as printed, the parser may have taken a markdown mark or a ~~~ off it
  const furnitureWanted = { has: (t: string, n?: number) => wanted.has(t) || (n !== undefined && wanted.has(norm(printed[n - 1]!.trim()))) };
  const dropped = new Set(result.furniture);
  // a line the reader drops that is also a title (the e-paper's title bar, the headline over the story) is judged by the headline measure
  const titled = new Set(reading.records.flatMap((r) => [r.headline, r.pretitle, r.subtitle, r.kicker].filter((t): t is string => !!t).map(norm)));
  const sectionSet = new Set(got.map((r) => norm(r.section)).filter(Boolean));
  // (an export's column field, 栏目：城区新闻 or [栏目] 社区动态, kept as the record's column)
  const sections = { has: (t: string) => sectionSet.has(t) || sectionSet.has(plain(t)) };
  // text kept is judged on the text as printed, brackets and all; jump marks live in `continued`; a field's label
  // (标题：, 【引题】, 【作者】) is no text
  const plain = (s: string) => s.normalize("NFKC").replace(/[(（](?:上接|下转|接上|转下|转至|紧接|接第|转第)[^)）]{1,10}[)）]/g, "").replace(/\s|[|▲△■□●◆★☆◇◎]/g, "").replace(/^#+/, "").replace(/^(?:[(（](?:图片?|照片)[)）]|[\[【](?:图片?|照片)[\]】])/, "").replace(/(?:\[(?:详细|全文|更多|详情|阅读全文)\]|>>(?:详细|全文|更多))$/, "").replace(/^(?:(?:标题|主标题|正题|篇名|题名|副篇名|主题|题目|引题|肩题|眉题|副标题|副题|图片说明|图说|图注|照片说明|正文|全文|栏目|栏目名称|专栏)[:：=]|[【\[〔](?:标题|主标题|正题|篇名|副篇名|主题|题目|引题|肩题|眉题|副标题|副题|作者|署名|图片说明|图说|图注|照片说明|摄影|栏目|专栏|正文|全文)[】\]〕]=?)/, "");
  const fields = got.flatMap((r) =>
    [r.kicker, r.section, r.pretitle, r.headline, r.subtitle, ...r.byline.raw.split(" / "), ...r.paragraphs, ...r.captions.map((c) => c.text), ...r.credits].filter((f): f is string => !!f).map(plain),
  );
  const titleFields = got.flatMap((r) => [r.kicker, r.pretitle, r.headline, r.subtitle].filter((f): f is string => !!f).map(plain));
  for (const line of lines) {
    const t = norm(line.text.replace(/^#+/, ""));
    if (!t || JUMP.test(line.text)) continue;
    if (furnitureWanted.has(t, line.n) && titled.has(t)) continue;
    // (★靖港古镇… in the page's list of its stories and again over the story: the line over the story, kept as its
    // headline, is the headline the reader reads there, not the list's line)
    if (furnitureWanted.has(t, line.n) && !dropped.has(line.n) && titled.has(norm(plain(line.text))) && got.some((r) => r.source.startLine <= line.n && line.n <= r.source.endLine && titleOf(r).includes(norm(plain(line.text))))) continue;
    if (furnitureWanted.has(t, line.n)) {
      // a label the reader drops as the page's banner and the parser keeps as a column label is no body text either way
      count(tallies.furniture, dropped.has(line.n) || sections.has(t));
      if (sections.has(t)) continue;
      if (!dropped.has(line.n)) misses.push(`furniture kept: L${line.n} “${line.text.slice(0, 30)}”`);
      continue;
    }
    // (a line of OCR's specks, ~ ˙ ┅ .. ·, holds no text to drop)
    if (dropped.has(line.n) && !/[\u4e00-\u9fa5A-Za-z0-9]/.test(line.text)) continue;
    // (a title printed twice, once in one line and once in its parts, kept once: a part dropped is held in that line)
    if (dropped.has(line.n) && titleFields.some((f) => f.includes(plain(line.text)))) continue;
    // (an export's column field under a title, dropped from the text and kept as the story's column)
    if (dropped.has(line.n) && (sections.has(t) || sectionSet.has(norm(plain(line.text))))) continue;
    if (dropped.has(line.n)) {
      count(tallies.furniture, false);
      count(tallies.textKept, false);
      misses.push(`text dropped as furniture: L${line.n} “${line.text.slice(0, 30)}”`);
      continue;
    }
    const p = plain(line.text).replace(/^[—–\-]+|[—–\-]+$/g, "");
    // a line split among fields (【北窑街道】 kicker, body, (…提供) credit): what is left once every field in it is taken out
    const rest = fields.filter((f) => f.length >= 2 && p.includes(f)).sort((a, b) => b.length - a.length).reduce((left, f) => left.replace(f, ""), p);
    const kept = !p || !/[\u4e00-\u9fa5]/.test(rest.replace(STORY_FIELDS, "")) || fields.some((f) => f.includes(p)) || Array.from({ length: p.length - 1 }, (_, k) => k + 1).some((k) => fields.some((f) => f.endsWith(p.slice(0, k))) && fields.some((f) => f.startsWith(p.slice(k))));
    count(tallies.textKept, kept || t.length < 2);
    if (!kept && t.length >= 2) misses.push(`text lost: L${line.n} “${line.text.slice(0, 30)}”`);
  }
  return { page, tallies, neighbours, misses, score: weigh([tallies]), result };
}

/** The weighted score out of 100 of one page or of the corpus (measures summed over pages, then weighed). */
export function weigh(all: Record<Measure, Tally>[]): number {
  let total = 0;
  let weights = 0;
  for (const m of Object.keys(MEASURES) as Measure[]) {
    const got = all.reduce((s, t) => s + t[m].got, 0);
    const of = all.reduce((s, t) => s + t[m].of, 0);
    if (of === 0) continue;
    total += MEASURES[m] * (got / of);
    weights += MEASURES[m];
  }
  return weights ? (100 * total) / weights : 100;
}

export interface CorpusScore {
  pages: PageScore[];
  score: number;
  totals: Record<Measure, Tally>;
  neighbours: number;
}

/** The same pages laid out as other OCR tools and scrapers lay them out: the parser should read them as well. */
export const LAYOUTS: Record<string, (text: string) => string> = {
  "no blank lines": (t) => t.split("\n").filter((l) => l.trim() !== "").join("\n"),
  "blank lines doubled": (t) => t.replace(/\n/g, "\n\n"),
  "columns' line breaks kept (22 characters)": (t) => t.split("\n").map((l) => (l.length > 24 && !l.startsWith("#") ? l.match(/.{1,22}/g)!.join("\n") : l)).join("\n"),
  "CRLF": (t) => t.replace(/\n/g, "\r\n"),
  "punctuation full-width": (t) => t.replace(/[(),:;!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
};

export function scoreCorpus(dir = "corpus/pages", layout: (text: string) => string = (t) => t): CorpusScore {
  const pages: PageScore[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const readingPath = join(dir, name.replace(/\.txt$/, ".reading.json"));
    const reading = JSON.parse(readFileSync(readingPath, "utf8")) as Reading;
    const text = new TextEncoder().encode(layout(readFileSync(join(dir, name), "utf8")));
    const { result: _, ...page } = scorePage(join(dir, name), text, reading);
    pages.push(page);
  }
  const totals = Object.fromEntries(
    (Object.keys(MEASURES) as Measure[]).map((m) => [m, { got: pages.reduce((s, p) => s + p.tallies[m].got, 0), of: pages.reduce((s, p) => s + p.tallies[m].of, 0) }]),
  ) as Record<Measure, Tally>;
  return { pages, score: weigh(pages.map((p) => p.tallies)), totals, neighbours: pages.reduce((s, p) => s + p.neighbours, 0) };
}
