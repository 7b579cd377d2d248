// the views' output → {bulletins: 5, records: 50, districts: 12, dates: 9, people: 44, undated: 3, warnings: 5, errors: 0}, for the home page and api/report.json.
import type { ArticleRecord, Message } from "../../parse/types.ts";
import type { ViewContext } from "./context.ts";
import type { DatesView } from "./dates.ts";
import type { DistrictsView } from "./districts.ts";
import { UNKNOWN_DISTRICT_URL } from "./pages.ts";
import type { PeopleView } from "./people.ts";

export interface Stats {
  bulletins: number;
  records: number;
  districts: number;
  dates: number;
  people: number;
  undated: number;
  warnings: number;
  errors: number;
}

export interface StatsInput {
  records: ArticleRecord[];
  messages: Message[];
  files: string[];
  districts: DistrictsView;
  dates: DatesView;
  people: PeopleView;
}

/** No field of a record: counts of what the other views made. */
export const reads = [] as const satisfies readonly (keyof ArticleRecord)[];

export function stats(input: StatsInput, _ctx: ViewContext): Stats {
  return {
    bulletins: input.files.length,
    records: input.records.length,
    districts: input.districts.districts.filter((d) => d.url !== UNKNOWN_DISTRICT_URL).length,
    dates: input.dates.dates,
    people: input.people.people.length,
    undated: input.dates.undated.length,
    warnings: input.messages.filter((m) => m.severity === "warning").length,
    errors: input.messages.filter((m) => m.severity === "error").length,
  };
}
