// Writes src/data/former-districts.json: the county-level areas of the GB/T 2260 codes of 2002–2016 (the gb2260
// package's revisions) that today's codes (gazetteer.json) no longer hold in their city, such as 汕头 金园区 (until
// 2003) or 天水 北道区 (renamed 麦积区 in 2004), so that a page of their years is filed under the name it printed.
// With `-- --mca DIR` (the mca/ folder of a checkout of github.com/cn/GB2260, the civil-affairs ministry's codes of each
// December since 1980), the revisions of 1980–2001 come first, so that a page of the 1980s and 1990s is filed under the
// name it printed too (长沙 东区, until 1996).
// Run: npm run gazetteer:former [-- --mca DIR]
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shortCity } from "../src/parse/city-names.ts";

const PACKAGE = "gb2260@0.6.0";
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);

const dir = mkdtempSync(join(tmpdir(), "gb2260-"));
execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
execFileSync("tar", ["xzf", `${PACKAGE.replace("@", "-")}.tgz`, "package/lib"], { cwd: dir });
const revisions = readdirSync(join(dir, "package/lib"))
  .filter((f) => /^\d{6}\.json$/.test(f))
  .sort()
  .map((f) => ({ year: Number(f.slice(0, 4)), codes: JSON.parse(readFileSync(join(dir, "package/lib", f), "utf8")) as Record<string, string> }));
const { values: args } = parseArgs({ options: { mca: { type: "string" } } });
/** mca/199512.tsv: "mca	199512	430102	东区" per line, after a header. */
const readMca = (file: string): Record<string, string> =>
  Object.fromEntries(readFileSync(file, "utf8").split("\n").slice(1).map((l) => l.split("\t")).filter((f) => /^\d{6}$/.test(f[2] ?? "")).map((f) => [f[2]!, f[3]!.trim()]));
const earlier = args.mca
  ? readdirSync(args.mca).filter((f) => /^(?:19\d{2}|200[01])12\.tsv$/.test(f)).sort().map((f) => ({ year: Number(f.slice(0, 4)), codes: readMca(join(args.mca!, f)) }))
  : [];
revisions.unshift(...earlier);

interface Gazetteer { cities: Record<string, string>; areas: Record<string, [string, string]> }
const gazetteer = JSON.parse(readFileSync(new URL("../src/data/gazetteer.json", import.meta.url), "utf8")) as Gazetteer;
const todayInCity = new Set(Object.values(gazetteer.areas).map(([name, city]) => `${city}|${name}`));
const todayByCode = new Map(Object.entries(gazetteer.areas).map(([code, [name]]) => [code, name]));
const citiesOfName = new Map<string, Set<string>>();
for (const [name, city] of Object.values(gazetteer.areas)) citiesOfName.set(name, (citiesOfName.get(name) ?? new Set()).add(city));
/** Today's cities holding the areas an old prefecture code held, by name, with how many (吐鲁番地区 6521 → 吐鲁番 6504). */
const heirsOf = new Map<string, Map<string, number>>();
function heirs(prefix: string): Map<string, number> {
  let votes = heirsOf.get(prefix);
  if (votes) return votes;
  votes = new Map<string, number>();
  // 4290, 6590: a province's counties under no prefecture, not a city
  // (from the codes of 2002 on where they hold the prefecture: an area that left it in the 1980s, 靖远县 to 白银, votes for
  // a city the prefecture's areas of the archive's later years never went to)
  const holds = (rev: (typeof revisions)[number]) => Object.keys(rev.codes).some((c) => c.startsWith(prefix) && !c.endsWith("00"));
  const later = revisions.filter((rev) => rev.year >= 2002 && holds(rev));
  if (!prefix.endsWith("90"))
    for (const rev of later.length ? later : revisions)
      for (const [c, n] of Object.entries(rev.codes)) {
        if (!c.startsWith(prefix) || c.endsWith("00")) continue;
        for (const city of citiesOfName.get(n) ?? []) votes.set(city, (votes.get(city) ?? 0) + 1);
      }
  heirsOf.set(prefix, votes);
  return votes;
}
const heir = (prefix: string) => [...heirs(prefix)].sort((a, b) => b[1] - a[1])[0]?.[0];
/** The gazetteer's city of an old code: its prefecture (4 digits), or the whole municipality; a prefecture whose code
 * today's codes no longer hold (a 地区 made a 市 under a new code), the city that holds its areas now. */
