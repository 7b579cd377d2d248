// "本报讯(记者张苗 通讯员肖紫薇)" · "□晚报首席记者 王磊 文/图" · "文/李明 图/赵亮" · "秦振华 摄" · "本组图片由王伟摄" → people with roles.
import type { Byline, Person, Role } from "./types.ts";
import lexicon from "../data/bylines.json" with { type: "json" };
import { SPECK_AFTER_SENTENCE } from "./text-shape.ts";
import { CITIES } from "./gazetteer.ts";
import leadData from "../data/leads.json" with { type: "json" };
import surnames from "../data/surnames.json" with { type: "json" };

const ROLE_WORDS = lexicon.roleWords as Record<string, Role>;
const SLASH_ROLES = lexicon.slashRoles as Record<string, Role[]>;
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

// a paper's county bureau: 本报驻枝江记者站(记者), 米易记者站
// (县融媒体中心记者: a county's own centre, named by its rank alone)
const PAPER = `(?:[\\u4e00-\\u9fa5]{2,8}?(?:${alt(lexicon.paperSuffixes)})\\s?[·•・/／]\\s?[\\u4e00-\\u9fa5A-Za-z]{2,8}(?=记者)|(?:本报)?驻[\\u4e00-\\u9fa5]{2,4}记者站(?=记者)|[\\u4e00-\\u9fa5]{1,8}?(?=报道组|通讯组)|[\\u4e00-\\u9fa5]{2,4}(?=记者站)|${alt(lexicon.papers)}|[\\u4e00-\\u9fa5A-Za-z·\\-]{2,16}?(?:${alt(lexicon.paperSuffixes)})(?:[\\u4e00-\\u9fa5]{1,3}版)?|[A-Za-z]{2,8}|[\\u4e00-\\u9fa5A-Za-z·]{2,8}?(?=全媒体|融媒体|融媒|全媒|新媒体|首席|见习|特约)|(?!${alt(lexicon.modifiers)}|摄影|实习|特派)[\\u4e00-\\u9fa5]{2}(?=(?:摄影)?记者)|[县区市旗](?:融媒体中心|融媒中心))`;
const MODIFIERS = `(?:${alt(lexicon.modifiers)})*`;
/** 本报首席记者王磊 → paper 本报, title 首席记者, rest 王磊; 齐鲁晚报·齐鲁壹点记者 陈阳: a paper and its app's name;
 * 新甘肃·甘肃日报社区版记者: an app's and a paper's edition's. */
const ROLE_TITLE = new RegExp(`^(${PAPER})?(${MODIFIERS}(?:${alt(Object.keys(ROLE_WORDS))}))`);
const ROLE_PLACE = new RegExp(`(${alt(Object.keys(ROLE_WORDS))})\\s*[\\[【(（][\\u4e00-\\u9fa5·]{2,12}[\\]】)）]\\s*(?=[\\u4e00-\\u9fa5])`, "g");
const ROLE_SLASH = new RegExp(`(${alt(Object.keys(ROLE_WORDS))})/(?=[\\u4e00-\\u9fa5])`, "g");
/** 记者：何晓东 (a scraped story's label): a role word, a colon and names alone, each opening with a surname (记者：效果如何？ is
 * an interviewer's question) */
