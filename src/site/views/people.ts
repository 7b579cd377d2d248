// bylines → people: {reporters:["张苗"], photographers:["张苗"]} on two records → 张苗 at /people/zhangmiao-1a2b/, 2 records,
// roles 记者 ×2 and 摄影 ×1; a name whose usual slug another name has gets a longer one (assignPersonSlugs).
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../../parse/types.ts";
import { slug } from "../../slug.ts";
import type { ViewContext } from "./context.ts";
import { HOME, paginate, REF_READS, type ListPage } from "./pages.ts";

export interface PersonLink {
  name: string;
  url: string;
}

export interface Person {
  name: string;
  slug: string;
  url: string;
  /** Set when the name's usual slug was another's (assignPersonSlugs): its URL then depends on other names too. */
  lengthened?: true;
  count: number;
  roles: { role: string; count: number }[];
}

/** A page of a person's records; the first page also says who they are and how often they signed. */
export interface PersonPage extends ListPage {
  person: Person | null;
}

export interface PeopleView {
  /** Most records first, then by slug. */
  people: Person[];
  personPages: PersonPage[];
  /** name → the person's page */
  urls: Map<string, string>;
}

export const reads = [...REF_READS, "byline"] as const satisfies readonly (keyof ArticleRecord)[];

export const ROLES = [
  ["reporters", "记者"],
  ["correspondents", "通讯员"],
  ["photographers", "摄影"],
  ["interns", "实习生"],
] as const;

/** A person's usual URL slug: pinyin plus 4 hex digits of a hash of the name, so that names read alike mostly differ. */
export const personSlug = (name: string) => `${slug(name)}-${createHash("sha1").update(name).digest("hex").slice(0, 4)}`;

/**
 * Every person's URL slug, unique, never an error. A name keeps its usual slug (personSlug) unless another name has the
 * same one (same pinyin, same 4 hex digits: at 200,000 names, dozens do); then the one first seen in the archive (the
 * oldest record, then the name's hash) keeps it, and each other takes the shortest longer prefix of its name's SHA-1
 * (6, 8, … 40 hex digits) that no other person's slug has. Depends only on the names and their order of first
 * appearance, so it is the same from build to build, and as the archive grows only a name that comes to share a slug
 * with an older one gets a new, longer URL (the older keeps its).
 * @param names each name with its rank of first appearance (lower: seen earlier)
 */
export function assignPersonSlugs(names: Iterable<[name: string, firstSeen: number]>): Map<string, { slug: string; lengthened: boolean }> {
  const byBase = new Map<string, { name: string; firstSeen: number; hash: string }[]>();
  for (const [name, firstSeen] of names) {
    const hash = createHash("sha1").update(name).digest("hex");
    const base = `${slug(name)}-${hash.slice(0, 4)}`;
    const group = byBase.get(base);
    if (group) group.push({ name, firstSeen, hash });
    else byBase.set(base, [{ name, firstSeen, hash }]);
  }
  const out = new Map<string, { slug: string; lengthened: boolean }>();
  const taken = new Set(byBase.keys());
  for (const base of [...byBase.keys()].sort()) {
    const group = byBase.get(base)!.sort((a, b) => a.firstSeen - b.firstSeen || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    out.set(group[0]!.name, { slug: base, lengthened: false });
    for (const p of group.slice(1)) {
      const stem = base.slice(0, -4);
      let s = "";
      for (let len = 6; len <= 40 && !s; len += 2) if (!taken.has(stem + p.hash.slice(0, len))) s = stem + p.hash.slice(0, len);
      // two names with one SHA-1: the name's code points, which no other name has
      if (!s) s = `${stem}${p.hash}-${[...p.name].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
      taken.add(s);
      out.set(p.name, { slug: s, lengthened: true });
    }
  }
  return out;
}

/** One person per name, whatever roles they signed in: a record signed by one name in two roles counts once. */
export function people(_records: ArticleRecord[], ctx: ViewContext): PeopleView {
  const signed = new Map<string, { roles: Map<string, number>; records: ArticleRecord[] }>();
  for (const r of ctx.newestFirst) {
    for (const [field, role] of ROLES) {
      for (const name of r.byline[field]) {
        let p = signed.get(name);
        if (!p) signed.set(name, (p = { roles: new Map(), records: [] }));
        p.roles.set(role, (p.roles.get(role) ?? 0) + 1);
        if (p.records[p.records.length - 1] !== r) p.records.push(r);
      }
    }
  }
  // first seen: the position of the person's oldest record in the archive's order (newest first, so higher is older)
  const position = new Map(ctx.newestFirst.map((r, k) => [r, k]));
  const slugs = assignPersonSlugs([...signed].map(([name, p]) => [name, -position.get(p.records[p.records.length - 1]!)!]));
  const list: Person[] = [...signed]
    .map(([name, p]) => {
      const { slug: s, lengthened } = slugs.get(name)!;
      const person: Person = { name, slug: s, url: `/people/${s}/`, count: p.records.length, roles: ROLES.filter(([, role]) => p.roles.has(role)).map(([, role]) => ({ role, count: p.roles.get(role)! })) };
      if (lengthened) person.lengthened = true;
      return person;
    })
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  const up: [string, string][] = [HOME, ["按记者", "/people/"]];
  const personPages: PersonPage[] = list.flatMap((p) =>
    paginate(p.url, p.name, `${p.name}署名的 ${p.count} 条记录`, signed.get(p.name)!.records.map(ctx.ref), up).map((page) =>
      page.front ? { ...page, title: `${p.name}(${p.roles.map((r) => r.role).join("、")})`, person: p } : { ...page, person: null },
    ),
  );
  return { people: list, personPages, urls: new Map(list.map((p) => [p.name, p.url])) };
}
