// Place names of China: cities; their districts with the papers' short names, functional zones and abolished
// districts; streets/towns; urban communities; the villages of the archive's first cities; and papers' cities.
import { readFileSync } from "node:fs";
import aliasData from "../data/district-aliases.json" with { type: "json" };
import zoneData from "../data/functional-zones.json" with { type: "json" };
import abolishedData from "../data/abolished-districts.json" with { type: "json" };
import formerData from "../data/former-districts.json" with { type: "json" };
import { ETHNIC_AREA, shortCity } from "./city-names.ts";
import paperData from "../data/papers.json" with { type: "json" };
import placeWords from "../data/place-words.json" with { type: "json" };

/** src/data/gazetteer.json (scripts/build-gazetteer.ts): names of an area in one string, separated by spaces. */
interface GazetteerFile {
  cities: Record<string, string>;
  areas: Record<string, [name: string, city: string]>;
  streets: Record<string, string>;
  /** "双石桥 410702;幸福 110101 110105;…": names (communities without their 社区) with the areas that have one, sorted by name. */
  communities: string;
  villages: string;
}

interface ZoneEntry {
  name: string;
  official?: string;
  admin?: string | null;
  spellings?: string[];
}

interface AbolishedEntry {
  city: string;
  name: string;
  from?: number;
  until: number;
  successor?: string;
  note?: string;
}

/** district: an administrative district, county or county-level city of today; zone: a functional zone
 * (郑东新区, 经开区); abolished: a district that a page of its years may name (青岛 四方区, until 2012). */
export { shortCity };

export type DistrictKind = "district" | "zone" | "abolished";

export interface District {
  city: string;
  /** The name the papers use: 管城区, 经开区, 郑东新区. */
  name: string;
  official: string;
  /** The area's statistical code; "" for a zone or an abolished district that the codes do not hold. */
  code: string;
  kind: DistrictKind;
  /** The administrative district: its own name for a district (of today or abolished); for a zone, the one
   * district it lies in where that is known (青岛 西海岸新区 → 黄岛区), else null. */
  admin: string | null;
  /** An abolished district: the year of the decision that ended it, and the district that took it over. */
  until?: number;
  successor?: string;
  /** merged into its successor, which existed beside it (闸北区 into 静安区), not renamed */
  merged?: boolean;
}

export interface PlaceMatch {
  /** The one district, or the first of several that share the name (see `districts`). */
  district: District;
  districts: District[];
  /** As written in the text: 淮河路街道, 北下街办事处, 双石桥社区. */
  text: string;
  index: number;
}

// read, not imported: tsx turns an imported JSON file into a module, which took several times as long to load
const data = JSON.parse(readFileSync(new URL("../data/gazetteer.json", import.meta.url), "utf8")) as GazetteerFile;
const common = aliasData.common as Record<string, string>;
const spellings = aliasData.spellings as Record<string, string>;
const generic = aliasData.generic as Record<string, string>;
const zones = zoneData.zones as Record<string, ZoneEntry[]>;
// hand-written entries first: they name a merged district's successor, which the codes cannot say
const abolished = [...(abolishedData.districts as AbolishedEntry[]), ...(formerData.districts as AbolishedEntry[])];
/** The hand-written entries: areas merged into another (闸北区 into 静安区), not renamed under their code (八道江区 → 浑江区). */
const MERGED = new Set((abolishedData.districts as AbolishedEntry[]).map((a) => `${a.city}|${a.name}`));
const papers = paperData.papers as Record<string, string | null>;

const PROVINCE_PREFIX = /^(?:河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)(?:省)?/;

const cityByCode = new Map<string, string>();
for (const [code, name] of Object.entries(data.cities)) cityByCode.set(code, shortCity(name));
const FORMER_CITIES = formerData.cities as Record<string, string>;
/** A city as a manifest or a paper names it, as the gazetteer knows it: 郑州市 → 郑州; 襄樊 (until 2010) → 襄阳. */
export const cityNamed = (name: string): string => {
  const city = shortCity(name.trim());
  // 黔西南州, 红河州: an autonomous prefecture by its short name
  if (!CITIES.has(city) && /^.{2,}州$/.test(city) && CITIES.has(city.slice(0, -1))) return city.slice(0, -1);
  return FORMER_CITIES[city] ?? city;
};

