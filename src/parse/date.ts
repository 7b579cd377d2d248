// "本报讯 4月7日,卫滨区…" + "2024年4月是全国第36个爱国卫生月" elsewhere in the bulletin → 2024-04-07; a manifest date
// wins, but for a lead that dates its event with the year within the month before the issue.
import type { Context } from "./context.ts";
import type { BulletinMeta, DatedDraft, PlacedDraft } from "./types.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const FULL_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const DATELINE = /(?<![\d年])(\d{1,2})月(\d{1,2})日/;

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The dateline's place: 本报9月3日讯's (本报2006年4月17日讯's) date, then the first words of the lead or caption. */
const leadOf = (d: PlacedDraft) => (d.byline.raw.match(/((?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)(?:讯|电)/)?.[1] ?? "") + (d.paragraphs[0] ?? d.captions[0]?.text ?? "").slice(0, 60);

/** The story's own date, when its lead dates its event with the year in the month before the issue or the story's
 * publication (本报讯 2016年12月6日，… in an issue of 12月8日); else null. */
function ownDay(d: PlacedDraft, issueDate: string): string | null {
  const full = leadOf(d).match(FULL_DATE);
  if (!full || !valid(+full[1]!, +full[2]!, +full[3]!)) return null;
  const day = `${full[1]}-${pad(+full[2]!)}-${pad(+full[3]!)}`;
  const before = (Date.parse(issueDate) - Date.parse(day)) / 86_400_000;
  return before >= 0 && before <= 31 ? day : null;
}

export function date(input: { drafts: PlacedDraft[]; meta: BulletinMeta; dateFrom?: "manifest" | "masthead" | null }, ctx: Context): DatedDraft[] {
  const { drafts, meta } = input;
  if (meta.date) {
    // the issue's date is each story's, but for a story whose lead dates its event with the year, in the month before
    // the issue (本报讯 2016年12月6日，…): that is the story's own date
    if (input.dateFrom !== "masthead") return drafts.map((d) => { const day = ownDay(d, meta.date!); return day ? { ...d, date: day, dateSource: "dateline" as const } : { ...d, date: meta.date!, dateSource: "manifest" as const }; });
    // a scraped page prints each story's date; else the date the page prints in its header is every story's
    return drafts.map((d) => { const day = ownDay(d, d.published ?? meta.date!); return day ? { ...d, date: day, dateSource: "dateline" as const } : { ...d, date: d.published ?? meta.date!, dateSource: "masthead" as const }; });
  }

  // the year the bulletin's text states for a month: 2024年4月是… → 2024 for April; only its latest year
  // counts, so that a past event (2020年4月份,…) dates nothing, nor a deadline (2025年4月底前)
  const text = drafts.map((d) => [...d.paragraphs, ...d.captions.map((c) => c.text)].join("\n")).join("\n");
  const latest = Math.max(0, ...[...text.matchAll(/((?:19|20)\d{2})(?:—|-|至|年)/g)].map((m) => Number(m[1])));
  const yearsOfMonth = new Map<number, Set<number>>();
  for (const m of text.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(?!份?(?:底|前|末|以前))/g)) {
    if (Number(m[1]) !== latest) continue;
    const month = Number(m[2]);
    const set = yearsOfMonth.get(month) ?? new Set<number>();
    set.add(Number(m[1]));
    yearsOfMonth.set(month, set);
  }

  const dated = drafts.map((d): DatedDraft => {
    if (d.published) {
      const day = ownDay(d, d.published);
      return day ? { ...d, date: day, dateSource: "dateline" } : { ...d, date: d.published, dateSource: "masthead" };
    }
    const lead = leadOf(d);
    const full = lead.match(FULL_DATE);
    if (full && valid(+full[1]!, +full[2]!, +full[3]!)) {
      return { ...d, date: `${full[1]}-${pad(+full[2]!)}-${pad(+full[3]!)}`, dateSource: "dateline" };
    }
    const line = lead.match(DATELINE);
    if (line) {
      const [month, day] = [+line[1]!, +line[2]!];
      const years = [...(yearsOfMonth.get(month) ?? [])];
      if (years.length === 1 && valid(years[0]!, month, day)) {
        return { ...d, date: `${years[0]}-${pad(month)}-${pad(day)}`, dateSource: "dateline" };
      }
      ctx.report("date/no-year", "info", d.startLine, `dateline ${month}月${day}日 but the bulletin states no year for that month; add a date to seeds/manifest.json`);
    }
    return { ...d, date: null, dateSource: null };
  });

  // records without a dateline share the month when every dated record of the bulletin does
  const months = new Set(dated.filter((d) => d.date).map((d) => d.date!.slice(0, 7)));
  if (months.size === 1) {
    const month = [...months][0]!;
    return dated.map((d) => (d.date ? d : { ...d, date: month, dateSource: "inferred" as const }));
  }
  return dated;
}