const cityOf = (code: string): string | undefined => {
  const key = MUNICIPALITIES.has(code.slice(0, 2)) ? `${code.slice(0, 2)}00` : code.slice(0, 4);
  return gazetteer.cities[key] ? key : heir(key);
};

/** An area of a city, not the city itself nor a grouping line ("市辖区", "县"). */
const isArea = (code: string, name: string) => !code.endsWith("00") && !/^(?:市辖区|县|省直辖县级行政区划)$/.test(name);

interface Former { city: string; name: string; code: string; last: number }
/** The revision after the last that holds each area: the year it ended. */
const former = new Map<string, Former & { next: number | null }>();
/** The cities each area's name was coded under from 2002 on. */
const laterCities = new Map<string, Set<string>>();
for (const rev of revisions.filter((r) => r.year >= 2002)) {
  for (const [code, name] of Object.entries(rev.codes)) {
    const city = cityOf(code);
    if (city && isArea(code, name)) laterCities.set(name, (laterCities.get(name) ?? new Set()).add(city));
  }
}
/** Whether three revisions or more code an area of `name` in `city` and another in a city besides (湖北's codes of 1985
 * list 黄州区 under two prefectures for that one year: a move half recorded, not two areas). */
function namesakes(name: string, city: string): boolean {
  return revisions.filter((rev) => {
    const cities = new Set(Object.entries(rev.codes).filter(([c, n]) => n === name && isArea(c, n)).map(([c]) => cityOf(c)));
    return cities.has(city) && cities.size > 1;
  }).length >= 3;
}
/** Whether a page of 1980–2001 printing an area of those years' codes means that area of `city`. */
function meantByEarlyName(name: string, city: string): boolean {
  // (many cities had a 郊区, a 东区 or a 城北区 of their own)
  const generic = /^(?:[东西南北中]|城[东西南北中]|郊|矿|市郊|[东西南北]郊|新)区$/.test(name);
  // (扬州's 泰兴市 until 1996, 泰州's today; 濮阳's 长垣县 of 1983–1986, 新乡's from then to 2019: an area that moved to
  // another city under its name is the later city's)
  // (合肥's 东市区 and 蚌埠's, 合肥's 西市区 and 营口's, coded in the same years: two areas of one name, not one that moved)
  if (!generic && (citiesOfName.has(name) || [...(laterCities.get(name) ?? [])].some((c) => c !== city)) && !namesakes(name, city)) return false;
  // (城区 of the 1980s, which most cities' papers print for their own town centre; 承德地区's 承德市 of 1980, a county-level
  // city of the prefecture's own name, which a page means as the city)
  return name !== "城区" && name.replace(/市$/, "") !== shortCity(gazetteer.cities[city]!);
}
for (const [i, rev] of revisions.entries()) {
  for (const [code, name] of Object.entries(rev.codes)) {
    const city = cityOf(code);
    if (!city || !isArea(code, name) || todayInCity.has(`${city}|${name}`)) continue;
    if (rev.year < 2002 && !meantByEarlyName(name, city)) continue;
    // an area of a prefecture whose code is gone (a 地区 made a 市 under a new code): one that kept its name is today's
    // (巢湖地区's 庐江县, now 合肥's); one renamed is filed under the city that holds all the prefecture's areas that kept
    // their names, and left out when they went to several (巢湖地区's 居巢区)
    if (!MUNICIPALITIES.has(code.slice(0, 2)) && !gazetteer.cities[code.slice(0, 4)]) {
      if (citiesOfName.has(name) || heirs(code.slice(0, 4)).size !== 1) continue;
    }
    // the last code it had names its successor
    former.set(`${city}|${name}`, { city, name, code, last: rev.year, next: revisions[i + 1]?.year ?? null });
  }
}