// (县融媒体中心记者：陈雪 罗勇, 本报记者：…: the role word with its paper and modifiers)
const COLON_ROLE = `(?:${PAPER})?${MODIFIERS}(?:${alt(Object.keys(ROLE_WORDS))})`;
const ROLE_COLON = new RegExp(`^(${COLON_ROLE})[:：]\\s*(?=[\\u4e00-\\u9fa5])`);
const ROLE_COLON_ANYWHERE = new RegExp(`(?:^|\\s+)(${COLON_ROLE})[:：]\\s*(?=[\\u4e00-\\u9fa5])`);
/** A role title glued to the name before it: 记者何钰通讯员云宣 → 记者何钰 + 通讯员云宣. */
const GLUED_ROLE = new RegExp(`${MODIFIERS}(?:${alt(Object.keys(ROLE_WORDS))})`);
const SLASH_TOKEN = new RegExp(`^(${alt(Object.keys(SLASH_ROLES).filter((k) => !k.includes("/")))})[/:：](.+)$`);
/** 李明/文, 赵亮/摄 */
const SLASH_AFTER = /^(.+)\/(文|图|摄|摄影)$/;
const PHOTO_SUFFIX = new RegExp(`(?:\\s(?:${alt(lexicon.photoSuffixes)})|(?<=[\\u4e00-\\u9fa5])摄)$`);
const GROUP_CREDIT = new RegExp(lexicon.groupCredit);
const MARKERS = new RegExp(`^[${lexicon.markers}]+\\s*`);
const TRAILING = /\s*(报道|报导|整理|采写)$/;
// (许□华, 陈□□: a name with characters the OCR lost, printed as the page shows it)
/** Characters of a sentence's words that transcribed names (阿不都热合曼, 图门吉日嘎拉) do not use. */
const PROSE_CHARACTERS = /[在看到的了着是们说这个与对把被从向给让上下衣服少民工时候]/;
const NAME = /^(?:[\u4e00-\u9fa5][\u4e00-\u9fa5□■]{1,3}|[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5]{1,10})$/;
const NOBODY = new Set(lexicon.nobody);
/** 本报记者陶然 通讯员钟华 杭州报道: the place a story was reported from, after a named role, before 报道 closing its byline
 * (本报记者 金华报道: 金华 the reporter) */
const REPORTED_FROM = /(?<=(?:记者|通讯员|实习生)\s*[\u4e00-\u9fa5]{2,4})\s+([\u4e00-\u9fa5]{2,4})(?:报道|报导)[:：\s]?$/;
/** 区融媒体中心, 县委宣传部: an office's name ends so; a person's does not */
const OFFICE_END = /(?:中心|局|站|所|办|委|院|队|部|会|社|厂|公司|组|处|科|室|馆|台|报)$/;
const AUTHOR_LABEL = new RegExp(`^(${lexicon.labels.join("|")})\\s*[:：]\\s*`);
// a mark may be set in black brackets: 【本报讯】
const LEAD = new RegExp(`^(?:[【[]\\s*(?:${leadData.leads.join("|")})\\s*[】\\]]|${leadData.leads.join("|")})`);

const roleOf = (title: string): Role => {
  for (const [word, role] of Object.entries(ROLE_WORDS).sort((a, b) => b[0].length - a[0].length)) if (title.endsWith(word)) return role;
  throw new Error(`parser bug: role title ${title} has no role word`);
};

/** 本报首席记者 王磊…, 通讯员 刘洪: text opening with the role of one who wrote the story (not a photographer's). */
export function opensWithWriter(text: string): boolean {
  const role = readRoleTitle(text)?.role;
  return role === "记者" || role === "通讯员";
}

function readRoleTitle(token: string): { title: string; role: Role; rest: string } | null {
  const m = token.match(ROLE_TITLE);
  if (!m) return null;
  return { title: m[2]!, role: roleOf(m[2]!), rest: token.slice(m[0].length) };
}

