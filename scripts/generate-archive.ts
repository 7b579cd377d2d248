// npm run generate -- --articles N --out DIR: a synthetic archive laid out like the seeds (kickers, plain and # headlines,
// pretitles, 本报讯 leads with bylines, end bylines, subheads, column breaks, captions with credits, furniture),
// spread over years, districts and people, with a manifest giving each page's paper, city and date. Deterministic per N.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, out: { type: "string", default: ".bench/seeds" }, years: { type: "string", default: "20" } } });
const ARTICLES = Number(values.articles);
const YEARS = Number(values.years);
const OUT = values.out!;

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const CITIES = [
  { city: "郑州", paper: "郑州日报", districts: { 二七区: ["淮河路街道", "蜜蜂张街道", "五里堡街道"], 管城区: ["北下街街道", "东大街街道", "南关街街道"], 金水区: ["兴达路街道", "经八路街道", "花园路街道"], 惠济区: ["迎宾路街道", "花园口镇", "古荥镇"], 中原区: ["林山寨街道", "建设路街道"], 经开区: ["明湖街道", "潮河街道", "祥云街道"] } },
  { city: "新乡", paper: "新乡日报", districts: { 卫滨区: ["胜利路街道", "中同街街道"], 红旗区: ["西街街道", "渠东街道", "小店镇"], 牧野区: ["王村镇", "东干道街道"], 凤泉区: ["宝西街道", "耿黄镇"] } },
  { city: "焦作", paper: "焦作日报", districts: { 解放区: ["焦西街道", "焦北街道", "焦南街道", "上白作街道"], 山阳区: ["百间房街道", "艺新街道"], 中站区: ["李封街道", "府城街道"] } },
] as const;
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉宇浩凯健俊帆帅旭宁亮";
const person = () => pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.6 ? pick([...GIVEN]) : "");
const REPORTERS = Array.from({ length: 120 }, person);
const CORRESPONDENTS = Array.from({ length: 600 }, person);
const TOPICS = ["项目建设", "基层治理", "志愿服务", "文明创建", "营商环境", "森林防火", "安全生产", "就业创业", "乡村振兴", "非遗展演", "爱国卫生", "法律援助", "环境整治", "党建引领", "民生实事"];
const VERBS = ["召开", "开展", "推进", "举办", "启动", "部署", "助力", "打造", "深化", "落实"];
const PHRASES = [
  "紧紧围绕中心工作,坚持问题导向,统筹推进各项任务落地见效",
  "工作人员深入社区走访群众,详细了解居民需求,现场解决实际困难",
  "活动现场气氛热烈,群众参与热情高涨,纷纷表示受益匪浅",
  "下一步,将持续完善工作机制,不断提升服务水平和群众满意度",
  "通过线上线下相结合的方式,广泛宣传相关政策,营造良好氛围",
  "截至目前,共走访企业30余家,解决问题12个,发放宣传资料2000余份",
  "与会人员围绕重点任务进行了深入交流,明确了时间节点和责任分工",
  "该负责人表示,今后将继续发挥示范带动作用,推动工作走深走实",
];
const sentence = () => pick(PHRASES) + "。";
const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join("");

function article(place: { district: string; street: string }, date: Date, style: number): string[] {
  const topic = pick(TOPICS);
  const headline = `${place.district}${pick(VERBS)}${topic}工作`;
  const lines: string[] = [];
  const reporter = pick(REPORTERS);
  const correspondent = pick(CORRESPONDENTS);
  if (style % 5 === 0) lines.push(place.street, "");
  if (style % 7 === 0) lines.push(`全市${topic}观摩活动举行`, "");
  lines.push(style % 2 ? `# ${headline}` : headline, "");
  const dateline = `${date.getUTCMonth() + 1}月${date.getUTCDate()}日,`;
  const body = [paragraph(), paragraph(), paragraph(), paragraph()];
  if (style % 3 === 0) {
    lines.push(`本报记者 ${reporter} 通讯员 ${correspondent}`, "", dateline + body[0]!);
  } else {
    lines.push(`本报讯(记者${reporter} 通讯员 ${correspondent})${dateline}${place.street}${body[0]}`);
  }
  lines.push("");
  const broken = body[1]!;
  const cut = Math.floor(broken.length / 2);
  lines.push(broken.slice(0, cut), "", broken.slice(cut), "");
  if (style % 4 === 0) lines.push(`${pick(["坚持", "突出", "强化"])}${topic} 打造“新”阵地`, "");
  lines.push(body[2]!, "", body[3]!, "");
  if (style % 6 === 0) lines.push(`记者 ${reporter} 通讯员 ${correspondent}`, "");
  if (style % 9 === 0) lines.push("", "", `${dateline}${place.district}${place.street}居民参加${topic}活动。 本报记者 ${reporter} 摄`, "");
  return lines;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const manifest: Record<string, { paper: string; city: string; date: string; page: string }> = {};
const PER_PAGE = 10;
const pages = Math.ceil(ARTICLES / PER_PAGE);
const start = Date.UTC(2026 - YEARS, 0, 1);
const span = YEARS * 365 * 86400000;
let written = 0;
for (let p = 0; p < pages; p++) {
  const c = CITIES[p % CITIES.length]!;
  const date = new Date(start + Math.floor((p / pages) * span));
  const districts = Object.entries(c.districts);
  const lines: string[] = ["", ""];
  const n = Math.min(PER_PAGE, ARTICLES - written);
  for (let a = 0; a < n; a++) {
    const [district, streets] = pick(districts);
    lines.push(...article({ district, street: pick(streets) }, date, p * PER_PAGE + a));
  }
  lines.push("扫一扫 关注我们", "");
  written += n;
  const iso = date.toISOString().slice(0, 10);
  const name = `${iso}-${c.city === "郑州" ? "zz" : c.city === "新乡" ? "xx" : "jz"}-${String(p).padStart(6, "0")}.txt`;
  writeFileSync(join(OUT, name), lines.join("\n"));
  manifest[name] = { paper: c.paper, city: c.city, date: iso, page: String(1 + (p % 8)) };
}
writeFileSync(join(OUT, "manifest.json"), JSON.stringify({ $comment: "synthetic archive from scripts/generate-archive.ts", bulletins: manifest }, null, 1));
console.log(`generated ${written} articles in ${pages} bulletins over ${YEARS} years into ${OUT}/`);
