// City, district and place of each record.
// City: the manifest's; else its paper's (the manifest's paper, or one the page prints as its own: masthead, 郑州晚报讯,
// 郑州晚报记者); else the city that the districts and streets of the whole page name by a clear majority.
// District, only within that city (many cities have a 鼓楼区 or a 高新区): kicker, headline, lead, as printed, be it a
// district, a functional zone (郑东新区) or an abolished district (青岛 四方区); else the streets they name (淮河路街道 in
// 郑州 → 二七区); else the page's one district. adminDistrict: the administrative district beside a functional zone.
import type { Context } from "./context.ts";
import zoneData from "../data/functional-zones.json" with { type: "json" };
import placeWords from "../data/place-words.json" with { type: "json" };
import type { BulletinMeta, PlacedDraft, ReadDraft } from "./types.ts";
import { stripListMark, TOWN_SHAPE } from "./text-shape.ts";
import paperData from "../data/papers.json" with { type: "json" };
import { CITIES, cityInProvince, cityNamed, cityVotes, districtNamed, districtOfPlaces, findDistricts, findPlaces, isShortAreaName, nameOfYear, ofFormerYears, paperCity, paperProvince, papersPrinted, shortCity, type District, type PlaceMatch } from "./gazetteer.ts";

/** 涪陵日报, 浦东时报, 房山报, 今日苍南: the place a local paper is named for. */
const PAPER_PLACE = new RegExp(`^(?:今日)?([\\u4e00-\\u9fa5]{2,4}?|[\\u4e00-\\u9fa5]{2,4}?(?:新区|高新区|经开区|开发区))(?:${paperData.areaPaperSuffixes.join("|")})?$`);
/** 天津日报·今日东丽, 齐鲁晚报·今日商河: a city paper's edition for one of its areas is that area's own paper. */
const editionOf = (paper: string | null | undefined) => paper?.trim().replace(/^《(.+)》$/, "$1").split(/[·•]/).pop()?.trim();
const paperPlaceOf = (meta: BulletinMeta) => editionOf(meta.paper)?.match(PAPER_PLACE)?.[1];
/** Zone-shaped words that name no zone. */
const PHRASE_ZONES = new Set(zoneData.phrases);

const titleText = (d: ReadDraft) => [d.pretitle, d.headline, d.subtitle].filter(Boolean).join(" ");
const leadText = (d: ReadDraft) => d.paragraphs[0] ?? d.captions[0]?.text ?? "";
const allText = (d: ReadDraft) => [d.kicker ?? "", titleText(d), ...d.paragraphs, ...d.captions.map((c) => c.text)].join("\n");

/** The city with a clear majority of the votes: at least three times the next one's and more than half of all. */
function majority(votes: Map<string, number>): string | null {
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  const [city, n] = ranked[0]!;
  const total = ranked.reduce((sum, [, v]) => sum + v, 0);
  return n >= 3 * (ranked[1]?.[1] ?? 0) && 2 * n > total ? city : null;
}

/** The bulletin's city, or null when nothing tells it clearly; `told`: whether the manifest or a paper said it, not only
 * the places the page names. */
function cityOf(drafts: ReadDraft[], meta: BulletinMeta, lines: string[], ctx: Context): { city: string | null; told: boolean } {
  if (meta.city) {
    const city = cityNamed(meta.city);
    if (!CITIES.has(city)) ctx.report("place/unknown-city", "warning", 1, `the manifest's city “${meta.city}” is not a city of the gazetteer: its districts are not resolved`);
    return { city, told: true };
  }
  const fromPaper = meta.paper ? paperCity(meta.paper) : undefined;
  if (fromPaper) {
    // (羊城晚报's page of 汕头's districts, 金平区 … 潮阳区 … 澄海区: a big paper's regional page, its places all another
    // city's, none the paper's own)
    const votes = provincial(cityVotes(drafts.map(allText).join("\n")), meta);
    const other = majority(votes);
    // (two stories at least: one travel piece naming 开封's districts does not move a 郑州晚报 page)
    const naming = other ? drafts.filter((d) => majority(provincial(cityVotes(allText(d)), meta)) === other).length : 0;
    if (other && other !== fromPaper && !votes.has(fromPaper) && (votes.get(other) ?? 0) >= 4 && naming >= 2) {
      ctx.report("place/regional-page", "info", 1, `${meta.paper} is ${fromPaper}'s paper, but this page's places are all ${other}'s: its stories are filed under ${other}`);
      return { city: other, told: false };
    }
    return { city: fromPaper, told: true };
  }
  if (fromPaper === undefined) {
    // no paper in the manifest, or one the gazetteer does not know: a paper the page prints as its own
    const votes = new Map<string, number>();
    for (const paper of papersPrinted(lines)) {
      const city = paperCity(paper);
      if (city) votes.set(city, (votes.get(city) ?? 0) + 1);
    }
    const city = majority(votes);
    if (city) return { city, told: true };
  }
  return { city: majority(provincial(cityVotes(drafts.map(allText).join("\n")), meta)), told: false };
}