/** Reads text that is nothing but a byline into people, or null when some part of it is not a role, a name or a credit mark. */
export function readPeople(text: string): Person[] | null {
  // 文/程杰图/王磊: a credit mark glued to the name before it
  // (赵 立摄: a two-character name padded to the width of three, its 摄 glued on)
  // (文｜江晓雯 图｜李强: a bar for the credit's slash)
  // (文/图:城关区融媒体中心记者 马晓燕, 通讯员丨赵文斌: a colon after the mark, a bar after the role, as a space)
  let s = text.trim().replace(/／/g, "/").replace(/(^|\s)(文\/图|图\/文)\s*[:：]\s*/g, "$1$2 ").replace(/(记者|通讯员|实习生)\s*[｜丨]\s*(?=[\u4e00-\u9fa5])/g, "$1 ").replace(/(^|\s)(文|图|摄影|摄)\s*[｜|丨]\s*/g, "$1$2/").replace(/(?<=[\u4e00-\u9fa5])(?<![组由本文])(?=(?:图|摄影|摄)\/)/g, " ").replace(MARKERS, "").trim().replace(/(^|\s)([\u4e00-\u9fa5]) ([\u4e00-\u9fa5])摄$/, "$1$2$3 摄")
    // (图/新津区融媒体中心 王 斌: the photographer's unit between the mark and the name)
    .replace(/^((?:文|图|摄影|摄)\/)\s*[\u4e00-\u9fa5]{2,12}?(?:融媒体中心|融媒中心|新闻中心|传媒中心|报社|电视台|宣传部)\s+(?=[\u4e00-\u9fa5])/, "$1");
  const bracketed = s.match(/^[(（【\[](.*)[)）】\]]$/);
  if (bracketed) s = bracketed[1]!.trim().replace(MARKERS, "").trim();
  // (镇工商所 汪新华) after a story: someone of a local office who sent it in, a correspondent with no role word
  const office = bracketed ? s.match(OFFICE_AND_NAMES) : null;
  if (office) {
    const names = bareNames(`(${office[2]})`);
    if (names) return names.map((name) => ({ name, role: "通讯员", title: "" }));
  }
  // (县妇联高淑英), (胡桥乡政府郭秀峰): the office and the name set tight
  const glued = bracketed ? s.match(OFFICE_GLUED) : null;
  // (县武装部, 县农行: a unit's name alone, the county's one character no office)
  if (glued && glued[1]!.length >= 3 && SURNAME.test(glued[2]!) && !NOT_A_NAME.test(glued[2]!)) return [{ name: glued[2]!, role: "通讯员", title: "" }];
  // 摄影/记者 马宏, 摄影：通讯员 黄莉: the photo's credit mark, as 图/ is, before the role of whoever took it
  s = s.replace(/(^|\s)摄影\s*[/:：]\s*(?=\S{0,6}?(?:记者|通讯员|实习生))/g, "$1图/");
  // 记者/陈嘉雯 通讯员/黄启明: a role word and its name joined by a slash
  s = s.replace(ROLE_SLASH, "$1 ");
  // 特约通讯员[黑龙江·哈尔滨]于淑芬: where the writer writes from, in brackets between the role and the name
  s = s.replace(ROLE_PLACE, "$1 ");
  // 记者：罗静怡 通讯员：叶少华: each role word and its colon before bare names
  if (ROLE_COLON.test(s)) {
    const parts = s.split(ROLE_COLON_ANYWHERE);
    const pairs: string[] = [];
    // (记者：次仁卓嘎 德吉央宗, 摄影：格桑: after a role word and its colon, names that open with no Han surname, Tibetan or
    // Mongolian, of two to six characters none of a sentence's words)
    const named = (names: string) => bareNames(`(${names})`) !== null || (names.split(/\s+/).length <= 4 && names.split(/\s+/).every((n) => /^[\u4e00-\u9fa5]{2,6}$/.test(n) && !PROSE_CHARACTERS.test(n) && !NOBODY.has(n) && !/^(?:近日|日前|昨日|今日|今天|昨天|近期|目前|今年|去年|本月|上午|下午|晚上|同时|此外|据悉|获悉|介绍|表示)|如何|怎么|怎样|什么|多少|哪|吗|呢|为何|是否|航拍|无人机|资料|供图|提供|网络|截图|视频/.test(n)));
    for (let k = 1; k < parts.length; k += 2) {
      if (!named(parts[k + 1]!.trim())) return null;
      pairs.push(`${parts[k]} ${parts[k + 1]!.trim()}`);
    }
    s = pairs.join(" ");
  }
  // 本报记者陶然 通讯员钟华 杭州报道: where the story was reported from, a city, is nobody
  s = s.replace(REPORTED_FROM, (m, place: string) => (CITIES.has(place) ? "" : m));
  // 记者 张明 摄影报道: wrote the story and took its photos
  s = s.replace(/\s*摄影报道$/, " 文/图").replace(TRAILING, "");
  // 作者：王琦 (a scraped page's label): names with no role word after it wrote the story
  const label = s.match(AUTHOR_LABEL);
  if (label) {
    s = s.slice(label[0].length).trim();
    const people = readPeople(s);
    if (people) return people;
    const names = bareNames(/^[(（].*[)）]$/.test(s) ? s : `(${s})`) ?? s.split(/[\s、,，]+/).filter(Boolean);
    return names.length && names.every((n) => NAME.test(n)) ? names.map((name) => ({ name, role: "记者", title: /^[a-z]/i.test(label[1]!) ? "作者" : label[1]! })) : null;
  }
  if (!s) return null;

  const group = s.match(GROUP_CREDIT);
  if (group) {
    // 本组图片由半岛全媒体记者 王浩 摄: whoever is named took the photos
    const inner = (group[1] ?? group[2]!).trim();
    // (本组图片由张 炜摄: a two-character name padded to the width of three)
    const names = inner.replace(/(^|[\s、,，])([\u4e00-\u9fa5])\s+([\u4e00-\u9fa5])(?=[\s、,，]|$)/g, "$1$2$3").split(/[\s、,，和及]+/);
    const people = readPeople(inner) ?? (names.every((n) => NAME.test(n)) ? names.map((name): Person => ({ name, role: "摄影", title: "摄" })) : null);
    return people ? dedupe(people.map((p) => ({ ...p, role: "摄影" }))) : null;
  }
  // 何　钰 → 何钰: a two-character name padded to the width of three (after a space, a credit mark or a role word)
  s = s.replace(/(^|[\s:：]|(?<=[文图摄片]\/)|(?<=记者|通讯员|实习生))(?!站)([\u4e00-\u9fa5])\s+([\u4e00-\u9fa5])(?=[\s/]|$)/g, "$1$2$3");

  // a credit mark for everyone named: "… 摄", "… 文/图"
  let allRoles: Role[] | null = null;
  let allTitle = "";
  const photo = s.match(PHOTO_SUFFIX);
  if (photo && s.length > photo[0].length) {
    allRoles = ["摄影"];
    allTitle = "摄";
    s = s.slice(0, photo.index).trim();
  } else {
    const tail = s.match(/\s(文\/图|图\/文|文图|图文|文·图|文\/摄)$/);
    if (tail) {
      allRoles = SLASH_ROLES[tail[1]!]!;
      allTitle = tail[1]!;
      s = s.slice(0, tail.index).trim();
    }
  }

  const people: Person[] = [];
  let current = null as { roles: Role[]; title: string } | null;
  let marks = allRoles ? 1 : 0;
  const pending: string[] = [];
  /** a bare credit mark (文/图) was the last token */
  let pendingMark = false;
  const add = (name: string) => {
    // 通讯员热孜万古丽, 特约通讯员图门吉日嘎拉: after a role word a name may run to five or six characters (transcribed
    // names), not an office's (区融媒体中心)
    // (记者在堤上看到,不少民工衣服: a sentence's words, not a transcribed name)
    if (!(NAME.test(name) || (current && /^[\u4e00-\u9fa5]{5,6}$/.test(name) && !OFFICE_END.test(name) && !PROSE_CHARACTERS.test(name))) || NOBODY.has(name)) return false;
    pendingMark = false;
    if (current) for (const role of current.roles) people.push({ name, role, title: current.title });
    else pending.push(name);
    return true;
  };
  const tokens = s.split(/[\s、,，;；]+/).filter(Boolean);
  /** people added since the last role word or mark */
  let since = 0;
  for (const [k, token] of tokens.entries()) {
    // 本报记者 张明 文 本报记者 李华 图: a mark after a name, before the next role or at the end, credits that name
    if (SLASH_ROLES[token] && people.length > since && !pendingMark && (k === tokens.length - 1 || readRoleTitle(tokens[k + 1]!))) {
      const roles = SLASH_ROLES[token]!;
      const named = people.slice(since);
      // 图 alone: the photographer, not the writer; 文/图: both
      if (roles.length === 1 && roles[0] === "摄影") for (const p of named) p.role = "摄影";
      else if (roles.includes("摄影")) for (const p of named) people.push({ name: p.name, role: "摄影", title: token });
      since = people.length;
      marks++;
      continue;
    }
    if (SLASH_ROLES[token]) {
      current = { roles: SLASH_ROLES[token]!, title: token };
      marks++;
      pendingMark = true;
      continue;
    }
    const slash = token.match(SLASH_TOKEN);
    if (slash) {
      current = { roles: SLASH_ROLES[slash[1]!]!, title: slash[1]! };
      marks++;
      const titled = readRoleTitle(slash[2]!); // 图/本报记者 李强
      if (titled) current.title = titled.title;
      // 文/通讯员 王倩: the words' writer by the role printed; a photo's credit stays a photo's (图/融媒体记者 李强)
      if (titled && titled.role !== "摄影") current.roles = current.roles.map((r) => (r === "记者" ? titled.role : r));
      if (titled ? titled.rest && !add(titled.rest) : !add(slash[2]!)) return null;
      continue;
    }
    const after = token.match(SLASH_AFTER);
    if (after) {
      const saved: typeof current = current;
      current = { roles: SLASH_ROLES[after[2]!]!, title: after[2]! };
      marks++;
      if (!add(after[1]!)) return null;
      current = saved;
      continue;
    }
    let rest = token;
    while (rest) {
      const role = readRoleTitle(rest);
      if (role) {
        // 文/图 广州日报全媒体记者 卢颖旋: the credit mark and the role title name the same people; after a photo mark
        // alone (摄影 本报记者 林川) the title only says who the photographer is
        const marked: Role[] = current && pendingMark ? current.roles : [];
        // (文/图 特约通讯员 熊伟: the words are a correspondent's, not a reporter's)
        current = { roles: marked.length && !marked.includes("记者") ? marked : [...new Set<Role>([role.role, ...marked.filter((r) => r !== "记者")])], title: role.title };
        since = people.length;
        pendingMark = false;
        marks++;
        rest = role.rest;
        continue;
      }
      // 何钰通讯员云宣: a name, then the next role glued to it
      const glued = rest.slice(2).match(GLUED_ROLE);
      const cut = glued ? glued.index! + 2 : rest.length;
      if (!add(rest.slice(0, cut))) return null;
      rest = rest.slice(cut);
    }
  }
  if (marks === 0) return null;
  if (pending.length) {
    if (!allRoles) return null;
    for (const name of pending) people.unshift({ name, role: allRoles[0]!, title: allTitle });
  }
  // (县委报道组), (梯面公社通讯组): a group's byline, which names nobody
  if (people.length === 0 && pending.length === 0) return current && /(?:报道组|通讯组)$/.test(current.title) && !allRoles ? [] : null;
  if (allRoles) {
    if (allRoles.length === 1 && allRoles[0] === "摄影") {
      // 本报记者 梁月琳 通讯员 李香尼 摄: everyone named took the photo
      for (const p of people) p.role = "摄影";
    } else {
      // 记者 X 通讯员 Y 文/图: each wrote in their own role, and took the photos too
      const named = [...new Set(people.map((p) => p.name))];
      for (const name of named) if (!people.some((p) => p.name === name && p.role === "摄影")) people.push({ name, role: "摄影", title: allTitle });
    }
  }
  return dedupe(people);
}