const PROVINCE_CODES: Record<string, string> = { 北京: "11", 天津: "12", 河北: "13", 山西: "14", 内蒙古: "15", 辽宁: "21", 吉林: "22", 黑龙江: "23", 上海: "31", 江苏: "32", 浙江: "33", 安徽: "34", 福建: "35", 江西: "36", 山东: "37", 河南: "41", 湖北: "42", 湖南: "43", 广东: "44", 广西: "45", 海南: "46", 重庆: "50", 四川: "51", 贵州: "52", 云南: "53", 西藏: "54", 陕西: "61", 甘肃: "62", 青海: "63", 宁夏: "64", 新疆: "65" };
const provinceByCity = new Map<string, Set<string>>();
for (const [code, city] of cityByCode) provinceByCity.set(city, (provinceByCity.get(city) ?? new Set()).add(code.slice(0, 2)));
/** 陕西工人报, 四川农村日报: the province a paper is named for (its code, 61), or null. */
export function paperProvince(paper: string): string | null {
  // (not 海南报 of 青海's 海南州, nor 吉林 of the city: a province's name that a city has too)
  const name = Object.keys(PROVINCE_CODES).find((p) => paper.trim().startsWith(p) && !provinceByCity.has(p));
  return name ? PROVINCE_CODES[name]! : null;
}
/** Whether a city lies in the province of that code. */
export const cityInProvince = (city: string, province: string) => provinceByCity.get(city)?.has(province) ?? false;

/** The short names of every city: 郑州, 青岛, 北京, 济源. */
export const CITIES: ReadonlySet<string> = new Set(cityByCode.values());

const districtsByCode = new Map<string, District>();
const districtsByName = new Map<string, District[]>();
const addName = (name: string, d: District) => {
  const list = districtsByName.get(name) ?? [];
  if (!list.includes(d)) list.push(d);
  districtsByName.set(name, list);
};

/** The papers' name of a statistical zone: 郑州经济技术开发区 → 经开区, 河南三门峡经济开发区 → 经开区. */
function zoneName(official: string, city: string): string | null {
  const rest = official.replace(PROVINCE_PREFIX, "");
  if (!rest.startsWith(city)) return null;
  const kind = rest.slice(city.length).replace(/^市/, "");
  if (/^(?:高新技术产业开发区|高新技术开发区|高新技术产业园区|高新区)$/.test(kind)) return "高新区";
  if (/^(?:经济技术开发区|经济开发区|经开区)$/.test(kind)) return "经开区";
  return null;
}

for (const [code, [official, cityCode]] of Object.entries(data.areas)) {
  const city = cityByCode.get(cityCode);
  if (!city) continue;
  const zone = code[4] === "7";
  const ethnic = official.match(ETHNIC_AREA);
  const derived = zone ? zoneName(official, city) : ethnic && !ethnic[2] ? `${ethnic[1]}${ethnic[3]}` : null;
  const name = common[official] ?? derived ?? official;
  const d: District = { city, name, official, code, kind: zone ? "zone" : "district", admin: zone ? null : name };
  districtsByCode.set(code, d);
  addName(official, d);
  addName(name, d);
  if (zone && derived) addName(`${city}${derived}`, d); // 郑州经开区
  if (ethnic?.[2]) {
    addName(`${ethnic[1]}${ethnic[3]}`, d); // 石柱土家族自治县 → 石柱县
    addName(`${ethnic[1]}自治${ethnic[3]}`, d); // 威宁彝族回族苗族自治县 → 威宁自治县
  }
}
for (const [spelling, official] of Object.entries(spellings)) {
  for (const d of districtsByName.get(official) ?? []) addName(spelling, d);
}
for (const [city, entries] of Object.entries(zones)) {
  for (const z of entries) {
    let d = z.official ? districtsByName.get(z.official)?.find((x) => x.city === city && x.official === z.official) : undefined;
    if (z.official && !d) throw new Error(`functional-zones.json: ${city} ${z.official} is not in gazetteer.json`);
    if (d) {
      d.name = z.name;
      if (z.admin !== undefined) d.admin = z.admin;
    } else {
      d = { city, name: z.name, official: z.name, code: "", kind: "zone", admin: z.admin ?? null };
    }
    addName(z.name, d);
    for (const s of z.spellings ?? []) addName(s, d);
  }
}
for (const a of abolished) {
  if (!CITIES.has(a.city)) throw new Error(`abolished-districts.json: ${a.city} is not a city of gazetteer.json`);
  if (districtsByName.get(a.name)?.some((d) => d.city === a.city)) continue;
  addName(a.name, { city: a.city, name: a.name, official: a.name, code: "", kind: "abolished", admin: a.name, until: a.until, successor: a.successor, ...(MERGED.has(`${a.city}|${a.name}`) ? { merged: true } : {}) });
}

