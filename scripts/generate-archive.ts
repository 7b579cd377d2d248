// npm run generate -- --articles N [--out DIR] [--years 20] [--seed 42] [--undated K] [--giant R] [--perPage P] [--no-stats]
//
// A synthetic archive with the statistics of real district news, for the benchmark (scripts/bench.ts): N records
// (articles, brief-list items, photo news) in bulletin pages laid out as the parser's corpus lays them out (mastheads,
// section labels, kickers, 引题/副题, # headlines, 本报讯 leads of several shapes, bylines on their own line and at the
// end, no-lead stories, numbered subheads, column breaks, captions with credits, brief lists, e-paper navigation,
// editor lines, page numbers), written into DIR with a manifest.json in the seeds' format (paper, city, date, page).
// Text: scripts/news-text.ts (jieba's dictionary by frequency, a bigram model of real news prose). People: surnames
// by frequency × given-name characters (reporters per paper, correspondents per district, thousands in all, some
// sharing a name). Places: the gazetteer's districts, streets and communities of the papers' cities. Dates: YEARS
// years up to 2025-12-31, pages spread evenly over each paper's days (a page a day per paper once N is large enough).
//   --undated K: K more records in undated bulletins (no manifest date, no masthead, no dateline)
//   --giant R:   R more records in one undated bulletin (a scanned book's worth: one shard must hold them all)
//   --perPage P: P records a bulletin (default: 4 to 14, drawn)
//   --no-stats:  do not print the text statistics (scripts/text-stats.ts: loading jieba takes seconds)
// Deterministic per options: the same options write the same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadTextModel, mulberry32, type NameSource, type Rand, type TextModel } from "./news-text.ts";
import gazetteer from "../src/data/gazetteer.json" with { type: "json" };
import { slug } from "../src/slug.ts";

export interface GenerateOptions {
  articles: number;
  out: string;
  years?: number;
  seed?: number;
  undated?: number;
  giant?: number;
  /** Records per bulletin, fixed (default: 4 to 14, drawn). */
  perPage?: number;
  /** The project's folder (training text, jieba's dictionary). */
  root?: string;
}

export interface GenerateResult {
  /** Records written (what the parser should read, give or take a few percent). */
  records: number;
  dated: number;
  undated: number;
  bulletins: number;
  /** Distinct people named in bylines and credits. */
  people: number;
  chars: number;
  modelSeconds: number;
  writeSeconds: number;
}

const PAPERS = [
  { paper: "郑州日报", city: "郑州", code: "zzrb", style: "district", page: "05" },
  { paper: "郑州晚报", city: "郑州", code: "zzwb", style: "epaper", page: "A06" },
  { paper: "新乡日报", city: "新乡", code: "xxrb", style: "district", page: "03" },
  { paper: "焦作日报", city: "焦作", code: "jzrb", style: "masthead", page: "06" },
  { paper: "洛阳晚报", city: "洛阳", code: "lywb", style: "masthead", page: "A07" },
  { paper: "半岛都市报", city: "青岛", code: "bddsb", style: "epaper", page: "A12" },
  { paper: "成都日报", city: "成都", code: "cdrb", style: "masthead", page: "07" },
] as const;
type Paper = (typeof PAPERS)[number];

// surnames in roughly the order of their frequency (drawn by 1/rank), given-name characters drawn uniformly
const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"];
const COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉宇浩凯健俊帆帅旭宁亮建国志文斌波海峰林晓燕雪梅琳颖慧婷倩欣怡佳鑫鹤松柏云雷晨阳光立新永春秋冬雨泽宏振东南西北中天地山川河江湖清源博雅思远嘉晗诗涵梓萱子轩一诺子涵雨欣浩然宇航俊杰志强德福禄寿喜庆祥瑞安康丰盛富贵荣耀光辉正直忠诚信义礼智仁勇恒毅坚定学成才能家和睦友善美好善良温柔秀丽娇艳芬芳香凤琴书画棋卫红兵革援朝抗美跃进胜利解放"];
const WEEKDAY = "日一二三四五六";

const pickOf = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (rand: Rand, p: number) => rand() < p;

