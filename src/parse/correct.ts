// {id: "000-…-l3", set: {headline: "…"}} · {merge: [id, id]} · {split: id, at: "下一步,…"} → records as the archivist corrected them, what the parser read kept beside.
import type { Context } from "./context.ts";
import type { ArticleRecord, Correction, CorrectedFields } from "./types.ts";
import { parseByline } from "./parse-byline.ts";

type Field = keyof CorrectedFields;

function note(r: ArticleRecord, c: Correction, parsed: Record<string, unknown>) {
  r.corrected ??= { notes: [], parsed: {} };
  if (c.note) r.corrected.notes.push(c.note);
  for (const [k, v] of Object.entries(parsed)) if (!(k in r.corrected.parsed)) r.corrected.parsed[k] = v;
}

function setFields(r: ArticleRecord, set: CorrectedFields): Record<string, unknown> {
  const parsed: Record<string, unknown> = {};
  for (const field of Object.keys(set) as Field[]) {
    if (field === "people") {
      parsed.people = r.byline.people;
      const byline = parseByline([]);
      byline.raw = r.byline.raw;
      const read = { ...byline, people: set.people!.map((p) => ({ name: p.name, role: p.role, title: p.title ?? p.role })) };
      for (const p of read.people) {
        const list = p.role === "记者" || p.role === "评论员" ? read.reporters : p.role === "通讯员" ? read.correspondents : p.role === "摄影" ? read.photographers : read.interns;
        if (!list.includes(p.name)) list.push(p.name);
      }
      r.byline = read;
      continue;
    }
    parsed[field] = r[field];
    (r as unknown as Record<string, unknown>)[field] = set[field];
  }
  if ("date" in set) {
    parsed.dateSource = r.dateSource;
    r.dateSource = set.date ? "manifest" : null;
  }
  return parsed;
}

export function correct(records: ArticleRecord[], corrections: Correction[], ctx: Context): ArticleRecord[] {
  let out = records;
  const find = (id: string, c: Correction) => {
    const k = out.findIndex((r) => r.id === id);
    if (k < 0) ctx.report("correct/stale", "warning", c.line, `correction names record ${id}, which ${ctx.file} no longer has (the bulletin changed?): find the record's new id with npm run check and update the entry`, c.file);
    return k;
  };
  for (const c of corrections) {
    if ("set" in c) {
      const k = find(c.id, c);
      if (k < 0) continue;
      const r = out[k]!;
      if (c.was && "headline" in c.was && c.was.headline !== r.headline) {
        ctx.report("correct/stale", "warning", c.line, `correction of ${c.id} expected the headline “${c.was.headline}”, the parser now reads “${r.headline}”: check the correction still fits, then update “was”`, c.file);
        continue;
      }
      note(r, c, setFields(r, c.set));
      ctx.report("correct/applied", "info", c.line, `corrected ${c.id}: ${Object.keys(c.set).join(", ")}`, c.file);
    } else if ("merge" in c) {
      const ks = c.merge.map((id) => find(id, c));
      if (ks.some((k) => k < 0)) continue;
      if (ks.some((k, j) => j > 0 && k !== ks[j - 1]! + 1)) {
        ctx.report("correct/merge-order", "warning", c.line, `records ${c.merge.join(", ")} are not next to each other in ${ctx.file}; merge lists neighbours, in page order`, c.file);
        continue;
      }
      const [first, ...rest] = ks.map((k) => out[k]!);
      const parsed = { paragraphs: [...first!.paragraphs], endLine: first!.source.endLine, merged: rest.map((r) => r.id) };
      for (const r of rest) {
        first!.paragraphs.push(...[r.pretitle, r.headline, r.subtitle].filter((t): t is string => !!t), ...r.paragraphs);
        first!.captions.push(...r.captions);
        first!.credits.push(...r.credits);
        first!.source = { ...first!.source, endLine: Math.max(first!.source.endLine, r.source.endLine) };
      }
      note(first!, c, parsed);
      out = out.filter((r) => !rest.includes(r));
      ctx.report("correct/applied", "info", c.line, `merged ${c.merge.slice(1).join(", ")} into ${c.merge[0]}`, c.file);
    } else {
      const k = find(c.split, c);
      if (k < 0) continue;
      const r = out[k]!;
      const at = r.paragraphs.findIndex((p, j) => j > 0 && p.startsWith(c.at));
      if (at < 0) {
        ctx.report("correct/stale", "warning", c.line, `record ${c.split} has no paragraph (after its first) that starts with “${c.at}”: copy the first words of the paragraph where the new record starts`, c.file);
        continue;
      }
      const tail: ArticleRecord = {
        ...r,
        id: `${r.id}-p${at}`,
        url: r.url.replace(/\/$/, `-p${at}/`),
        source: { ...r.source },
        pretitle: null,
        headline: c.headline ?? null,
        subtitle: null,
        paragraphs: r.paragraphs.slice(at),
        subheadings: r.subheadings.filter((s) => s >= at).map((s) => s - at),
        captions: [],
        credits: [],
        corrected: null,
      };
      note(tail, c, { splitFrom: r.id });
      note(r, c, { paragraphs: [...r.paragraphs] });
      r.paragraphs = r.paragraphs.slice(0, at);
      r.subheadings = r.subheadings.filter((s) => s < at);
      out = [...out.slice(0, k + 1), tail, ...out.slice(k + 1)];
      ctx.report("correct/applied", "info", c.line, `split ${c.split} at “${c.at}” into ${tail.id}`, c.file);
    }
  }
  return out;
}