// 湟中县, 长安县, 萧山市: a county or county-level city since made a district under its own name (湟中区) is named as the
// paper printed it, the district of today its successor; never a name the gazetteer holds, nor a city's own name
// (海安县 → 海安市 in 2018: a county made a county-level city under its own name likewise)
const today = [...districtsByName.values()].flat().filter((d) => d.kind === "district" && /^[\u4e00-\u9fa5]{2,}[区市]$/.test(d.official));
for (const d of today) {
  const stem = d.official.slice(0, -1);
  if (CITIES.has(stem)) continue;
  for (const former of d.official.endsWith("市") ? [`${stem}县`] : [`${stem}县`, `${stem}市`]) {
    // one the codes of its years hold under another code (定陶县 371727, 定陶区 371703 since 2016): its successor
    const coded = districtsByName.get(former)?.find((x) => x.city === d.city && x.kind === "abolished");
    if (coded) coded.successor ??= d.name;
    if (districtsByName.has(former) || d.official.endsWith("市")) continue;
    addName(former, { city: d.city, name: former, official: former, code: "", kind: "abolished", admin: former, successor: d.name });
  }
}

/** A district of today under its name of `year`, when it was then a county or county-level city of the same name (定陶区 →
 * 定陶县 in 2004); else itself. A page of the year whose codes first lack the old name still prints it: the codes are
 * revised once a year, months after a change (华亭县 became 华亭市 in mid-2018; the revision labelled 2017 lacks it). */
/** `byStreets`: the district was found from the story's streets and towns, not named by it; `labelled`: whether the page
 * names a place in its own labels (its paper, its column labels, its kickers), not only in a story's text. */
export function nameOfYear(district: District, year: number | null, printed: (name: string) => boolean = () => false, byStreets = false, labelled: (name: string) => boolean = () => false): District {
  if (district.kind !== "district") return district;
  // a page of its years, or one that prints the former name and never today's (the change came later in the year, or
  // the page has no date); under its own name (定陶县) or a longer one (郫县, 郫都区 since 2016)
  // (新会区 on a page of 1988: 新会市 from 1992, 新会县 before; the name of the page's years, however far back)
  const earlier = (d: District, depth: number): District | null => {
    const f = formersOf().get(`${d.city}|${d.name}`)?.find((x) => x.until !== undefined && ofFormerYears(x, d, year, printed));
    return f ? (depth < 3 ? earlier(f, depth + 1) : null) ?? f : null;
  };
  const renamed = earlier(district, 0);
  if (renamed) return renamed;
  // (闸北社区 of 2011, its streets 静安区's since 2015: a story of its years found by its streets, on a page that never names
  // today's district (宣武区 and 西城区 both named: no telling), is the area's merged into it when the page's own labels name
  // that area, 闸北社区 or 闸北报 (a story naming 闸北区 says nothing of where another story's streets lay: 南京西路街道 was
  // old 静安区's); or the area's renamed under its code (八道江区 → 浑江区) when the page prints it anywhere)
  if (!byStreets) return district;
  const merged = mergedFormersOf().get(`${district.city}|${district.name}`)?.filter((f) => f.until !== undefined && (year === null || year < f.until) && (f.merged ? labelled(f.name) || labelled(f.name.replace(/区$/, "")) : printed(f.name) || printed(f.name.replace(/区$/, ""))) && !printed(district.name));
  return merged?.length === 1 ? merged[0]! : district;
}

/** "city|district of today" → the areas merged into it (闸北区 → 静安区, 崇文区 → 东城区). */
let mergedFormers: Map<string, District[]> | null = null;
function mergedFormersOf(): Map<string, District[]> {
  if (mergedFormers) return mergedFormers;
  mergedFormers = new Map();
  for (const d of new Set([...districtsByName.values()].flat())) {
    if (d.kind !== "abolished" || !d.successor || d.successor.startsWith(d.name.replace(/[县市区]$/, "")) || !/区$/.test(d.name) || d.name.length < 3) continue;
    const key = `${d.city}|${d.successor}`;
    mergedFormers.set(key, [...(mergedFormers.get(key) ?? []), d]);
  }
  return mergedFormers;
}