function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.name}\u0000${p.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when `text` is nothing but a byline: roles, names and a 文/图 or 摄 mark. */
export function isBylineText(text: string): boolean {
  return readPeople(text) !== null;
}

/** A whole-line photo credit: 秦振华 摄, 本报记者 梁月琳 通讯员 李香尼 摄, 本组图片由王伟摄, 图/赵亮. */
export function isPhotoCreditText(text: string): boolean {
  const people = readPeople(text);
  return people !== null && people.length > 0 && people.every((p) => p.role === "摄影");
}

/** Splits a photo credit off the end of a caption: "…传统文化。王孟阳 摄" → ["…传统文化。", "王孟阳 摄"]. */
export function splitPhotoCredit(text: string): [string, string] | null {
  if (!/(摄|摄影|拍摄|[(（]?图[/／][^)）]{2,12}|(?:文[/／·]图|图[/／]文)\s*[^。！？!?]{2,24}|摄影(?:记者)?\s*[\u4e00-\u9fa5·]{2,8})[)）]?$/.test(text)) return null;
  // the longest tail after a sentence end or a space that reads as a credit, at most 40 characters
  for (let at = Math.max(-1, text.length - 42); at < text.length - 2; at++) {
    if (at >= 0 && !"。！？!?”）) ".includes(text[at]!) && text[at + 1] !== "(" && text[at + 1] !== "（") continue;
    const credit = text.slice(at + 1).trim();
    const caption = text.slice(0, at + 1).trim();
    if (caption && credit && (isPhotoCreditText(credit) || (/^(?:文[/／·]图|图[/／]文)/.test(credit) && isBylineText(credit)))) return [caption, credit];
  }
  return null;
}