/** Cumulative 1/rank weights for the surnames. */
const SURNAME_CUM = (() => {
  const c = new Float64Array(SURNAMES.length);
  let acc = 0;
  SURNAMES.forEach((_, i) => (c[i] = acc += 1 / (i + 1) ** 0.9));
  return c;
})();
function surname(rand: Rand): string {
  if (chance(rand, 0.003)) return pickOf(rand, COMPOUND);
  const x = rand() * SURNAME_CUM[SURNAME_CUM.length - 1]!;
  let lo = 0;
  let hi = SURNAME_CUM.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (SURNAME_CUM[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return SURNAMES[lo]!;
}
const makePerson = (rand: Rand) => surname(rand) + pickOf(rand, GIVEN) + (chance(rand, 0.72) ? pickOf(rand, GIVEN) : "");

interface District {
  name: string;
  streets: string[];
  communities: string[];
  correspondents: string[];
}
interface PaperData {
  p: Paper;
  districts: District[];
  reporters: string[];
  photographers: string[];
  editors: string[];
}

type Gazetteer = { cities: Record<string, string>; areas: Record<string, [string, string]>; streets: Record<string, string>; communities: string };

/** The gazetteer's communities by area code (their names without 社区). */
function communitiesByArea(g: Gazetteer, areas: Set<string>): Map<string, string[]> {
  const byArea = new Map<string, string[]>();
  for (const entry of g.communities.split(";")) {
    const parts = entry.split(" ");
    for (let i = 1; i < parts.length; i++) {
      if (!areas.has(parts[i]!) || !/^[\u4e00-\u9fa5]{2,6}$/.test(parts[0]!)) continue;
      const xs = byArea.get(parts[i]!);
      if (xs) xs.push(parts[0]!);
      else byArea.set(parts[i]!, [parts[0]!]);
    }
  }
  return byArea;
}

/** The gazetteer's urban districts of each paper's city (counties and zones left out: the district pages are the city's). */
function cityDistricts(cities: string[], rand: Rand): Map<string, District[]> {
  const g = gazetteer as unknown as Gazetteer;
  const areasOf = new Map(cities.map((city) => {
    const code = Object.keys(g.cities).find((c) => g.cities[c] === `${city}市`)!;
    return [city, Object.entries(g.areas).filter(([, [name, c]]) => c === code && /区$/.test(name) && !/开发区|实验区|示范区/.test(name))] as const;
  }));
  const communities = communitiesByArea(g, new Set([...areasOf.values()].flat().map(([code]) => code)));
  return new Map([...areasOf].map(([city, areas]) => {
    // Workaround: two places whose URL slugs are the same (孟津区's 马屯镇 and 麻屯镇: matunzhen) stop the build
    // (Eleventy: two place pages write one file; src/site/build-data.ts gives place pages no disambiguation yet), so
    // only the first of such a pair in a city is used (a story may name a street of the city's other districts).
    const taken = new Set<string>();
    const unique = (place: string) => !taken.has(slug(place)) && !!taken.add(slug(place));
    const districts = areas.map(([ac, [name]]) => ({
      name: name.replace(/回族区$/, "区"),
      streets: (g.streets[ac] ?? "").split(" ").filter((s) => /^[\u4e00-\u9fa5]{2,8}$/.test(s) && unique(s)),
      communities: (communities.get(ac) ?? []).filter((c) => unique(`${c}社区`)),
      correspondents: Array.from({ length: 40 }, () => makePerson(rand)),
    }));
    return [city, districts.filter((d) => d.streets.length > 0)];
  }));
}

/** A story's topical words: how many of each part of speech, and how often one replaces a word of its part of speech. */
const TOPIC_SHAPE: [string, number][] = [["n", 4], ["vn", 2], ["v", 2], ["nz", 1]];
const TOPIC_RATE = 0.2;

/** Risky headline words: they would read as a byline, lead, credit, furniture or section label. */
const BAD_TITLE = /记者|通讯员|讯|摄|编辑|版|上一|下一|扫|提供|——|^[\u4e00-\u9fa5]{0,5}$|(?:区|街道|社区|镇|乡|村|县|市)$/;

class Writer {
  lines: string[] = [];
  records = 0;
  constructor(
    readonly rand: Rand,
    readonly model: TextModel,
    readonly paper: PaperData,
    readonly date: Date | null,
    readonly people: Set<string>,
  ) {}
  private district!: District;
  /** The story's topical words by part of speech, drawn when the story starts. */
  private topics = new Map<string, string[]>();
  newTopic() {
    this.topics.clear();
    for (const [tag, n] of TOPIC_SHAPE) this.topics.set(tag, Array.from({ length: n }, () => this.model.topicWord(this.rand, tag)));
  }
  readonly names: NameSource = {
    topic: (tag) => {
      const ws = this.topics.get(tag);
      return ws && this.rand() < TOPIC_RATE ? ws[Math.floor(this.rand() * ws.length)]! : null;
    },
    person: () => makePerson(this.rand),
    place: () => {
      const d = chance(this.rand, 0.4) ? this.district : pickOf(this.rand, this.paper.districts);
      const r = this.rand();
      return r < 0.4 ? d.name : r < 0.8 || !d.communities.length ? pickOf(this.rand, d.streets) : `${pickOf(this.rand, d.communities)}社区`;
    },
  };
  push(...ls: string[]) {
    for (const l of ls) this.lines.push(l);
  }
  /** A person who signs: kept in the set of people named. */
  signer(xs: string[]): string {
    const n = pickOf(this.rand, xs);
    this.people.add(n);
    return n;
  }
  sentence(min = 6, max = 40) {
    return this.model.sentence(this.rand, this.names, min, max);
  }
  paragraph(n = 2 + Math.floor(this.rand() * 4)) {
    let s = "";
    for (let i = 0; i < n; i++) s += this.sentence();
    return s;
  }
  clause(min: number, max: number): string {
    for (let i = 0; i < 30; i++) {
      const c = this.model.clause(this.rand, this.names, min, max);
      if (!BAD_TITLE.test(c)) return c;
    }
    return `${this.district.name}${this.model.word(this.rand, "vn")}${this.model.word(this.rand, "n")}工作`;
  }
  dateline(): string {
    if (!this.date) return pickOf(this.rand, ["近日,", "日前,", "近日，", ""]);
    const d = new Date(this.date.getTime() - Math.floor(this.rand() * 3) * 86400000);
    return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日,`;
  }
  street(): string {
    return pickOf(this.rand, this.district.streets);
  }
  headline(): string {
    const r = this.rand();
    if (r < 0.3) return `${this.district.name}${this.clause(5, 12)}`;
    if (r < 0.5) return `${this.street()} ${this.clause(5, 12)}`;
    if (r < 0.6) return `${this.clause(4, 8)} ${this.clause(5, 10)}`;
    return this.clause(7, 16);
  }
  /** One article: kicker, titles, lead and byline, body, maybe a caption. */
  article() {
    const { rand, paper } = this;
    this.district = pickOf(rand, paper.districts);
    this.newTopic();
    const reporter = this.signer(paper.reporters);
    const corr = this.signer(this.district.correspondents);
    const corr2 = chance(rand, 0.2) ? ` ${this.signer(this.district.correspondents)}` : "";
    const epaper = paper.p.style === "epaper";
    if (epaper) {
      this.push(`第${paper.p.page}版：${paper.p.city}·区县 上一版  下一版`, `返回主页 | ${paper.p.paper} | 版面导航`, "上一期  下一期", "");
    } else if (chance(rand, 0.3)) {
      const r = rand();
      this.push(r < 0.6 ? this.district.name : r < 0.85 || !this.district.communities.length ? this.street() : `【${pickOf(rand, this.district.communities)}社区】`, "");
    }
    if (chance(rand, 0.08)) this.push(`${this.clause(6, 12)}——`);
    const headline = this.headline();
    this.push(!epaper && chance(rand, 0.08) ? `# ${headline}` : headline);
    if (chance(rand, 0.08)) this.push(`——${this.clause(8, 16)}`);
    if (epaper && chance(rand, 0.3)) this.push("分享到：微信 微博 QQ空间");
    this.push("");
    const place = `${this.district.name}${this.street()}`;
    const first = this.dateline() + place + this.paragraph(2);
    const role = paper.p.paper.endsWith("晚报") ? `${paper.p.paper}记者` : "本报记者";
    const lead = rand();
    let endByline: string | null = null;
    if (lead < 0.3) this.push(`本报讯(记者 ${reporter} 通讯员 ${corr}${corr2})${first}`);
    else if (lead < 0.45 && this.date) this.push(`本报${this.date.getUTCMonth() + 1}月${this.date.getUTCDate()}日讯(记者 ${reporter})${place}${this.paragraph(2)}`);
    else if (lead < 0.6) {
      this.push(`本报讯 ${first}`);
      if (chance(rand, 0.6)) endByline = `(记者 ${reporter} 通讯员 ${corr})`;
    } else if (lead < 0.8) this.push(`${role} ${reporter} 通讯员 ${corr}${corr2}`, "", first);
    else {
      this.push(first);
      if (chance(rand, 0.7)) endByline = chance(rand, 0.5) ? `(记者 ${reporter} 通讯员 ${corr})` : `记者 ${reporter} 通讯员 ${corr}`;
    }
    this.push("");
    const paragraphs = 2 + Math.floor(rand() * 4);
    const numbered = chance(rand, 0.1);
    const photo = chance(rand, 0.1);
    for (let i = 0; i < paragraphs; i++) {
      if (numbered && i % 2 === 0) this.push(`${"一二三四五"[i / 2]!}、${this.clause(4, 10)}`, "");
      let p = this.paragraph();
      if (photo && i === paragraphs - 1) p = p.replace(/。$/, "(如图)。");
      if (chance(rand, 0.2) && p.length > 40) {
        const cut = 10 + Math.floor(rand() * (p.length - 20));
        this.push(p.slice(0, cut), "", p.slice(cut), "");
      } else this.push(p, "");
    }
    if (endByline) this.push(endByline, "");
    if (photo) this.push("", `${this.dateline()}${place}${this.sentence(6, 20).replace(/。$/, "")}。 ${role} ${this.signer(paper.photographers)} 摄`, "");
    if (epaper) this.push("上一篇  下一篇", "");
    this.records++;
  }
  /** A photo-news record: a caption with its credit, set apart. */
  photoNews() {
    this.district = pickOf(this.rand, this.paper.districts);
    this.newTopic();
    this.push("", "", `${this.dateline()}${this.district.name}${this.street()}${this.sentence(8, 24).replace(/。$/, "")}。 本报记者 ${this.signer(this.paper.photographers)} 摄`, "");
    this.records++;
  }
  /** A brief list: its label, then items of one line each. */
  briefs(n: number) {
    const { rand } = this;
    this.push(pickOf(rand, ["区街速递", "社区快讯", "城区短讯", "区县快讯"]), "");
    const mark = pickOf(rand, ["■", "●", "【"]);
    for (let i = 0; i < n; i++) {
      this.district = pickOf(rand, this.paper.districts);
      this.newTopic();
      const body = this.dateline() + this.paragraph(1 + Math.floor(rand() * 2));
      this.push(mark === "【" ? `【${this.street()}】${body}` : `${mark}${this.district.name}${this.street()}${this.clause(5, 10)} ${body}`, "");
      this.records++;
    }
  }
  masthead() {
    const d = this.date!;
    this.push(`${this.paper.p.paper} ${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEKDAY[d.getUTCDay()]}`, "");
  }
  foot() {
    const { rand, paper } = this;
    const e = () => pickOf(rand, paper.editors);
    if (chance(rand, 0.6)) this.push(chance(rand, 0.5) ? `编辑 ${e()} 美编 ${e()} 校对 ${e()}` : `责任编辑 ${e()}`, "");
    if (chance(rand, 0.3)) this.push(paper.p.page, "");
    if (chance(rand, 0.3)) this.push("扫一扫 关注我们", "");
  }
}

/** Writes one bulletin of about `n` records; returns its text and the records written. */
function bulletin(rand: Rand, model: TextModel, paper: PaperData, date: Date | null, n: number, people: Set<string>): { text: string; records: number } {
  const w = new Writer(rand, model, paper, date, people);
  w.push("", "");
  if (date && paper.p.style === "masthead") w.masthead();
  if (paper.p.style !== "epaper" && chance(rand, 0.3)) w.push(pickOf(rand, ["区县新闻", "城区新闻", "社区新闻", "区街动态"]), "");
  const briefs = paper.p.style !== "epaper" && n >= 6 && chance(rand, 0.35) ? 3 + Math.floor(rand() * 3) : 0;
  while (w.records < n - briefs) {
    if (paper.p.style !== "epaper" && w.records > 0 && chance(rand, 0.03)) w.photoNews();
    else w.article();
  }
  if (briefs) w.briefs(n - w.records);
  w.foot();
  return { text: w.lines.join("\n"), records: w.records };
}

export function generateArchive(o: GenerateOptions): GenerateResult {
  const years = o.years ?? 20;
  const root = o.root ?? ".";
  const t0 = Date.now();
  const model = loadTextModel(root);
  const t1 = Date.now();
  // one stream for the archive's people and places (the same at any N), one for the pages
  const setup = mulberry32(o.seed ?? 42);
  const districts = cityDistricts([...new Set(PAPERS.map((p) => p.city))], setup);
  const papers: PaperData[] = PAPERS.map((p) => ({
    p,
    districts: districts.get(p.city)!,
    reporters: Array.from({ length: 160 }, () => makePerson(setup)),
    photographers: Array.from({ length: 40 }, () => makePerson(setup)),
    editors: Array.from({ length: 30 }, () => makePerson(setup)),
  }));
  const rand = mulberry32((o.seed ?? 42) ^ 0x5bd1e995);
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  const manifest: Record<string, { paper: string; city: string; date?: string; page: string }> = {};
  const people = new Set<string>();
  let chars = 0;
  let bulletins = 0;
  const write = (name: string, text: string, p: Paper, date: string | null) => {
    writeFileSync(join(o.out, name), text);
    manifest[name] = date ? { paper: p.paper, city: p.city, date, page: p.page } : { paper: p.paper, city: p.city, page: p.page };
    chars += text.length;
    bulletins++;
  };

  // dated pages: record counts first (4 to 14 a page), then each paper's pages spread over its days
  const counts: number[] = [];
  for (let sum = 0; sum < o.articles; ) {
    const n = Math.min(o.perPage ?? 4 + Math.floor(rand() * 11), o.articles - sum);
    counts.push(n);
    sum += n;
  }
  const end = Date.UTC(2025, 11, 31);
  const days = Math.round(years * 365.25);
  let dated = 0;
  counts.forEach((n, i) => {
    const paper = papers[i % papers.length]!;
    const perPaper = Math.ceil((counts.length - (i % papers.length)) / papers.length);
    const k = Math.floor(i / papers.length);
    const day = Math.floor((k * days) / perPaper);
    const date = new Date(end - (days - 1 - day) * 86400000);
    const iso = date.toISOString().slice(0, 10);
    const b = bulletin(rand, model, paper, date, n, people);
    write(`${iso}-${paper.p.code}-${String(i).padStart(6, "0")}.txt`, b.text, paper.p, iso);
    dated += b.records;
  });
  let undated = 0;
  for (let i = 0; undated < (o.undated ?? 0); i++) {
    const paper = papers[i % papers.length]!;
    const b = bulletin(rand, model, paper, null, Math.min(4 + Math.floor(rand() * 11), (o.undated ?? 0) - undated), people);
    write(`undated-${paper.p.code}-${String(i).padStart(6, "0")}.txt`, b.text, paper.p, null);
    undated += b.records;
  }
  if (o.giant) {
    const paper = papers[0]!;
    const parts: string[] = [];
    let n = 0;
    while (n < o.giant) {
      const b = bulletin(rand, model, paper, null, Math.min(12, o.giant - n), people);
      parts.push(b.text);
      n += b.records;
    }
    write(`giant-${paper.p.code}-${o.giant}.txt`, parts.join("\n"), paper.p, null);
    undated += n;
  }
  writeFileSync(join(o.out, "manifest.json"), JSON.stringify({ $comment: "synthetic archive from scripts/generate-archive.ts", bulletins: manifest }, null, 1));
  return { records: dated + undated, dated, undated, bulletins, people: people.size, chars, modelSeconds: (t1 - t0) / 1000, writeSeconds: (Date.now() - t1) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      out: { type: "string", default: ".bench/seeds" },
      years: { type: "string", default: "20" },
      seed: { type: "string", default: "42" },
      undated: { type: "string", default: "0" },
      giant: { type: "string", default: "0" },
      perPage: { type: "string" },
      stats: { type: "boolean", default: true },
    },
    allowNegative: true,
  });
  const r = generateArchive({ articles: Number(values.articles), out: values.out!, years: Number(values.years), seed: Number(values.seed), undated: Number(values.undated), giant: Number(values.giant), perPage: values.perPage ? Number(values.perPage) : undefined });
  console.log(
    `generated ${r.records} records (${r.dated} dated, ${r.undated} undated) in ${r.bulletins} bulletins over ${values.years} years into ${values.out}/: ` +
      `${(r.chars / 1e6).toFixed(1)} M characters, ${r.people} people in bylines; model ${r.modelSeconds.toFixed(1)} s, pages ${r.writeSeconds.toFixed(1)} s`,
  );
  if (values.stats) {
    const { printComparison } = await import("./text-stats.ts");
    printComparison(values.out!);
  }
}
