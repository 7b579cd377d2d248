// The parser: bytes of one bulletin → {records, messages}, through an ordered list of small named passes.
import { basename } from "node:path";
import { createContext } from "./context.ts";
import { decode } from "./decode.ts";
import { normalize } from "./normalize.ts";
import { classify } from "./classify.ts";
import { segment } from "./segment.ts";
import { photos } from "./photos.ts";
import { titles } from "./titles.ts";
import { byline } from "./byline.ts";
import { paragraphs } from "./paragraphs.ts";
import { place } from "./place.ts";
import { date } from "./date.ts";
import { masthead } from "./masthead.ts";
import { correct } from "./correct.ts";
import { slug } from "../slug.ts";
import type { ArticleRecord, BulletinMeta, DatedDraft, ParseResult } from "./types.ts";

export const PASSES = ["decode", "normalize", "classify", "masthead", "segment", "photos", "titles", "byline", "paragraphs", "place", "date", "correct"] as const;

/** `file` is the path under the repository (seeds/000_….txt); it names the records and every message. */
export function parseBulletin(file: string, bytes: Uint8Array, meta: BulletinMeta = {}): ParseResult {
  const ctx = createContext(file);
  const text = decode(bytes, ctx);
  if (text === null) return { records: [], messages: ctx.messages, furniture: [], lines: [] };
  const lines = normalize(text, ctx);
  const items = classify(lines, ctx, new Set(meta.recurring), meta.paper ?? null);
  // what the manifest says wins; the page's own header fills what it leaves out
  const page = masthead(items, ctx);
  const known: BulletinMeta = { paper: meta.paper ?? page.paper ?? null, city: meta.city ?? null, date: meta.date ?? page.date ?? null, page: meta.page ?? page.page ?? null };
  const dateFrom = meta.date ? "manifest" : page.date ? "masthead" : null;
  const drafts = date({ drafts: place({ drafts: paragraphs(byline(titles(photos(segment(items, ctx), ctx), ctx), ctx), ctx), meta: known, lines: lines.map((l) => l.text) }, ctx), meta: known, dateFrom }, ctx);
  if (drafts.length === 0) {
    ctx.report("parse/no-text", "error", 1, "file has no text outside page furniture");
  } else if (!drafts.some((d) => d.headline)) {
    ctx.report("parse/no-article", "warning", 1, "no article found: the text is published as untitled records");
  }
  const stem = slug(basename(file).replace(/\.[^.]+$/, ""));
  const read = drafts.map((d) => toRecord(d, file, stem, known));
  const ids = new Set(read.map((r) => r.id));
  if (ids.size !== read.length) throw new Error(`parser bug: two records of ${file} start on the same line; check segment.ts`);
  const records = meta.corrections?.length ? correct(read, meta.corrections, ctx) : read;
  // a line is dropped only when all of it is furniture (作者：X 发布时间：Y keeps its byline)
  const kept = new Set(items.filter((i) => i.kind !== "furniture").map((i) => i.line));
  // every line a furniture item spans (two lines a page's columns joined are one item)
  const furniture = items.filter((i) => i.kind === "furniture" && !kept.has(i.line)).flatMap((i) => Array.from({ length: (i.end ?? i.line) - i.line + 1 }, (_, k) => i.line + k));
  return { records, messages: ctx.messages, furniture, lines: lines.map((l) => l.text) };
}

function toRecord(d: DatedDraft, file: string, stem: string, meta: BulletinMeta): ArticleRecord {
  const id = `${stem}-l${d.startLine}`;
  return {
    id,
    url: `/articles/${id}/`,
    source: { file, startLine: d.startLine, endLine: d.endLine },
    paper: meta.paper ?? null,
    page: meta.page ?? null,
    city: d.city,
    district: d.district,
    adminDistrict: d.adminDistrict,
    place: d.place,
    kicker: d.kicker,
    section: d.section,
    pretitle: d.pretitle,
    headline: d.headline,
    subtitle: d.subtitle,
    byline: d.byline,
    kind: d.kind,
    date: d.date,
    dateSource: d.dateSource,
    paragraphs: d.paragraphs,
    subheadings: d.subheadings,
    captions: d.captions,
    credits: d.credits,
    continued: d.continued,
    corrected: null,
    keywords: [],
  };
}