/** "city|district of today" → the abolished areas it succeeded, for the name a page of their years prints. */
let formers: Map<string, District[]> | null = null;
function formersOf(): Map<string, District[]> {
  if (formers) return formers;
  formers = new Map();
  for (const d of new Set([...districtsByName.values()].flat())) {
    // renamed (郫县 → 郫都区, 定陶县 → 定陶区), not merged into a district of its years (崇文区 → 东城区)
    if (d.kind !== "abolished" || !d.successor || !d.successor.startsWith(d.name.replace(/[县市区]$/, ""))) continue;
    const key = `${d.city}|${d.successor}`;
    formers.set(key, [...(formers.get(key) ?? []), d]);
  }
  return formers;
}

/** Whether a page is of the years of `former`, which `today` succeeded: dated before its change; or printing its name and
 * never today's, undated or dated within a few years of the change as filed (a change filed under the year of a code
 * revision may have come later: 蓬莱市, filed 2017, was 蓬莱区 from 2020). */
export function ofFormerYears(former: District, today: District | null, year: number | null, printed: (name: string) => boolean): boolean {
  // (琼山县, made 琼山区 in 2002 under codes the lists do not hold: a year of change unknown, the page's printing decides)
  if (former.until === undefined) return printed(former.name) && !(today && printed(today.name));
  // (晋宁区 on a page of 2016, the county's change filed under 2017: a page of the change's years that prints today's
  // name and never the former one is of today's years)
  if (year !== null && year >= former.until - 1 && today && printed(today.name) && !printed(former.name)) return false;
  // (增城社区报 of July 2014, the county-level city a district since February, printing both names: today's)
  if (year !== null && year >= former.until && today && printed(today.name)) return false;
  if (year !== null && year <= former.until) return true;
  return (year === null || year <= former.until + 3) && printed(former.name) && !(today && printed(today.name));
}

/** Names that also are everyday phrases (老城区, 新区) or have two characters (城区, 新县): they never decide a city by themselves. */
const PHRASES = new Set(aliasData.phrases);
const isPhrase = (name: string) => name.length <= 2 || PHRASES.has(name);

const inCity = <T extends { city: string }>(list: T[], city: string | null): T[] =>
  city ? list.filter((d) => d.city === city) : list;

/** Leftmost-longest matching of a set of names, as a regular expression of alternatives sorted longest first
 * would do, but by looking up each position's candidate lengths (fast with thousands of names). */
class NameScanner {
  private lengths = new Map<string, number[]>();
  constructor(private names: ReadonlySet<string>) {
    for (const name of names) {
      const list = this.lengths.get(name[0]!) ?? [];
      if (!list.includes(name.length)) list.push(name.length);
      this.lengths.set(name[0]!, list);
    }
    for (const list of this.lengths.values()) list.sort((a, b) => b - a);
  }
  /** The longest name at `index`, or null. */
  at(text: string, index: number): string | null {
    for (const n of this.lengths.get(text[index]!) ?? []) {
      const s = text.slice(index, index + n);
      if (s.length === n && this.names.has(s)) return s;
    }
    return null;
  }
  *scan(text: string): Generator<{ text: string; index: number }> {
    for (let i = 0; i < text.length; ) {
      const name = this.at(text, i);
      if (name) {
        yield { text: name, index: i };
        i += name.length;
      } else i++;
    }
  }
}
const districtNames = new NameScanner(new Set([...districtsByName.keys(), ...Object.keys(generic)]));

/** A city's 高新区 or 经开区 that neither the codes nor functional-zones.json name: made when a page names it. */
const madeZones = new Map<string, District>();
function genericZone(city: string, name: string): District[] {
  const own = inCity(districtsByName.get(name) ?? [], city);
  if (own.length) return own;
  let d = madeZones.get(`${city}|${name}`);
  if (!d) madeZones.set(`${city}|${name}`, (d = { city, name, official: name, code: "", kind: "zone", admin: null }));
  return [d];
}

/** The city named right before a district (郑州市金水区, 济南市中区, 南京高新区), or null. */
function qualifierOf(text: string, index: number): string | null {
  for (const end of text[index - 1] === "市" ? [index - 1, index] : [index]) {
    for (let k = 4; k >= 2; k--) {
      const name = end - k >= 0 ? text.slice(end - k, end) : "";
      if (CITIES.has(name)) return name;
    }
  }
  return null;
}

/** The districts a name found at `index` of `text` can be: in `city`, or in the city printed before it; none when that is another city. */
function resolve(name: string, text: string, index: number, city: string | null): District[] {
  const qualifier = qualifierOf(text, index);
  if (qualifier && city && qualifier !== city) return [];
  const c = qualifier ?? city;
  const found = inCity(districtsByName.get(name) ?? [], c);
  return found.length || !c || !generic[name] ? found : genericZone(c, generic[name]!);
}

