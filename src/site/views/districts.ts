// [{city:"新乡", district:"卫滨区", place:"胜利路街道"}, {district:null}] → /districts/xinxiang-weibinqu/, …/xinxiang-weibinqu/shenglilujiedao/, /districts/unknown/.
import type { ArticleRecord } from "../../parse/types.ts";
import { slug } from "../../slug.ts";
import { group } from "../group.ts";
import type { ViewContext } from "./context.ts";
import { HOME, paginate, REF_READS, UNKNOWN_DISTRICT_URL, type ListPage } from "./pages.ts";
import { uniqueSlugs } from "./slugs.ts";

export interface PlaceLink {
  name: string;
  url: string;
  count: number;
}

export interface District {
  slug: string;
  city: string | null;
  name: string;
  count: number;
  url: string;
  places: PlaceLink[];
}

export interface DistrictPage extends ListPage {
  places: PlaceLink[];
}

export interface DistrictsView {
  /** Sorted by city and name (zh-CN), then 城区不详 (records of no district) last when there are any. */
  districts: District[];
  districtPages: DistrictPage[];
  placePages: ListPage[];
  /** Each district's records, newest first. */
  members: Map<District, ArticleRecord[]>;
  /** A record's district page (UNKNOWN_DISTRICT_URL when it has no district) and place page (null without a place). */
  urlsOf(r: ArticleRecord): { districtUrl: string; placeUrl: string | null };
}

export const reads = [...REF_READS, "city", "district", "place"] as const satisfies readonly (keyof ArticleRecord)[];

/** Who keeps a slug two names share: the one whose oldest record is older (its rank in the archive's order, lower: older). */
const firstSeen = (newestFirst: ArticleRecord[], ctx: ViewContext) => -ctx.position(newestFirst[newestFirst.length - 1]!);

/** A district is its name within its city: 鼓楼区 of 南京 and of 福州 are two. */
export const districtKey = (r: ArticleRecord) => (r.district ? `${r.city ?? ""}|${r.district}` : null);

export function districts(_records: ArticleRecord[], ctx: ViewContext): DistrictsView {
  const byDistrict = group(ctx.newestFirst, districtKey);
  // a district's slug is its city's and its name's unless another district reads the same (泰州 and 台州 高新区)
  const slugs = uniqueSlugs([...byDistrict].map(([key, list]) => ({ key, text: key.replace(/^\|/, "").replace("|", "-"), firstSeen: firstSeen(list, ctx) })), 0, (s) => s === "unknown");
  const districtUrls = new Map<string, string>();
  const placeUrls = new Map<string, string>();
  const out: DistrictsView = { districts: [], districtPages: [], placePages: [], members: new Map(), urlsOf: () => ({ districtUrl: UNKNOWN_DISTRICT_URL, placeUrl: null }) };
  const up: [string, string][] = [HOME, ["城区", "/districts/"]];
  for (const [key, list] of [...byDistrict].sort((a, b) => a[0].localeCompare(b[0], "zh-CN"))) {
    const [city, name] = key.split("|") as [string, string];
    const s = slugs.get(key)!.slug;
    const url = `/districts/${s}/`;
    districtUrls.set(key, url);
    const crumbs: [string, string][] = [...up, [`${city}${name}`, url]];
    const places: PlaceLink[] = [];
    const byPlace = group(list, (r) => r.place);
    // a place's slug is its own unless another place of the district reads the same, or it is a page number of the list
    const placeSlugs = uniqueSlugs([...byPlace].map(([place, inPlace]) => ({ key: place, text: place, firstSeen: firstSeen(inPlace, ctx) })), 0, (p) => /^[0-9]+$/.test(p));
    for (const [place, inPlace] of [...byPlace].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "zh-CN"))) {
      const placeUrl = `${url}${placeSlugs.get(place)!.slug}/`;
      placeUrls.set(`${key}|${place}`, placeUrl);
      places.push({ name: place, url: placeUrl, count: inPlace.length });
      out.placePages.push(...paginate(placeUrl, `${city}${name} ${place}`, `${city}${name}${place}的 ${inPlace.length} 条记录`, inPlace.map(ctx.ref), crumbs));
    }
    const district: District = { slug: s, city: city || null, name, count: list.length, url, places };
    out.districts.push(district);
    out.members.set(district, list);
    out.districtPages.push(...paginate(url, `${city}${name}`, `${city}${name}的 ${list.length} 条记录`, list.map(ctx.ref), up).map((p) => ({ ...p, places: p.front ? places : [] })));
  }
  // records whose district the parser could not tell are still reachable by place
  const placeless = ctx.newestFirst.filter((r) => !r.district);
  if (placeless.length) {
    const unknown: District = { slug: "unknown", city: null, name: "城区不详", count: placeless.length, url: UNKNOWN_DISTRICT_URL, places: [] };
    out.districts.push(unknown);
    out.members.set(unknown, placeless);
    out.districtPages.push(...paginate(UNKNOWN_DISTRICT_URL, "城区不详", `版面没有写明、地名录也无法判断城区的 ${placeless.length} 条记录`, placeless.map(ctx.ref), up).map((p) => ({ ...p, places: [] })));
  }
  out.urlsOf = (r) => {
    const key = districtKey(r);
    return { districtUrl: key ? districtUrls.get(key)! : UNKNOWN_DISTRICT_URL, placeUrl: key && r.place ? (placeUrls.get(`${key}|${r.place}`) ?? null) : null };
  };
  return out;
}