/** 镇工商所 汪新华, 县农业局 李明 张华: an office and the names of its people. */
// (辉渠乡 王文礼, 老西门街道 沈雅琴: a township's or street's office too; 东城区 张三 is no office)
const OFFICE_AND_NAMES = /^((?:团委|党委|工会|妇联|厂办|校办)|(?:[县市区乡镇村厂]|[\u4e00-\u9fa5]{2,12}?)(?:所|局|站|办|委|中心|公司|院|处|队|科|厂|社|会|部|联|行|校|政府|乡|镇|街道))\s+([\u4e00-\u9fa5][\u4e00-\u9fa5\s、]{1,14})$/;

/** 县妇联高淑英, 辉渠乡王文礼, 市农行孙强: an office of a county, town or city, and a name of two or three characters. */
const OFFICE_GLUED = /^((?:[县市区乡镇]|[\u4e00-\u9fa5]{2,6}?(?:县|市|区|乡|镇|街道))(?:[\u4e00-\u9fa5]{0,6}?(?:政府|所|局|站|办|委|中心|公司|院|处|队|科|厂|社|会|联|行|校))?)([\u4e00-\u9fa5]{2,3})$/;
/** What closes a bracket after an office and is no one's name: (县委宣传部供稿), (市人民医院提供). */
const NOT_A_NAME = /^(?:供|提|摄|报|图|稿|宣|办|文|讯)|[村镇乡街路组队区县市局所站厂委办部校行院会社联处科]$/;
export const SURNAME = new RegExp(`^(?:${surnames.compound.join("|")}|[${surnames.single}])`);
/** Words that end the name of a body, not of a person (区文明办, 街道团工委). */
const BODY_END = /(?:办|局|委|会|站|所|院|处|部|队|厅|社|中心|公司|街道|社区|村|镇|乡|区|县|市|省|组|科|室|馆|报|台|网)$/;

