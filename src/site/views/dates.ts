// [{date:"2024-04-07"}, {date:"2024-04"}, {date:null}] → /dates/2024/04/07/, /dates/2024/04/ (a calendar, and the month-only records), /dates/2024/, /dates/unknown/.
import type { ArticleRecord } from "../../parse/types.ts";
import { calendarOf, type CalendarMonth } from "../calendar.ts";
import { group } from "../group.ts";
import type { ViewContext } from "./context.ts";
import { dayUrl, HOME, monthUrl, paginate, REF_READS, UNDATED_URL, type ListPage, type RecordRef } from "./pages.ts";

export interface DayLink {
  date: string;
  url: string;
  count: number;
}

export interface Month {
  month: string;
  url: string;
  days: DayLink[];
  count: number;
}

export interface MonthPage extends ListPage {
  month: string;
  calendar: CalendarMonth;
  prevMonth: { label: string; url: string } | null;
  nextMonth: { label: string; url: string } | null;
}

export interface DayPage extends ListPage {
  prevDay: DayLink | null;
  nextDay: DayLink | null;
}

export interface YearPage {
  year: string;
  url: string;
  months: { month: string; url: string; count: number; calendar: CalendarMonth }[];
  count: number;
}

export interface DatesView {
  /** Newest first. */
  months: Month[];
  years: YearPage[];
  dayPages: DayPage[];
  monthPages: MonthPage[];
  undatedPages: ListPage[];
  /** How many days and months (of records dated to the month only) have records. */
  dates: number;
  /** The undated records, in archive order. */
  undated: RecordRef[];
}

export const reads = [...REF_READS, "date"] as const satisfies readonly (keyof ArticleRecord)[];

const monthLabel = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

export function dates(records: ArticleRecord[], ctx: ViewContext): DatesView {
  const dayMap = group(ctx.newestFirst, (r) => (r.date?.length === 10 ? r.date : null));
  const monthOnly = group(records, (r) => (r.date?.length === 7 ? r.date : null));
  const dayKeys = [...dayMap.keys()].sort();
  const dayLink = (d: string): DayLink => ({ date: d, url: dayUrl(d), count: dayMap.get(d)!.length });
  const monthKeys = [...new Set([...dayKeys.map((d) => d.slice(0, 7)), ...monthOnly.keys()])].sort();
  const months: Month[] = monthKeys
    .map((m) => {
      const days = dayKeys.filter((d) => d.startsWith(m)).map(dayLink);
      return { month: m, url: monthUrl(m), days, count: days.reduce((n, d) => n + d.count, 0) + (monthOnly.get(m)?.length ?? 0) };
    })
    .reverse();
  const dates: ListPage["crumbs"] = [HOME, ["日期", "/dates/"]];
  const dayPages: DayPage[] = dayKeys.flatMap((d, k) => {
    const [y, mo, da] = d.split("-").map(Number);
    const crumbs: [string, string][] = [...dates, [`${y}年`, `/dates/${y}/`], [`${mo}月`, monthUrl(d.slice(0, 7))]];
    return paginate(dayUrl(d), `${y}年${mo}月${da}日`, `${d} 的 ${dayMap.get(d)!.length} 条记录`, dayMap.get(d)!.map(ctx.ref), crumbs).map((p) => ({
      ...p,
      prevDay: k > 0 ? dayLink(dayKeys[k - 1]!) : null,
      nextDay: k + 1 < dayKeys.length ? dayLink(dayKeys[k + 1]!) : null,
    }));
  });
  const monthOf = new Map(months.map((m) => [m.month, m]));
  const monthPages: MonthPage[] = monthKeys.flatMap((m, k) => {
    const month = monthOf.get(m)!;
    const y = m.slice(0, 4);
    const crumbs: [string, string][] = [...dates, [`${Number(y)}年`, `/dates/${y}/`]];
    const prev = monthKeys[k - 1];
    const next = monthKeys[k + 1];
    return paginate(month.url, monthLabel(m), `${monthLabel(m)}的 ${month.count} 条记录`, (monthOnly.get(m) ?? []).map(ctx.ref), crumbs).map((p) => ({
      ...p,
      month: m,
      calendar: calendarOf(m, month.days),
      prevMonth: prev ? { label: monthLabel(prev), url: monthUrl(prev) } : null,
      nextMonth: next ? { label: monthLabel(next), url: monthUrl(next) } : null,
    }));
  });
  const years: YearPage[] = [...group(months, (m) => m.month.slice(0, 4))].map(([year, ms]) => ({
    year,
    url: `/dates/${year}/`,
    months: ms.map((m) => ({ month: m.month, url: m.url, count: m.count, calendar: calendarOf(m.month, m.days) })).sort((a, b) => a.month.localeCompare(b.month)),
    count: ms.reduce((n, m) => n + m.count, 0),
  }));
  const undated = records.filter((r) => !r.date).map(ctx.ref);
  const undatedPages = paginate(UNDATED_URL, "日期不详", "版面没有写明日期、清单也未给出日期的记录", undated, dates);
  return { months, years, dayPages, monthPages, undatedPages, dates: dayMap.size + monthOnly.size, undated };
}