/** 邹县 → 邹城市 (a new code in 1992): a county made a county-level city under its name, the one area of its city
 * today whose name is the county's with 市 for 县 (not 吴县, whose name no area of 苏州 keeps), or the former one */
function namedSuccessor(f: Former): string | undefined {
  const stem = f.name.match(/^(.+)县$/)?.[1];
  if (!stem) return undefined;
  const heirs = Object.values(gazetteer.areas).filter(([name, city]) => city === f.city && (name === `${stem}市` || name === `${stem}城市`));
  if (heirs.length === 1) return heirs[0]![0];
  // (新会县 → 新会市 in 1992, 新会区 since 2002: the county-level city of its name, itself gone since)
  const city = former.get(`${f.city}|${stem}市`);
  return city && city.code !== f.code && city.last >= f.last ? city.name : undefined;
}
const districts = [...former.values()]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((f) => {
    const successor = todayByCode.get(f.code) ?? namedSuccessor(f);
    return { city: shortCity(gazetteer.cities[f.city]!), name: f.name, until: f.next ?? f.last + 1, ...(successor ? { successor } : {}) };
  });
// 襄樊 → 襄阳: a city renamed under the same code; 莱芜 → 济南: a city abolished, its areas now in another city (the
// one that holds most of them by name)
const todayCity = (code: string) => gazetteer.cities[code];
const formerCities = new Map<string, string>();
for (const rev of revisions) {
  for (const [code, name] of Object.entries(rev.codes)) {
    if (!code.endsWith("00") || code.endsWith("0000") || /^(?:市辖区|县)$|直辖/.test(name)) continue;
    const key = code.slice(0, 4);
    if (MUNICIPALITIES.has(code.slice(0, 2))) continue;
    const old = shortCity(name);
    // (温江地区, 涪陵地区 of the 1980s: a prefecture named for its seat, whose name is today's 温江区, 涪陵区: the name means that)
    if (rev.year < 2002 && ["", "区", "县", "市"].some((suffix) => citiesOfName.has(old + suffix))) continue;
    const now = todayCity(key);
    if (now && shortCity(now) !== old) formerCities.set(old, shortCity(now));
    // 巢湖: now a county-level city of 合肥 under its own name
    const itself = citiesOfName.get(name);
    if (!now && itself?.size === 1) formerCities.set(old, shortCity(gazetteer.cities[[...itself][0]!]!));
    else if (!now) {
      const best = heir(key);
      if (best) formerCities.set(old, shortCity(gazetteer.cities[best]!));
    }
  }
}
for (const today of Object.values(gazetteer.cities)) formerCities.delete(shortCity(today));
// (海南行政区 of 1980, whose areas went to counties under the province, not to a city)
for (const [old, now] of formerCities) if (/[县区]$/.test(now)) formerCities.delete(old);

const out = {
  source: `${earlier.length ? `github.com/cn/GB2260 mca/ (the civil-affairs ministry's codes of December ${earlier[0]!.year}–${earlier[earlier.length - 1]!.year}) and ` : ""}${PACKAGE} (npm; GB/T 2260 revisions 2002–2016), trimmed by scripts/build-former-districts.ts`,
  format: "cities: a city's name of those years → today's city that holds it; districts: county-level areas those codes held that today's codes no longer hold in their city; until: the year of the first revision without it; successor: today's area under the same code, where there is one",
  cities: Object.fromEntries([...formerCities].sort()),
  districts,
};
writeFileSync(new URL("../src/data/former-districts.json", import.meta.url), JSON.stringify(out, null, 0).replace(/\},\{/g, "},\n{") + "\n");
console.log(`former cities: ${formerCities.size}; former districts: ${districts.length}, ${districts.filter((d) => d.successor).length} with a successor under the same code`);