/** Names alone in brackets, with no role word: (马 骏), (王晓东 李 静), (方圆、刘敏) → the names, or null. Each must open
 * with a surname and be two to four characters; a two-character name padded with a space is one name. */
export function bareNames(text: string): string[] | null {
  const m = text.trim().match(/^[(（]([^()（）]{2,20})[)）]$/);
  if (!m) return null;
  const tokens = m[1]!.replace(MARKERS, "").trim().split(/[\s、,，]+/).filter(Boolean);
  const names: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.length === 1 && k + 1 < tokens.length && tokens[k + 1]!.length <= 2) names.push(t + tokens[++k]!);
    else names.push(t);
  }
  if (names.length === 0 || names.length > 3) return null;
  // (张科, 李会: a given name of one character may be a word an office ends in)
  return names.every((n) => /^[\u4e00-\u9fa5][\u4e00-\u9fa5□■]{1,3}$/.test(n) && SURNAME.test(n) && (!BODY_END.test(n) || (n.length === 2 && /[科会]$/.test(n)))) ? names : null;
}

/** Splits a bracketed byline off the end of a paragraph: "…取得实效。(通讯员 王森)" → ["…取得实效。", "(通讯员 王森)"]. */
export function splitEndByline(text: string): [string, string] | null {
  // …的牌子。本报记者杨帆报道: a byline closing the paragraph without brackets
  const reported = text.match(/(?<=[。！？!?”])\s*((?:本报|记者|通讯员|见习|实习|特约|首席)[^。！？!?]{2,40}?(?:报道|报导))$/);
  if (reported && isBylineText(reported[1]!)) return [text.slice(0, reported.index).trim(), reported[1]!];
  // …两个小时。 沈阳晚报记者 孙志勇: a byline with its role, after the last sentence and a space
  const spaced = text.match(/(?<=[。！？!?”])[ \u3000]+([^。！？!?，,()（）]{4,30})$/);
  if (spaced && ROLE_TITLE.test(spaced[1]!) && (readPeople(spaced[1]!)?.length ?? 0) > 0 && !isPhotoCreditText(spaced[1]!)) return [text.slice(0, spaced.index).trim(), spaced[1]!];
  // …用得安心。通讯员 秦文 商报记者 王琳: roles and names set tight after the last sentence, no bracket, no space
  const ROLE = "(?:特约通讯员|通讯员|实习生|[\\u4e00-\\u9fa5]{0,6}记者)";
  const tight = text.match(new RegExp(`(?<=[。！？!?”])(${ROLE}\\s*[\\u4e00-\\u9fa5·]{2,4}(?:\\s+${ROLE}?\\s*[\\u4e00-\\u9fa5·]{2,4})*)$`));
  // (…正式开园。记者看到 / 记者获悉: a role word and a verb run together are the next sentence's words, not a byline)
  if (tight && /\s/.test(tight[1]!) && isBylineText(tight[1]!) && !isPhotoCreditText(tight[1]!) && (readPeople(tight[1]!)?.length ?? 0) > 0) return [text.slice(0, tight.index).trim(), tight[1]!];
  // …预防知识。文/陈静: a writer's mark closing the paragraph
  const marked = text.match(/(?<=[。！？!?”])\s*((?:文|图|文\/图)[/／][^。！？!?，,]{2,30})$/);
  if (marked && isBylineText(marked[1]!)) return [text.slice(0, marked.index).trim(), marked[1]!];
  // …防治技术。(通讯员韩雪: a closing bracket the page cut off
  const cut = text.replace(/\s*[■□▲|｜]+\s*$/, "").match(/(?<=[。！？!?”])\s*[(（]([^()（）]{2,40})$/);
  if (cut && isBylineText(cut[1]!)) return [text.slice(0, cut.index).trim(), `${cut[0].trim()})`];
  // …入增加约三十万元。(钱): a brief signed with its writer's surname alone, a byline that names no one
  const initial = text.match(/(?<=[。！？!?”])[(（]([\u4e00-\u9fa5])[)）]$/);
  if (initial && SURNAME.test(initial[1]!) && initial.index! > 0) return [text.slice(0, initial.index).trim(), initial[0]];
  const m = text.match(/[(（]([^()（）]{2,60})[)）]$/);
  if (!m || m.index === 0) return null;
  // (…完成施工。■(田明辉): an OCR speck between the last sentence and the byline, dropped as normalize drops one after a
  // line's last sentence)
  const before = text.slice(0, m.index).trim().replace(SPECK_AFTER_SENTENCE, "");
  // names alone close a story only after its last sentence: …添置了桌椅和台灯。(马骏)
  if (!isBylineText(m[1]!) && !isBylineText(m[0]) && !(bareNames(m[0]) && /[。！？!?…][”」"’』]*$/.test(before))) return null;
  if (!before) return null;
  return [before, m[0]];
}

/** A paragraph that opens with its byline in brackets and no mark: "(记者宋立新 实习生赵萌)每天清晨…" → "(记者宋立新 实习生赵萌)". */
export function bracketLead(text: string): string | null {
  const m = text.match(/^[(（]([^()（）]{2,60})[)）]\s*(?=\S)/);
  return m && isBylineText(m[1]!) && /[\u4e00-\u9fa5]{4}/.test(text.slice(m[0].length)) ? m[0].trim() : null;
}

/** The paper's mark opening a lead: 本报讯, 本报9月3日讯, 郑州晚报讯, 新华社北京9月3日电. */
export function leadMark(text: string): string | null {
  return text.match(LEAD)?.[0] ?? null;
}

/** `本报讯(记者张苗 通讯员肖紫薇) 人间…` → byline "本报讯(记者张苗 通讯员肖紫薇)" and text "人间…". */
export function splitLead(text: string): { byline: string; text: string } {
  const mark = leadMark(text);
  if (!mark) {
    const bracketed = bracketLead(text);
    return bracketed ? { byline: bracketed, text: text.slice(bracketed.length).trim() } : { byline: "", text };
  }
  const rest = text.slice(mark.length);
  // 羊城晚报讯 记者黎晓琳、通讯员越宣报道：…: a byline that ends in 报道 after the mark
  const reported = /(报道|报导)[:：\s]$/.test(mark) ? null : leadMark(rest.trim());
  if (reported && /(报道|报导)[:：\s]$/.test(reported)) {
    const at = rest.indexOf(reported) + reported.length;
    return { byline: `${mark} ${reported.trim()}`, text: rest.slice(at).trim() };
  }
  // 本报讯 本报记者 许楚君 报道, alone on its line: the byline is all that follows the mark
  const alone = rest.trim();
  if (/(?:报道|报导)$/.test(alone) && isBylineText(alone)) return { byline: `${mark} ${alone}`, text: "" };
  const m = rest.match(/^\s*([(（【\[])([^()（）【】]{1,80})([)）】\]])\s*/);
  if (m && isBylineText(m[2]!)) return { byline: `${mark}${m[0].trimEnd()}`, text: rest.slice(m[0].length) };
  // 南都讯 记者何敏 实习生 苏晓彤, alone on its line (the column broke it from the text): the byline is all that follows
  // (not 本报讯 记者陈晓纯 通讯员, whose last name the column put on the next line)
  // (本报讯 记者 张明 通讯员 刘洋 春节 / 前夕，…: every name two or three characters opening with a surname, else the text's word)
  // (本刊讯　文/图　叶晓静: a credit's mark for a role word)
  const alonePeople = alone && (ROLE_TITLE.test(alone) || /^(?:文\/图|图\/文|(?:文|图|文字|图片|摄影)\s*[/／:：])/.test(alone)) && !/(?:记者|通讯员|实习生|摄影)$/.test(alone) && !/[，,。；;：:！？!?“”]/.test(alone) ? readPeople(alone) : null;
  if (alonePeople && alonePeople.length > 0 && alonePeople.every((p) => /^[\u4e00-\u9fa5]{2,3}$/.test(p.name) && SURNAME.test(p.name) && !/[节前后日月年镇区县村]$/.test(p.name))) return { byline: `${mark} ${alone}`, text: "" };
  // 本报讯 记者 张苗 日前,…: a byline without brackets, up to the first token that is no part of it
  const plain = rest.match(/^\s*((?:\S+\s+){1,6}?)(?=\S*[,，。])/);
  if (plain && isBylineText(plain[1]!.trim()) && readPeople(plain[1]!.trim())!.length > 0 && ROLE_TITLE.test(plain[1]!.trim())) {
    return { byline: `${mark} ${plain[1]!.trim()}`, text: rest.slice(plain[0].length) };
  }
  return { byline: mark, text: rest.replace(/^\s+/, "") };
}

export function emptyByline(): Byline {
  return { raw: "", people: [], reporters: [], correspondents: [], photographers: [], interns: [] };
}

const MARKERS_FIRST = new RegExp(`^[${lexicon.markers}]`);

/** Reads one or more byline texts (lead, own line, end, photo credit) into one byline with people and roles. */
/** `bareRole`: the role of names printed with no role word, (周小林): the story's writer, but for an item of a brief list
 * its correspondent, who sent the item in. */
export function parseByline(raws: string[], bareRole: Role = "记者"): Byline {
  const byline = emptyByline();
  byline.raw = raws.join(" / ");
  const people: Person[] = [];
  for (const raw of raws) {
    const mark = leadMark(raw);
    // 记者黎晓琳、通讯员越宣报道：the mark is the byline
    const inner = (mark && !/(报道|报导)[:：\s]?$/.test(mark) ? raw.slice(mark.length).trim() : raw).replace(REPORTED_FROM, (m, place: string) => (CITIES.has(place) ? "" : m)).replace(/\s*摄影报道[:：\s]?$/, " 文/图").replace(/(报道|报导)[:：\s]?$/, "");
    if (!inner) continue;
    // (周小林) or ■ 周小林: names alone wrote the story
    const names = bareNames(inner) ?? (MARKERS_FIRST.test(inner) ? bareNames(`(${inner})`) : null);
    people.push(...(readPeople(inner) ?? names?.map((name): Person => ({ name, role: bareRole, title: "" })) ?? []));
  }
  // 作者：高峰 刘晓燕 over 本报讯(通讯员 高峰 记者 刘晓燕): a name a label or brackets gave no role is the role its story's
  // own byline gives it
  const implied = (p: Person) => p.title === "" || lexicon.labels.includes(p.title);
  const roled = new Set(people.filter((p) => !implied(p)).map((p) => p.name));
  byline.people = dedupe(people.filter((p) => !implied(p) || !roled.has(p.name)));
  const add = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name);
  };
  for (const p of byline.people) {
    if (p.role === "记者" || p.role === "评论员") add(byline.reporters, p.name);
    else if (p.role === "通讯员") add(byline.correspondents, p.name);
    else if (p.role === "摄影") add(byline.photographers, p.name);
    else add(byline.interns, p.name);
  }
  return byline;
}