/** 北下街办事处 → 北下街; 淮河路街道 → 淮河路; 花园口镇 stays whole (towns are named with 镇). */
const streetKey = (name: string) => name.replace(/(街道办事处|街道|办事处)$/, "");
const streetsByKey = new Map<string, District[]>();
/** 九龙镇 is also called 九龙办事处: towns by their name without 镇/乡, for the 办事处/街道 spellings only. */
const townsByStem = new Map<string, District[]>();
// 38,000 streets: a district's one-element list is shared by every name that only it has (allocating one for each
// name was most of this loop's time); a list is copied before a second district joins it. Lists are never changed.
const alone = new Map<District, District[]>();
const push = (map: Map<string, District[]>, key: string, d: District) => {
  const list = map.get(key);
  if (!list) {
    let one = alone.get(d);
    if (!one) alone.set(d, (one = [d]));
    map.set(key, one);
  } else if (!list.includes(d)) map.set(key, [...list, d]);
};
for (const areaCode in data.streets) {
  const district = districtsByCode.get(areaCode);
  const names = data.streets[areaCode]!;
  if (!district) continue;
  for (let start = 0, end = 0; start < names.length; start = end + 1) {
    end = names.indexOf(" ", start);
    if (end < 0) end = names.length;
    if (names.endsWith("镇", end) || names.endsWith("乡", end)) {
      push(streetsByKey, names.slice(start, end), district);
      push(townsByStem, names.slice(start, end - 1), district);
    } else push(streetsByKey, streetKey(names.slice(start, end)), district);
  }
}

/** Communities (127,000) and villages by name: a binary search in their sorted list, so that loading builds no index. */
class SortedNames {
  private starts: number[] | null = null;
  constructor(private list: string) {}
  private entries(): number[] {
    const starts = [0];
    for (let i = this.list.indexOf(";"); i >= 0; i = this.list.indexOf(";", i + 1)) starts.push(i + 1);
    return starts;
  }
  private nameAt(k: number): string {
    const start = this.starts![k]!;
    return this.list.slice(start, this.list.indexOf(" ", start));
  }
  get(name: string, city: string | null): District[] {
    if (this.list === "") return [];
    const starts = (this.starts ??= this.entries());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const key = this.nameAt(mid);
      if (key < name) lo = mid + 1;
      else if (key > name) hi = mid - 1;
      else {
        const end = this.list.indexOf(";", starts[mid]!);
        const areas = this.list.slice(starts[mid]! + key.length + 1, end < 0 ? undefined : end).split(" ");
        return inCity(areas.map((code) => districtsByCode.get(code)).filter((d): d is District => d !== undefined), city);
      }
    }
    return [];
  }
}
const communities = new SortedNames(data.communities);
const villages = new SortedNames(data.villages);

/** Every district named in `text`, in order; a name shared by several cities resolves only with `city`, or with
 * the city printed before it (济南市中区). A 高新区 or 经开区 of `city` is found even where the gazetteer has none. */
export function findDistricts(text: string, city: string | null): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of districtNames.scan(text)) {
    // 上虞市场: a market, not 上虞市
    if (m.text.endsWith("市") && text[m.index + m.text.length] === "场") continue;
    const found = resolve(m.text, text, m.index, city);
    if (found.length === 1) out.push({ district: found[0]!, districts: found, text: m.text, index: m.index });
  }
  return out;
}

const PLACE_RE = /[\u4e00-\u9fa5]{1,10}?(?:街道办事处|街道|办事处|镇|乡|社区|村)/g;