/** 陕西工人报's page: only the votes for cities of the province its paper is named for (甘亭镇 is 洪洞县's too, in 山西). */
function provincial(votes: Map<string, number>, meta: BulletinMeta): Map<string, number> {
  const province = meta.paper ? paperProvince(meta.paper) : null;
  return province ? new Map([...votes].filter(([city]) => cityInProvince(city, province))) : votes;
}

/** Whether a place found in `district`'s city lies in it: its own streets, a zone's administrative district, an abolished district's successor. */
function within(district: District, p: PlaceMatch): boolean {
  // (番禺县 → 番禺市 → 番禺区: an abolished district's successor, itself abolished since, down to today's area)
  let last = district;
  for (let step = 0; step < 3 && last.kind === "abolished" && last.successor; step++) {
    const next = districtNamed(last.successor, last.city);
    if (!next || next.kind !== "abolished") break;
    last = next;
  }
  if (last !== district) return within(last, p) || p.districts.some((d) => d.city === district.city && d.name === district.successor);
  return p.districts.some(
    (d) =>
      d === district ||
      (district.kind === "zone" && !district.code && d.city === district.city && (!district.admin || d.name === district.admin)) ||
      (district.kind === "abolished" && d.city === district.city && d.name === district.successor) ||
      // an area gone with no successor (吐鲁番市 of 2012, now 高昌区 under a new code): the gazetteer cannot place its
      // towns, any of its city's will do
      (district.kind === "abolished" && !district.successor && d.city === district.city),
  );
}

const ZONE_SHAPE = new RegExp(`^[\\u4e00-\\u9fa5]{2,6}?(?:${zoneData.shapes.join("|")})`);
/** 游客在三仙山景区: a sentence's words, not a zone's name */
const SENTENCE_WORDS = new RegExp(`[${placeWords.notInNames}]`);

/** A functional zone the lexicon does not know, opening the kicker or headline, or the lead's first words: 贵安新区湖潮乡…, 滇池度假区 海埂大坝… */
function unknownZone(d: ReadDraft, city: string): District | null {
  const lead = leadText(d).replace(/^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|日前|近日|近期|最近|昨天|昨日|今年以来)[，,]?/, "");
  for (const text of [d.kicker?.replace(/[【】\[\]]/g, "") ?? "", d.headline ?? "", lead]) {
    const m = text.match(ZONE_SHAPE);
    if (m && !PHRASE_ZONES.has(m[0]) && !SENTENCE_WORDS.test(m[0])) return { city, name: m[0], official: m[0], code: "", kind: "zone", admin: null };
  }
  return null;
}

/** 海淀交警, 朝阳法院: a district's short name before one of its bodies. */
const BEFORE_BODY = new RegExp(`^([\\u4e00-\\u9fa5]{2,3}?)(?:${placeWords.districtBodies.join("|")})`);

/** 京山：千亩茶园采摘忙, 【临县】…, 海淀交警进校园…: a county or district of the city by its short name, opening the kicker
 * or headline, alone, before a colon or before one of its bodies (交警, 法院). */
function shortNamed(d: ReadDraft, city: string): District | null {
  for (const text of [d.kicker?.replace(/[【】\[\]]/g, "") ?? "", d.headline ?? ""]) {
    const alone = text.match(/^([\u4e00-\u9fa5]{2,4})(?:\s*[:：]|$)/);
    const body = alone ? null : text.match(BEFORE_BODY);
    // (南昌交警: the city's own police, not 南昌县's)
    const name = alone?.[1] ?? (body && body[1] !== city ? body[1] : undefined);
    if (!name) continue;
    for (const suffix of ["县", "市", "区"]) {
      const found = districtNamed(`${name}${suffix}`, city);
      if (found && found.kind === "district") return found;
    }
  }
  return null;
}

