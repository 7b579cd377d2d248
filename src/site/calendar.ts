// A month as a calendar grid, weeks starting on Monday: 2024-04 → [[null, 1, 2, …], …] with the days that have records.
import type { DayLink } from "./views/dates.ts";

export interface CalendarMonth {
  month: string;
  weeks: ({ day: number; link: DayLink | null } | null)[][];
}

export function calendarOf(month: string, days: DayLink[]): CalendarMonth {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const byDay = new Map(days.map((d) => [Number(d.date.slice(8, 10)), d]));
  const cells: ({ day: number; link: DayLink | null } | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length }, (_, k) => ({ day: k + 1, link: byDay.get(k + 1) ?? null })),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let k = 0; k < cells.length; k += 7) weeks.push(cells.slice(k, k + 7));
  return { month, weeks };
}