/** Each place-shaped span of `text` with the longest tail that names a known place (进管城区东大街办事处 → 东大街办事处). */
const TOWN_VERB_ENDS = new Set(placeWords.townVerbEnds);
/** 志愿者, 学生, 队员: characters that close the word before a verb (志愿者下乡), opening no town's name there. */
const WORD_ENDS = placeWords.wordEnds;
/** What may stand right before a place's name: the end of an area's name, a preposition or a verb of going. */
const AFTER_BOUNDARY = /[^\u4e00-\u9fa5]|[省市县区旗州盟在到于和与及赴至从往进入的来去走访]/;
/** 崇明堡镇: the two or three characters before `start` in `run` are a district's or county's short name. */
const afterDistrictName = (run: string, start: number) => ["区", "县", "市"].some((suffix) => districtsByName.has(run.slice(Math.max(0, start - 2), start) + suffix) || districtsByName.has(run.slice(Math.max(0, start - 3), start) + suffix));
function* placeSpans(text: string, candidates: (name: string) => District[]): Generator<PlaceMatch> {
  for (const m of text.matchAll(/[\u4e00-\u9fa5]{2,}/g)) {
    for (const p of m[0].matchAll(PLACE_RE)) {
      for (let start = 0; start <= p[0].length - 2; start++) {
        const name = p[0].slice(start);
        // (交道镇 holds 甘泉县's 道镇: a town of two characters only where its name begins, after a county's or district's)
        // (记者来到唐镇, 走进崇明堡镇: after a verb's or preposition's word, or a district's short name, it may begin there)
        if (name.length === 2 && /[镇乡]$/.test(name) && start > 0 && !AFTER_BOUNDARY.test(p[0][start - 1]!) && !afterDistrictName(p[0], start)) continue;
        // (志愿者下乡 holds 白朗县's 者下乡: a town ending in a verb and its place only after a boundary, as 县者下乡)
        if (name.length >= 3 && start + m.index + p.index > 0 && TOWN_VERB_ENDS.has(name.slice(-2)) && WORD_ENDS.includes(name[0]!) && !AFTER_BOUNDARY.test(text[m.index + p.index + start - 1]!) && !afterDistrictName(p[0], start)) continue;
        const districts = candidates(name);
        if (districts.length) {
          yield { district: districts[0]!, districts, text: name, index: m.index + p.index + start };
          break;
        }
      }
    }
  }
}

/** Streets, towns, communities and villages named in `text` that the gazetteer knows in `city` (in one district or several). */
export function findPlaces(text: string, city: string | null): PlaceMatch[] {
  return [...placeSpans(text, (name) => placeCandidates(name, city))];
}