/** The administrative district beside the record's district: itself, a zone's own, or where the record's streets lie. */
function adminOf(district: District, places: PlaceMatch[]): string | null {
  if (district.kind !== "zone" || district.admin || district.code) return district.admin;
  const d = districtOfPlaces(places.filter((p) => within(district, p)));
  return d && d.kind === "district" ? d.name : null;
}

/** A county, a county-level city, a district or a banner given as the page's city or in its paper's name (江阴, 瑞安日报,
 * 涪陵日报, 浦东时报, 察右中旗报): the paper of that area, whose stories are the area's own; under the name of the page's years (上虞日报 of
 * 2010: 上虞市, a district since 2013). */
function homeArea(meta: BulletinMeta, pageCity: string | null, printed: (name: string) => boolean): District | null {
  const city = meta.city && CITIES.has(cityNamed(meta.city)) ? cityNamed(meta.city) : pageCity;
  const year = meta.date ? Number(meta.date.slice(0, 4)) : null;
  const paperPlace = paperPlaceOf(meta);
  // a paper's name is a place's only where that place lies in the page's city (新民晚报 is no paper of 新民市), but for
  // 今日 and a county's name (今日苍南), which is that county's paper wherever it is
  const ownPlace = city || /^今日/.test(editionOf(meta.paper) ?? "") ? paperPlace : null;
  const names = [meta.city?.trim(), meta.paper ? paperCity(meta.paper) : null, ownPlace].filter((n): n is string => !!n && !CITIES.has(cityNamed(n)));
  for (const name of new Set(names)) {
    const bare = name.replace(/(?:新区|市|县|区|旗)$/, "");
    const found = ["市", "县", "区", "新区", "旗"].map((suffix) => districtNamed(`${bare}${suffix}`, name === paperPlace ? city : null)).filter((d): d is District => d !== null && d.kind !== "zone");
    const today = found.find((d) => d.kind === "district");
    // (番禺报 of 1990: 番禺县 until 1992, 番禺市 until 2000: the name that ended first after the page's year)
    const former = found.filter((d) => d.kind === "abolished" && ofFormerYears(d, today ?? null, year, printed)).sort((a, b) => (a.until ?? Infinity) - (b.until ?? Infinity))[0];
    if (former ?? today) return (former ?? today)!;
    // 杨凌 of 2022: an area renamed since (杨凌区 → 杨陵区) is its successor's
    // (a county become a district of its name, 长安县 → 长安区, is no rename: several cities may have one)
    const renamed = found.find((d) => d.kind === "abolished" && d.successor && d.successor.replace(/(?:新区|市|县|区)$/, "") !== bare);
    const successor = renamed && districtNamed(renamed.successor!, renamed.city);
    // (吴县日报 of 1999: 吴县 was 吴县市 from 1995 to 2001, its name of those years)
    if (successor && (successor.kind === "district" || (successor.kind === "abolished" && ofFormerYears(successor, null, year, printed)))) return successor;
  }
  // 两江新区报, 贵安新区报: a functional zone's own paper, in the page's city
  const zone = paperPlace && city ? paperPlace.match(ZONE_NAME)?.[0] : null;
  if (zone && !PHRASE_ZONES.has(zone)) {
    const known = districtNamed(zone, city);
    // (常州高新区报: the city's 高新区, by the name its stories print)
    const name = zone.startsWith(city!) && zone.length > city!.length + 1 ? zone.slice(city!.length) : zone;
    return known?.kind === "zone" ? known : { city: city!, name, official: zone, code: "", kind: "zone", admin: null };
  }
  return null;
}
const ZONE_NAME = new RegExp(`^[\\u4e00-\\u9fa5]{2,4}(?:${zoneData.shapes.join("|")})$`);

/** 都江堰报 with no city given: the paper of the one county-level area of China its name names (都江堰市), when two of its
 * stories or more name places in that area; else null. */
