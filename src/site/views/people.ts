// 张苗 as 记者 and 摄影 of one record, 通讯员 of another → {name:"张苗", url:"/people/zhangmiao-e713/", count:2, roles:记者×1, 通讯员×1, 摄影×1} and its pages.
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../../parse/types.ts";
import { slug } from "../../slug.ts";
import type { ViewContext } from "./context.ts";
import { HOME, paginate, REF_READS, type ListPage } from "./pages.ts";
import { uniqueSlugs } from "./slugs.ts";

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
 * Every person's URL slug, unique, never an error (see uniqueSlugs): a name keeps its usual slug (personSlug) unless another
 * name has the same one (same pinyin, same 4 hex digits: at 200,000 names, dozens do); then the one first seen in the
 * archive (the oldest record, then the name's hash) keeps it, and each other takes the shortest longer prefix of its
 * name's SHA-1 (6, 8, … 40 hex digits) that no other person's slug has.
 * @param names each name with its rank of first appearance (lower: seen earlier)
 */
export function assignPersonSlugs(names: Iterable<[name: string, firstSeen: number]>): Map<string, { slug: string; lengthened: boolean }> {
  return uniqueSlugs(Array.from(names, ([name, firstSeen]) => ({ key: name, text: name, firstSeen })), 4);
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
  const slugs = assignPersonSlugs([...signed].map(([name, p]) => [name, -ctx.position(p.records[p.records.length - 1]!)]));
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