/** The districts of `city` that have a street, town, community or village of this name. */
export function placeCandidates(name: string, city: string | null): District[] {
  if (name.endsWith("社区")) return communities.get(name.slice(0, -2), city);
  if (name.endsWith("村")) return villages.get(name, city);
  if (/[镇乡]$/.test(name)) {
    const towns = inCity(streetsByKey.get(name) ?? [], city);
    // a town that became a street since the page was printed (新店镇 → 新店街道, 沙河街镇 → 沙河街道)
    if (towns.length || name.length < 3) return towns;
    const stem = name.slice(0, -1);
    const streets = inCity(streetsByKey.get(stem) ?? [], city);
    return streets.length || !stem.endsWith("街") || stem.length < 3 ? streets : inCity(streetsByKey.get(stem.slice(0, -1)) ?? [], city);
  }
  const key = streetKey(name);
  if (key.length < 2) return [];
  const found = inCity(streetsByKey.get(key) ?? [], city);
  const towns = inCity(townsByStem.get(key) ?? [], city);
  return towns.length ? [...new Set([...found, ...towns])] : found;
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
/** 宣汉  该县日前…: a county, county-level city or district by its short name, as a brief list names it before an item that
 * speaks of it as 该县/该市/全县 (城关  近日，城关镇… is a town's). */
export function isShortAreaName(name: string, text: string): boolean {
  return /^[\u4e00-\u9fa5]{2,3}$/.test(name) && /(?:该|全|本)[县市区]/.test(text) && ["县", "市", "区"].some((suffix) => isPlaceLine(name + suffix));
}

export function isPlaceLine(text: string): boolean {
  // (金水区 丰产路街道: a district, a space, and a place of it)
  const spaced = text.match(/^([\u4e00-\u9fa5]{2,8}(?:区|县|市|旗))[ \u3000]+([\u4e00-\u9fa5]{2,10})$/);
  if (spaced) return isPlaceLine(spaced[1]! + spaced[2]!);
  if (text.length > 24 || /\s/.test(text)) return false;
  // 内蒙古呼和浩特, 云南昆明: a province's name, then one of its cities (a national paper's kicker)
  const province = text.match(PROVINCE_START)?.[0];
  if (province && text.length > province.length + 1) {
    const rest = text.slice(province.length).replace(/^(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)/, "");
    if (CITIES.has(rest.replace(/市$/, "")) || isPlaceLine(rest)) return true;
  }
  // 呼和浩特市新城区, 包头东河区: a city, then one of its districts (or a place of one)
  for (let n = 2; n <= 5 && n < text.length - 2; n++) {
    const city = text.slice(0, n);
    if (!CITIES.has(city)) continue;
    const rest = text.slice(n).replace(/^市/, "");
    const district = districtNames.at(rest, 0);
    if (district && districtNamed(district, city) && isPlaceLine(rest)) return true;
  }
  // a functional zone by its shape, known or not: 杭州经济开发区, 贵安新区
  if (/^[\u4e00-\u9fa5]{2,8}?(?:新区|新片区|经济技术开发区|经济开发区|开发区|高新区|经开区|度假区|示范区|生态城)$|^产业集聚区$/.test(text) && !/^(?:老城|城市|打造|建设)/.test(text)) return true;
  // 孟州产业集聚区, 温县产业集聚区: a county's zone by its short or full name (聚焦产业集聚区 is a 引题)
  const zone = text.match(/^([\u4e00-\u9fa5]{2,5})产业集聚区$/);
  if (zone && ["", "县", "市", "区"].some((s) => districtsByName.has(zone[1]!.replace(/[县市区]$/, "") + s))) return true;
  const district = districtNames.at(text, 0);
  // 松桃蓼皋镇, 印江峨岭镇: a county by its short name and a town of that county
  for (const size of district ? [] : [2, 3]) {
    const shortAndTown = text.match(new RegExp(`^([\\u4e00-\\u9fa5]{${size}})([\\u4e00-\\u9fa5]{2,6}(?:镇|乡|街道))$`));
    if (shortAndTown && placeCandidates(shortAndTown[2]!, null).some((d) => d.name.startsWith(shortAndTown[1]!) && d.name.length > shortAndTown[1]!.length)) return true;
  }
  const rest = district ? text.slice(district.length) : text;
  // 青山区红卫路街, 江汉区万松街: a district and a street by the 街 Wuhan's papers print for 街道
  if (district && /^[\u4e00-\u9fa5]{1,6}街$/.test(rest) && (placeCandidates(`${rest}道`, null).length > 0 || placeCandidates(`${rest}街道`, null).length > 0)) return true;
  const parts = rest.match(/^([\u4e00-\u9fa5]{2,8}?(?:街道|办事处|镇|乡))?([\u4e00-\u9fa5]{2,8}?(?:社区|村))?$/);
  if (!parts) return false;
  if (rest === "") return district !== null;
  // each part must be known somewhere (a street by its 街道 or 办事处 alone), so that 打造城市更新示范区 and
  // 七里山街道建起首家社区 are not places
  const [, street, community] = parts;
  // 五个山区村, 三个社区: a count of villages or communities, no name
  if (community && /[一二三四五六七八九十两几多百千\d]+个/.test(community)) return false;
  // a village or community under a known town or street (华士镇华西村) need not be known itself
  const knownStreet = !!street && (/(街道|办事处)$/.test(street) || placeCandidates(street, null).length > 0);
  return (!street || knownStreet) && (!community || (knownStreet && community.length <= 5) || placeCandidates(community, null).length > 0);
}

/** Whether some city has a district of this name (东城区: 北京's; 新城区: several cities'). */
export const isDistrictName = (name: string) => (districtsByName.get(name)?.length ?? 0) > 0;

export function districtNamed(name: string, city: string | null): District | null {
  const found = inCity(districtsByName.get(name) ?? [], city);
  return found.length === 1 ? found[0]! : null;
}

/** Votes for the cities a text is about: each district, zone, street or town it names that belongs to one city
 * alone; names that are also everyday phrases (老城区, 新区) and two-character names (城区, 新县) do not vote. */
/** 【隰县】, 吉县：…, a line of its own: a two-character name set apart as a kicker is the place's, not a word. */
function markedAsPlace(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 1), index);
  const after = text.slice(index + length, index + length + 1);
  return (/[【\[]/.test(before) && /[】\]]/.test(after)) || ((before === "" || before === "\n") && (after === "" || /[\n:：]/.test(after)));
}

