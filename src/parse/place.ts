// District: kicker, headline, lead; else the streets they name (淮河路街道 in 郑州 → 二七区); else the page's one district.
import type { Context } from "./context.ts";
import type { BulletinMeta, PlacedDraft, ReadDraft } from "./types.ts";
import { citiesNamed, districtOfPlaces, findDistricts, findPlaces, shortCity, type District } from "./gazetteer.ts";

const PAPER_CITY = /(新乡|焦作|郑州|洛阳|开封|安阳|鹤壁|濮阳|许昌|漯河|三门峡|南阳|商丘|信阳|周口|驻马店|平顶山|济源)(?:日报|晚报)/;

/** The bulletin's city: the manifest's; else the city of the districts its text names, when they agree; else its paper's. */
function cityOf(drafts: ReadDraft[], meta: BulletinMeta, ctx: Context): string | null {
  if (meta.city) return shortCity(meta.city);
  const text = drafts.map(allText).join("\n");
  const counts = new Map<string, number>();
  for (const c of citiesNamed(text)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length && (ranked.length === 1 || ranked[0]![1] >= 3 * ranked[1]![1])) return ranked[0]![0];
  const paper = (meta.paper ?? text).match(PAPER_CITY);
  if (paper) return paper[1]!;
  ctx.report("place/no-city", "warning", 1, "cannot tell the bulletin's city; add it to seeds/manifest.json");
  return null;
}

const titleText = (d: ReadDraft) => [d.pretitle, d.headline, d.subtitle].filter(Boolean).join(" ");
const leadText = (d: ReadDraft) => d.paragraphs[0] ?? d.captions[0]?.text ?? "";
const allText = (d: ReadDraft) => [d.kicker ?? "", titleText(d), ...d.paragraphs, ...d.captions.map((c) => c.text)].join("\n");

export function place(input: { drafts: ReadDraft[]; meta: BulletinMeta }, ctx: Context): PlacedDraft[] {
  const { drafts, meta } = input;
  const city = cityOf(drafts, meta, ctx);
  const named = drafts.map((d): District | null => {
    for (const text of [d.kicker ?? "", titleText(d), leadText(d)]) {
      const found = findDistricts(text, city)[0];
      if (found) return found.district;
    }
    return null;
  });
  const distinct = [...new Set(named.filter((d): d is District => d !== null))];
  const bulletinDistrict = distinct.length === 1 ? distinct[0]! : null;

  return drafts.map((d, k) => {
    const sources = [d.kicker ?? "", titleText(d), leadText(d)];
    const places = sources.map((t) => findPlaces(t, city));
    // the article's own places outrank what the rest of the page is about
    const district = named[k] ?? districtOfPlaces(places.flat()) ?? bulletinDistrict;
    let placeName: string | null = null;
    if (d.kicker) {
      const rest = d.kicker.replace(findDistricts(d.kicker, city)[0]?.text ?? "", "");
      placeName = rest || null;
    }
    placeName ??= places.flat().find((p) => !district || p.districts.includes(district))?.text ?? null;
    if (!district && (d.paragraphs.length || d.headline)) {
      ctx.report("place/no-district", "info", d.startLine, `no district found for “${d.headline ?? leadText(d).slice(0, 20)}”`);
    }
    return { ...d, city, district: district?.name ?? null, place: placeName };
  });
}