function claimedHome(meta: BulletinMeta, drafts: ReadDraft[], printed: (name: string) => boolean): District | null {
  const paperPlace = paperPlaceOf(meta);
  if (!paperPlace || CITIES.has(cityNamed(paperPlace))) return null;
  const bare = paperPlace.replace(/(?:新区|市|县|区|旗)$/, "");
  const year = meta.date ? Number(meta.date.slice(0, 4)) : null;
  for (const suffix of ["市", "县", "区", "旗"]) {
    const named = districtNamed(`${bare}${suffix}`, null);
    // 郫县报 of 2001: a county of the page's years, its towns today's 郫都区's
    const today = named?.kind === "abolished" && named.successor ? districtNamed(named.successor, named.city) : null;
    // (花县报 of 1980: a county of the page's years with no area of today under its code, 花都区 being another code)
    const area = named?.kind === "district" ? named : today && ofFormerYears(named!, today, year, printed) ? today : named?.kind === "abolished" && !named.successor && ofFormerYears(named, null, year, printed) ? named : null;
    if (!area) continue;
    // (邹县看庄乡…: a story printing the county's own name of its years names it, whatever its towns are called today)
    const naming = drafts.filter((d) => {
      const text = [d.kicker ?? "", titleText(d), leadText(d)].join(" ");
      return text.includes(named!.name) || findPlaces(text, area.city).some((p) => within(area, p));
    });
    if (naming.length >= 2) return area === named ? area : named!;
  }
  return null;
}

