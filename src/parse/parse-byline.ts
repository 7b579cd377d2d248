// "本报讯(记者张苗 通讯员肖紫薇)" · "本报记者 梁月琳 通讯员 邹复光 韩丽" · "记者 鲁慧 通讯员 李玉珍 文/图" · "秦振华 摄" → roles.
import type { Byline } from "./types.ts";

type Role = "reporters" | "correspondents" | "photographers";

const ROLE_WORDS: [RegExp, Role][] = [
  [/^(?:本报)?(?:[\u4e00-\u9fa5]{2,8}?(?:全媒体|融媒体|日报|晚报))?(?:首席|见习|特约)?(?:摄影记者|摄影)/, "photographers"],
  [/^(?:本报)?(?:[\u4e00-\u9fa5]{2,8}?(?:全媒体|融媒体|日报|晚报))?(?:首席|见习|特约)?记者/, "reporters"],
  [/^(?:本报)?(?:特约)?通讯员/, "correspondents"],
  [/^实习生/, "reporters"],
];
const MARKER = /\s+(文\/图|文\/摄|文图|图\/文|摄)$/;
const NAME = /^[\u4e00-\u9fa5·]{2,5}$/;

function readRole(token: string): { role: Role; rest: string } | null {
  for (const [re, role] of ROLE_WORDS) {
    const m = token.match(re);
    if (m) return { role, rest: token.slice(m[0].length) };
  }
  return null;
}

interface Reading {
  names: Record<Role, string[]>;
  marker: string | null;
  roles: number;
}

/** Reads roles and names, or null when some token is neither (then the text is not a byline). */
function read(text: string): Reading | null {
  let s = text.trim();
  const marker = s.match(MARKER);
  if (marker) s = s.slice(0, marker.index).trim();
  const names: Record<Role, string[]> = { reporters: [], correspondents: [], photographers: [] };
  let role: Role | null = null;
  let roles = 0;
  const pending: string[] = [];
  for (const token of s.split(/[\s、,,]+/).filter(Boolean)) {
    const r = readRole(token);
    let name = token;
    if (r) {
      role = r.role;
      roles++;
      name = r.rest;
      if (!name) continue;
    }
    if (!NAME.test(name) || /记者|通讯员/.test(name)) return null;
    if (role) names[role].push(name);
    else pending.push(name);
  }
  if (roles === 0 && !marker) return null;
  if (pending.length) {
    const first: Role = marker?.[1] === "摄" ? "photographers" : "reporters";
    names[first].unshift(...pending);
  }
  if (roles + pending.length === 0) return null;
  return { names, marker: marker?.[1] ?? null, roles };
}

/** True when `text` is nothing but a byline: roles, names and a 文/图 or 摄 mark. */
export function isBylineText(text: string): boolean {
  return read(text) !== null;
}

/** A whole-line photo credit: 秦振华 摄, 本报记者 梁月琳 通讯员 李香尼 摄. */
export function isPhotoCreditText(text: string): boolean {
  return /摄$/.test(text) && read(text)?.marker === "摄";
}

/** Splits a photo credit off the end of a caption: "…传统文化。王孟阳 摄" → ["…传统文化。", "王孟阳 摄"]. */
export function splitPhotoCredit(text: string): [string, string] | null {
  if (!/摄$/.test(text)) return null;
  // the longest tail after a sentence end or a space that reads as a credit, at most 40 characters
  for (let at = Math.max(-1, text.length - 42); at < text.length - 2; at++) {
    if (at >= 0 && !"。!?!?”)) ".includes(text[at]!)) continue;
    const credit = text.slice(at + 1).trim();
    if (isPhotoCreditText(credit)) return [text.slice(0, at + 1).trim(), credit];
  }
  return null;
}

/** `本报讯(记者张苗 通讯员肖紫薇) 人间…` → byline "本报讯(记者张苗 通讯员肖紫薇)" and text "人间…". */
export function splitLead(text: string): { byline: string; text: string } {
  const m = text.match(/^本报讯\s*(?:([((])([^()()]{1,80})([))]))?\s*/);
  if (!m) return { byline: "", text };
  if (m[2] !== undefined && !isBylineText(m[2])) {
    const plain = text.match(/^本报讯\s*/)![0];
    return { byline: "本报讯", text: text.slice(plain.length) };
  }
  return { byline: m[0].trim(), text: text.slice(m[0].length) };
}

export function emptyByline(): Byline {
  return { raw: "", reporters: [], correspondents: [], photographers: [] };
}

/** Reads one or more byline texts (lead, own line, end, photo credit) into one byline with roles. */
export function parseByline(raws: string[]): Byline {
  const byline = emptyByline();
  byline.raw = raws.join(" / ");
  const add = (role: Role, name: string) => {
    if (!byline[role].includes(name)) byline[role].push(name);
  };
  for (const raw of raws) {
    const inner = raw.replace(/^本报讯\s*/, "").replace(/^[((]|[))]$/g, "");
    const r = read(inner);
    if (!r) continue;
    if (r.marker === "摄") {
      // 本报记者 梁月琳 通讯员 李香尼 摄: everyone named took the photo
      for (const role of ["reporters", "correspondents", "photographers"] as Role[]) for (const n of r.names[role]) add("photographers", n);
      continue;
    }
    for (const role of ["reporters", "correspondents", "photographers"] as Role[]) for (const n of r.names[role]) add(role, n);
    if (r.marker && /图|摄/.test(r.marker) && r.marker !== "摄") {
      for (const n of [...r.names.reporters, ...r.names.correspondents]) add("photographers", n);
    }
  }
  return byline;
}