export function cityVotes(text: string, withStreets = true): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (cities: Set<string>) => {
    if (cities.size !== 1) return;
    const city = cities.values().next().value!;
    votes.set(city, (votes.get(city) ?? 0) + 1);
  };
  /** the city a name shared by several was qualified with once in the text (佳木斯市向阳区 … 向阳区对街巷…) */
  const qualified = new Map<string, string>();
  for (const m of districtNames.scan(text)) {
    // a name with its city before it (济南市中区) votes for that city, even a phrase
    const qualifier = qualifierOf(text, m.index);
    if (qualifier && resolve(m.text, text, m.index, qualifier).length === 1) {
      vote(new Set([qualifier]));
      // (佳木斯市向阳区 … 鹤岗市向阳区考察团 … 向阳区: qualified by two cities, a bare mention is either's)
      qualified.set(m.text, qualified.has(m.text) && qualified.get(m.text) !== qualifier ? "" : qualifier);
    } else if (qualified.get(m.text)) vote(new Set([qualified.get(m.text)!]));
    else if (!isPhrase(m.text) || (m.text.length === 2 && !PHRASES.has(m.text) && markedAsPlace(text, m.index, m.text.length))) vote(new Set((districtsByName.get(m.text) ?? []).map((d) => d.city)));
  }
  if (!withStreets) return votes;
  const streets = (name: string) => (name.length >= 3 && /(街道|办事处|镇|乡)$/.test(name) ? placeCandidates(name, null) : []);
  for (const p of placeSpans(text, streets)) vote(new Set(p.districts.map((d) => d.city)));
  return votes;
}

/** The provinces' names, the four municipalities (北京, 天津, 上海, 重庆: cities too) aside. */
const PROVINCE_NAMES = new Set(Object.keys(PROVINCE_CODES).filter((name) => !["11", "12", "31", "50"].includes(PROVINCE_CODES[name]!)));
const PROVINCE_START = new RegExp(`^(?:${[...PROVINCE_NAMES].join("|")})`);
/** Cities whose name and a suffix make a paper's name: every city but those named as a province is (吉林, 海南). */
const PAPER_CITIES = [...CITIES, ...Object.keys(FORMER_CITIES)].filter((c) => !PROVINCE_NAMES.has(c) && !/[县区]$/.test(c));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PAPER_RULE = new RegExp(`^(${PAPER_CITIES.map(escape).join("|")})(?:${paperData.suffixes.join("|")})$`);
const PAPER_CITY_SET = new Set(PAPER_CITIES);
const PAPER_LENGTHS = [...new Set(Object.keys(papers).map((n) => n.length))].sort((a, b) => b - a);

/** The longest paper's name that ends at `end` of `line` (every paper's name ends in 报), or null. */
function paperEndingAt(line: string, end: number): string | null {
  let best: string | null = null;
  for (const n of PAPER_LENGTHS) {
    if (n <= end && line.slice(end - n, end) in papers) {
      best = line.slice(end - n, end);
      break;
    }
  }
  for (const suffix of paperData.suffixes) {
    if (!line.endsWith(suffix, end)) continue;
    for (let k = 4; k >= 2; k--) {
      const start = end - suffix.length - k;
      if (start >= 0 && PAPER_CITY_SET.has(line.slice(start, end - suffix.length)) && k + suffix.length > (best?.length ?? 0)) return line.slice(start, end);
    }
  }
  return best;
}

/** The city of a paper: 郑州晚报 → 郑州, 半岛都市报 → 青岛; null for a province's paper (大河报); undefined for a paper not known. */
export function paperCity(paper: string): string | null | undefined {
  const name = paper.trim().replace(/^《(.+)》$/, "$1");
  if (name in papers) return papers[name]!;
  const city = name.match(PAPER_RULE)?.[1];
  // 襄樊晚报: a paper named for its city's name of those years files under the city of today (襄阳)
  return city && (FORMER_CITIES[city] ?? city);
}

/** Papers printed as the page's own: a masthead (a line that begins with the name), a lead (郑州晚报讯), a byline
 * (郑州晚报记者, 半岛都市报全媒体记者); not a paper quoted (据《成都商报》报道). */
export function papersPrinted(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (let end = line.indexOf("报") + 1; end > 0; end = line.indexOf("报", end) + 1) {
      const name = paperEndingAt(line, end);
      if (!name) continue;
      const before = line.slice(0, end - name.length).trimEnd();
      const after = line.slice(end);
      const lead = /^(?:讯|记者|首席记者|见习记者|全媒体记者|融媒体记者|融媒记者|通讯员|特约通讯员|摄影记者|客户端)/.test(after);
      const masthead = (before === "" || /[(（]$/.test(before)) && /^(?:$|[\s·•|｜:：,，、\d(（)）])/.test(after);
      // (经济信息时报讯: a longer name ending in a known paper's is another paper)
      const whole = !/[\u4e00-\u9fa5]$/.test(before);
      if (((lead && whole) || masthead) && !/[《“"]$/.test(before)) out.push(name);
    }
  }
  return out;
}
