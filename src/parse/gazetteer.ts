// Place names of the archive's cities: districts (with the papers' short names), streets/towns and communities/villages.
import gazetteerData from "../data/gazetteer.json" with { type: "json" };
import aliasData from "../data/district-aliases.json" with { type: "json" };

interface GazetteerFile {
  cities: Record<string, string>;
  areas: Record<string, [string, string]>;
  streets: Record<string, [string, string]>;
  villages: [string, string][];
}

export interface District {
  city: string;
  /** The name the papers use: 管城区, 经开区. */
  name: string;
  official: string;
  code: string;
}

export interface PlaceMatch {
  /** The one district, or the first of several that share the name (see `districts`). */
  district: District;
  districts: District[];
  /** As written in the text: 淮河路街道, 北下街办事处, 双石桥社区. */
  text: string;
  index: number;
}

const data = gazetteerData as unknown as GazetteerFile;
const common = aliasData.common as Record<string, string>;
const spellings = aliasData.spellings as Record<string, string>;

/** 郑州市 → 郑州 */
export const shortCity = (name: string): string => name.replace(/市$/, "");

const districtsByCode = new Map<string, District>();
const districtsByName = new Map<string, District[]>();
const addName = (name: string, d: District) => {
  const list = districtsByName.get(name) ?? [];
  if (!list.includes(d)) list.push(d);
  districtsByName.set(name, list);
};
for (const [code, [official, cityCode]] of Object.entries(data.areas)) {
  const city = shortCity(data.cities[cityCode] ?? "");
  if (!city) continue;
  const d: District = { city, name: common[official] ?? official, official, code };
  districtsByCode.set(code, d);
  addName(official, d);
  addName(d.name, d);
}
for (const [spelling, official] of Object.entries(spellings)) {
  for (const d of districtsByName.get(official) ?? []) addName(spelling, d);
}

/** 北下街办事处 → 北下街; 淮河路街道 → 淮河路; 花园口镇 stays whole (towns are named with 镇). */
const streetKey = (name: string) => name.replace(/(街道办事处|街道|办事处)$/, "");
const streetsByKey = new Map<string, { district: District; street: string }[]>();
for (const [, [name, areaCode]] of Object.entries(data.streets)) {
  const district = districtsByCode.get(areaCode);
  if (!district) continue;
  const keys = new Set([streetKey(name), name]);
  if (/镇$|乡$/.test(name)) keys.add(name.slice(0, -1)); // 九龙镇 is also called 九龙办事处
  for (const key of keys) {
    const list = streetsByKey.get(key) ?? [];
    list.push({ district, street: name });
    streetsByKey.set(key, list);
  }
}
const villagesByName = new Map<string, District[]>();
for (const [name, streetCode] of data.villages) {
  const district = districtsByCode.get(streetCode.slice(0, 6));
  if (!district) continue;
  const list = villagesByName.get(name) ?? [];
  if (!list.includes(district)) list.push(district);
  villagesByName.set(name, list);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DISTRICT_RE = new RegExp(
  [...districtsByName.keys()].sort((a, b) => b.length - a.length).map(escape).join("|"),
  "g",
);

const inCity = <T extends { city: string }>(list: T[], city: string | null): T[] =>
  city ? list.filter((d) => d.city === city) : list;

/** Every district named in `text`, in order; a name shared by several cities resolves only with `city`. */
export function findDistricts(text: string, city: string | null): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(DISTRICT_RE)) {
    const found = inCity(districtsByName.get(m[0]) ?? [], city);
    if (found.length === 1) out.push({ district: found[0]!, districts: found, text: m[0], index: m.index });
  }
  return out;
}

/** Districts named in `text` in any city, for guessing a bulletin's city: only names that belong to one city. */
export function citiesNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DISTRICT_RE)) {
    const cities = new Set((districtsByName.get(m[0]) ?? []).map((d) => d.city));
    if (cities.size === 1) out.push([...cities][0]!);
  }
  return out;
}

const PLACE_RE = /[\u4e00-\u9fa5]{1,10}?(?:街道办事处|街道|办事处|镇|乡|社区|村)/g;

/** Streets, towns, communities and villages named in `text` that the gazetteer knows in `city` (in one district or several). */
export function findPlaces(text: string, city: string | null): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(/[\u4e00-\u9fa5]{2,}/g)) {
    const run = m[0];
    for (const p of run.matchAll(PLACE_RE)) {
      // try the shortest tail that names a known place: 进管城区东大街办事处 → 东大街办事处
      for (let start = 0; start <= p[0].length - 2; start++) {
        const name = p[0].slice(start);
        const districts = placeCandidates(name, city);
        if (districts.length) {
          out.push({ district: districts[0]!, districts, text: name, index: m.index + p.index + start });
          break;
        }
      }
    }
  }
  return out;
}

/** The districts of `city` that have a street, town, community or village of this name. */
export function placeCandidates(name: string, city: string | null): District[] {
  if (/(社区|村)$/.test(name)) return inCity(villagesByName.get(name) ?? [], city);
  const key = /(镇|乡)$/.test(name) ? name : streetKey(name);
  if (key.length < 2) return [];
  return [...new Set(inCity((streetsByKey.get(key) ?? []).map((s) => s.district), city))];
}

export function lookupPlace(name: string, city: string | null): District | null {
  const found = placeCandidates(name, city);
  return found.length === 1 ? found[0]! : null;
}

/** The one district that every place named could be in (东风路办事处 + 科技市场社区 → 金水区), or null. */
export function districtOfPlaces(places: PlaceMatch[]): District | null {
  if (places.length === 0) return null;
  let common = places[0]!.districts;
  for (const p of places.slice(1)) {
    const next = common.filter((d) => p.districts.includes(d));
    if (next.length) common = next;
  }
  return common.length === 1 ? common[0]! : null;
}

/** A line that is only a place: 卫滨区, 焦西街道, 红旗区西街街道双石桥社区. */
export function isPlaceLine(text: string): boolean {
  if (text.length > 24 || /\s/.test(text)) return false;
  let rest = text;
  const district = rest.match(DISTRICT_RE);
  if (district && rest.startsWith(district[0])) rest = rest.slice(district[0].length);
  const parts = rest.match(/^(?:[\u4e00-\u9fa5]{2,8}?(?:街道|办事处|镇|乡))?(?:[\u4e00-\u9fa5]{2,8}?(?:社区|村))?$/);
  if (!parts) return false;
  if (rest === "") return district !== null;
  // a street or community must be known somewhere, so that 打造城市更新示范区 is not a place
  return findPlaces(rest, null).length > 0 || /(街道|办事处)$/.test(rest);
}

export function districtNamed(name: string, city: string | null): District | null {
  const found = inCity(districtsByName.get(name) ?? [], city);
  return found.length === 1 ? found[0]! : null;
}