export function place(input: { drafts: ReadDraft[]; meta: BulletinMeta; lines?: string[] }, ctx: Context): PlacedDraft[] {
  const { drafts } = input;
  // a county-level area named as the page's city (江阴) or in its paper's name (瑞安日报) says the city too
  const pageLines = input.lines ?? drafts.flatMap((d) => [allText(d), ...d.bylines]);
  const pageText = pageLines.join("\n");
  // a name as the page prints it: 上虞市, not 上虞市场
  const printed = (name: string) => new RegExp(`${name}(?![场民政委长级容貌])`).test(pageText);
  const declared = homeArea(input.meta, null, printed) ?? (input.meta.city ? null : claimedHome(input.meta, drafts, printed));
  const meta = declared ? { ...input.meta, city: declared.city } : input.meta;
  const { city: pageCity, told } = cityOf(drafts, meta, pageLines, ctx);
  // a paper named for one of the city's areas (涪陵日报) is that area's paper only if its page names no other area of the
  // city in two stories or more (井冈山报, 右江日报 are their city's papers)
  const local = declared ? null : homeArea(input.meta, pageCity, printed);
  const namesOtherAreas = (home: District) => {
    // the city's other districts each story names; one named by two stories or more makes the page the city's
    const seen = new Set<District>();
    for (const d of drafts) {
      const own = new Set(findDistricts([d.kicker ?? "", titleText(d), leadText(d)].join(" "), home.city).map((m) => m.district));
      for (const x of own) {
        if (x.kind !== "district" || x.name === home.name || x.name === home.successor) continue;
        if (seen.has(x)) return true;
        seen.add(x);
      }
    }
    return false;
  };
  const home = declared ?? (local && !namesOtherAreas(local) ? local : null);
  if (home) ctx.report("place/home-area", "info", 1, `${input.meta.paper ?? input.meta.city} is the paper of ${home.city} ${home.name}: its stories are filed under ${home.name}`);
  // a page whose city nothing tells (a province's paper): each record's own districts and streets may
  // (on a page whose city only its places told, a story whose own kicker, headline and lead name another city's
  // districts, 吴忠市利通区 on a page of 银川's, is of that city; a town's name alone is too often another city's too)
  const cities = drafts.map((d) => {
    if (pageCity && told) return pageCity;
    const ownText = [d.kicker ?? "", titleText(d), leadText(d)].join("\n");
    const own = majority(provincial(cityVotes(ownText, false), input.meta));
    // (and its streets do not say otherwise: 掌政镇干部赴利通区学习 is 银川's)
    // (双流县 / 黄甲麻羊走上成都餐桌 on a province's page: the districts its own lines name tell its city before its text's streets)
    if (!pageCity && own) return own;
    return (pageCity && own && majority(provincial(cityVotes(ownText), input.meta)) === own ? own : pageCity) ?? majority(provincial(cityVotes(allText(d)), input.meta));
  });
  if (!pageCity) {
    const told = cities.filter((c) => c !== null).length;
    if (told === 0 || cities.some((c, k) => !c && (drafts[k]!.paragraphs.length || drafts[k]!.headline))) {
      ctx.report("place/no-city", "warning", 1, "cannot tell the bulletin's city; add it to seeds/manifest.json");
    } else ctx.report("place/city-per-record", "info", 1, `the page's records are of several cities (${[...new Set(cities)].join("、")})`);
  }
  const named = drafts.map((d, k): District | null => {
    if (!cities[k]) return null;
    for (const text of [d.kicker ?? "", titleText(d), leadText(d)]) {
      const found = findDistricts(text, cities[k]!)[0];
      // a zone as the paper names it: 天津经济技术开发区 and 开发区 are the 经开区 of the lexicon; 火炬开发区：… opening a
      // kicker or headline, with the name before it
      // (利民开发区今年新引进…: a name of its own before the zone, opening the headline, whatever follows; not 我县开发区)
      const printed = found && text.slice(0, found.index).match(/^(?![我本全该各多新])(?!(?:今年|去年|明年|近日|日前|近年|目前|首批|今后|[一二两三四五六七八九十几\d]+个))[\u4e00-\u9fa5]{2,4}$/) && new RegExp(`^.{${found.index}}${found.text}`).test(text) ? text.slice(0, found.index + found.text.length) : found?.text;
      if (found) return found.district.kind === "zone" && printed !== found.district.name ? { ...found.district, name: printed! } : found.district;
    }
    return shortNamed(d, cities[k]!) ?? unknownZone(d, cities[k]!);
  });
  const distinct = [...new Set(named.filter((d): d is District => d !== null))];
  // a page whose one named district is its stories' own; not a zone one story names (火炬开发区：…), which is that story's
  const bulletinDistrict = distinct.length === 1 && new Set(cities).size === 1 && distinct[0]!.kind !== "zone" ? distinct[0]! : null;
  // the page's year: its date's, else the one year its stories' datelines give (2004年3月27日, …)
  const datelines = new Set(drafts.flatMap((d) => [...leadText(d).slice(0, 40).matchAll(/((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/g)].map((m) => m[1]!)));
  const year = meta.date ? Number(meta.date.slice(0, 4)) : datelines.size === 1 ? Number([...datelines][0]) : null;

  // each story's own places: in its kicker, title and lead
  const ownPlaces = drafts.map((d, k) => (cities[k] ? [d.kicker ?? "", titleText(d), leadText(d)].flatMap((t) => findPlaces(t, cities[k]!)) : []));
  // the district the page's stories name no district of their own lie in, by their streets, when two thirds or more of
  // them (and two at least) lie in one: the home area of a county gone with no successor (绍兴县 of 1998 → 柯桥区's towns)
  const byStreets = drafts.map((_, k) => (named[k] ? null : districtOfPlaces(ownPlaces[k]!)?.name ?? null));
  const streetCounts = new Map<string, number>();
  for (const n of byStreets) if (n) streetCounts.set(n, (streetCounts.get(n) ?? 0) + 1);
  const [homeStreets, homeCount] = [...streetCounts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const homeByStreets = homeCount >= 2 && 3 * homeCount >= 2 * byStreets.filter(Boolean).length ? homeStreets : null;
  // the areas that took the home area over, one after another (南汇县 → 南汇区 in 2001 → 浦东新区 in 2009)
  const homeHeirs: string[] = [];
  for (let heir = home?.kind === "abolished" ? home : null; heir?.successor && homeHeirs.length < 4; ) {
    homeHeirs.push(heir.successor);
    const next = districtNamed(heir.successor, heir.city);
    heir = next?.kind === "abolished" ? next : null;
  }
  // a name in the page's own labels: its paper's name, its column labels, its kickers
  const labels = [input.meta.paper ?? "", ...drafts.flatMap((d) => [d.section ?? "", d.kicker ?? ""])].join("\n");
  const labelled = (name: string) => labels.includes(name);
  const placed = drafts.map((d, k) => {
    const city = cities[k]!;
    const places = ownPlaces[k]!;
    // the article's own places outrank what the rest of the page is about
    const own = named[k] ?? districtOfPlaces(places);
    // the home area's stories are its own, unless they name another district or a zone (江阴高新区); a district of today
    // that succeeded it is the home area under its name of the page's years (上虞区 → 上虞市 in 2010)
    // (绍兴县报 of 1998: a county gone with no successor under its code, its towns today's 柯桥区's, unless the story names
    // another district)
    // (两江新区报: a zone's paper, its stories the zone's where only their streets name a district)
    const useHome = !!home && city === home.city && (!own || own.name === home.name || (home.kind === "zone" && !named[k] && !!own && own.name === homeByStreets) || (home.kind === "abolished" && (homeHeirs.includes(own.name) || (!home.successor && !named[k] && own.name === homeByStreets))));
    // (a brief's kicker naming a county by its short name that is not the city's, 通江 on a page of 达州, is of no district
    // of the page)
    const elsewhere = !own && !!d.kicker && isShortAreaName(d.kicker.replace(/[【】\[\]]/g, ""), leadText(d));
    const found = useHome ? home : own ?? (city && !elsewhere ? bulletinDistrict : null);
    // under its name of the page's years (定陶区 on a page of 2004: 定陶县)
    const district = found && nameOfYear(found, year, printed, !named[k] && !useHome, labelled);
    let placeName: string | null = null;
    if (d.kicker) {
      // the kicker's place as a name: without its brackets and marks (【幸福里社区】, 营市街街道>>, 市北区(原四方区))
      const kicker = d.kicker.replace(/[【】\[\]]/g, "").replace(/\s*(?:>>|»|>)$/, "").replace(/[(（]原[^)）]{2,8}[)）]$/, "").trim();
      const rest = kicker.replace(findDistricts(kicker, city)[0]?.text ?? "", "").trim().replace(/^[·•|｜丨]\s*/, "");
      // (松桃蓼皋镇: a county's short name before the town, the town the place)
      const town = rest === kicker ? findPlaces(kicker, city).find((p) => p.index > 0 && p.index <= 3 && p.index + p.text.length === kicker.length) : undefined;
      placeName = town ? town.text : /[\u4e00-\u9fa5]{2}/.test(rest) ? rest : null;
    }
    placeName ??= places.find((p) => !district || within(district, p))?.text ?? null;
    if (district?.kind === "abolished" && year !== null && district.until! < year) {
      ctx.report("place/abolished-district", "info", d.startLine, `${district.city} ${district.name} ${district.successor ? `was merged into ${district.successor}` : "was abolished"} in ${district.until}, before this page's year ${year}`);
    }
    return { ...d, city, district: district?.name ?? null, adminDistrict: district ? adminOf(district, places) : null, place: placeName };
  });
  // 院东头乡依托山水资源… on a page whose every other placed story is of 沂水县: a town or township the gazetteer no longer
  // knows (merged or renamed since), opening the headline or lead, is of the county its page is about (a street's shape,
  // …街道, is also a verb's object: 清扫街道)
  const placedDistricts = new Set(placed.filter((r) => r.district).map((r) => `${r.city}|${r.district}|${r.adminDistrict ?? ""}`));
  const sole = placedDistricts.size === 1 && placed.filter((r) => r.district).length >= 2 ? placed.find((r) => r.district)! : null;
  return placed.map((r, k) => {
    const d = drafts[k]!;
    // 官桥镇…, a name towns of two districts of the city share: the one of them the page is about
    const shared = sole && !r.district && r.city === sole.city ? [d.kicker ?? "", titleText(d), leadText(d)].flatMap((t) => findPlaces(t, r.city)).find((p) => p.districts.length > 1 && p.districts.some((x) => x.name === sole.district)) : undefined;
    if (shared) return { ...r, district: sole!.district, adminDistrict: sole!.adminDistrict, place: r.place ?? shared.text };
    const town = sole && !r.district && r.city === sole.city ? [d.kicker?.replace(/[【】\[\]]/g, "") ?? "", d.headline ?? "", stripListMark(leadText(d))].map((t) => t.match(TOWN_SHAPE)?.[1]).find((t) => t && /[镇乡]$/.test(t) && !SENTENCE_WORDS.test(t) && findPlaces(t, r.city).length === 0) : undefined;
    // (a community paper's page: 虹镇老街…, 海伦路…, 嘉兴路街道… all of 虹口区, three stories or more and a third of the page's
    // placed in it and none elsewhere: its stories that name no place are of it too)
    const placedCount = placed.filter((p) => p.district).length;
    if (sole && !town && !r.district && r.city === sole.city && placedCount >= 3 && 3 * placedCount >= placed.length && (d.paragraphs.length || d.headline)) {
      ctx.report("place/page-district", "info", d.startLine, `“${d.headline ?? leadText(d).slice(0, 20)}” names no place; filed under ${sole.district}, where every placed story of the page is`);
      return { ...r, district: sole.district, adminDistrict: sole.adminDistrict };
    }
    if (!sole || !town) {
      if (!r.district && (d.paragraphs.length || d.headline)) ctx.report("place/no-district", "info", d.startLine, `no district found for “${d.headline ?? leadText(d).slice(0, 20)}”`);
      return r;
    }
    ctx.report("place/unknown-town", "info", d.startLine, `“${town}” is no town the gazetteer knows (merged or renamed since?); filed under ${sole.district}, as every other story of the page`);
    return { ...r, district: sole.district, adminDistrict: sole.adminDistrict, place: r.place ?? town };
  });
}
