// [泰州|高新区 (seen first), 台州|高新区] → taizhou-gaoxinqu, taizhou-gaoxinqu-<4 hex digits of its hash>: URL slugs that never collide.
import { createHash } from "node:crypto";
import { slug } from "../../slug.ts";

export interface SlugItem {
  /** What is named: hashed, and the key of the answer (a person's name; a district's `city|name`). */
  key: string;
  /** What the slug reads (its pinyin). */
  text: string;
  /** Rank of first appearance in the archive (lower: seen earlier): who keeps a shared slug. */
  firstSeen: number;
}

/**
 * Every key's slug, unique, never an error: `slug(text)` followed by `digits` hex digits of the key's SHA-1 (none: the slug
 * alone) unless another key has the same; then the one first seen (then the lower hash) keeps it, and each other takes the
 * shortest longer prefix of its hash (digits + 2, + 4, … 40; from 4 when `digits` is 0) that no other slug has. A slug
 * `reserved` says is taken (a list's page numbers, a fixed URL) is lengthened the same way, by every key that has it.
 * Depends only on the keys and their order of first appearance, so it is the same from build to build, and as the archive
 * grows only a key that comes to share a slug with an older one gets a new, longer URL (the older keeps its).
 */
export function uniqueSlugs(items: Iterable<SlugItem>, digits: number, reserved: (slug: string) => boolean = () => false): Map<string, { slug: string; lengthened: boolean }> {
  const byBase = new Map<string, { key: string; firstSeen: number; hash: string; stem: string }[]>();
  for (const { key, text, firstSeen } of items) {
    const hash = createHash("sha1").update(key).digest("hex");
    const plain = slug(text);
    const stem = `${plain}-`;
    const base = digits ? stem + hash.slice(0, digits) : plain;
    const group = byBase.get(base);
    if (group) group.push({ key, firstSeen, hash, stem });
    else byBase.set(base, [{ key, firstSeen, hash, stem }]);
  }
  const out = new Map<string, { slug: string; lengthened: boolean }>();
  const taken = new Set(byBase.keys());
  for (const base of [...byBase.keys()].sort()) {
    const group = byBase.get(base)!.sort((a, b) => a.firstSeen - b.firstSeen || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const keeps = !reserved(base);
    if (keeps) out.set(group[0]!.key, { slug: base, lengthened: false });
    for (const p of keeps ? group.slice(1) : group) {
      let s = "";
      for (let len = digits ? digits + 2 : 4; len <= 40 && !s; len += 2) if (!taken.has(p.stem + p.hash.slice(0, len))) s = p.stem + p.hash.slice(0, len);
      // two keys with one SHA-1: the key's code points, which no other key has
      if (!s) s = `${p.stem}${p.hash}-${[...p.key].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
      taken.add(s);
      out.set(p.key, { slug: s, lengthened: true });
    }
  }
  return out;
}
