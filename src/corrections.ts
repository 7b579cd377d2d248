// seeds/corrections.json → each bulletin's corrections, checked with zod: the archivist's fixes of what the parser misread,
// by record id, without editing the bulletin. The parser's last pass (src/parse/correct.ts) applies them.
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";
import { slug } from "./slug.ts";
import type { BulletinMeta, Correction, Message } from "./parse/types.ts";

const text = z.string().min(1).nullable();
const Person = z.object({ name: z.string().min(1), role: z.enum(["记者", "通讯员", "摄影", "实习生", "评论员"]), title: z.string().optional() }).strict();
const Fields = z
  .object({
    pretitle: text,
    headline: text,
    subtitle: text,
    kicker: text,
    section: text,
    district: text,
    place: text,
    kind: z.enum(["article", "photo", "brief"]),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "date must be YYYY-MM-DD or YYYY-MM").nullable(),
    people: z.array(Person),
  })
  .partial()
  .strict();
const note = z.string().optional();
const Entry = z.union([
  z.object({ id: z.string().min(1), set: Fields, was: z.object({ headline: text }).partial().strict().optional(), note }).strict(),
  z.object({ merge: z.array(z.string().min(1)).min(2), note }).strict(),
  z.object({ split: z.string().min(1), at: z.string().min(2), headline: z.string().min(1).optional(), note }).strict(),
]);
const File = z.object({ $comment: z.string().optional(), corrections: z.array(Entry) }).strict();

/** The record id's bulletin part: 000-0044bc9d4e773b1a-l3 → 000-0044bc9d4e773b1a. */
const stemOf = (id: string) => id.replace(/-l\d+(?:-p\d+)?$/, "");

/** Reads `path` and adds each bulletin's corrections to its entry of `meta` (so they name its cache entry too). */
export function attachCorrections(path: string, names: string[], meta: Map<string, BulletinMeta>): Message[] {
  if (!existsSync(path)) return [];
  const source = readFileSync(path, "utf8");
  const at = (needle: string) => {
    const k = source.indexOf(JSON.stringify(needle));
    return k < 0 ? 1 : source.slice(0, k).split("\n").length;
  };
  const fail = (message: string, line = 1, ruleId = "corrections/schema"): Message[] => [{ file: path, line, severity: "error", message, ruleId }];
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return fail(`not valid JSON: ${(e as Error).message}`, 1, "corrections/json");
  }
  const parsed = File.safeParse(json);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ file: path, line: 1, severity: "error" as const, message: `${i.path.join(".")}: ${i.message}`, ruleId: "corrections/schema" }));
  }
  const byStem = new Map(names.map((name) => [slug(basename(name).replace(/\.[^.]+$/, "")), name]));
  const messages: Message[] = [];
  for (const entry of parsed.data.corrections) {
    const id = "id" in entry ? entry.id : "merge" in entry ? entry.merge[0]! : entry.split;
    const line = at(id);
    const name = byStem.get(stemOf(id));
    if (!name) {
      messages.push({ file: path, line, severity: "warning", message: `correction names ${id}, but no bulletin in the folder has records named ${stemOf(id)}-…: check the id against npm run check`, ruleId: "corrections/unknown-bulletin" });
      continue;
    }
    const correction = { ...entry, file: path, line } as Correction;
    const m = meta.get(name) ?? {};
    meta.set(name, { ...m, corrections: [...(m.corrections ?? []), correction] });
  }
  return messages;
}
