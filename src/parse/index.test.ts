// The parser over the five real seed pages: what an attentive reader finds on each, and that no text is lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readSeeds } from "../read-seeds.ts";
import { normalize } from "./normalize.ts";
import { createContext } from "./context.ts";
import type { ArticleRecord } from "./types.ts";

const seeds = readSeeds("seeds");
const byFile = (stem: string) => seeds.records.filter((r) => r.source.file.includes(stem));

type Row = [line: number, kind: ArticleRecord["kind"], headline: string | null, district: string | null, reporters?: string[], correspondents?: string[], photographers?: string[]];

function check(stem: string, rows: Row[]) {
  const records = byFile(stem);
  assert.deepEqual(
    records.map((r) => [r.source.startLine, r.kind, r.headline, r.district]),
    rows.map((r) => r.slice(0, 4)),
    `${stem}: records (start line, kind, headline, district)`,
  );
  rows.forEach((row, k) => {
    const [, , , , reporters, correspondents, photographers] = row;
    const b = records[k]!.byline;
    if (reporters) assert.deepEqual(b.reporters, reporters, `${stem}:${row[0]} reporters`);
    if (correspondents) assert.deepEqual(b.correspondents, correspondents, `${stem}:${row[0]} correspondents`);
    if (photographers) assert.deepEqual(b.photographers, photographers, `${stem}:${row[0]} photographers`);
  });
}

test("000 (新乡): plain headlines, kickers, a caption of the 花馍 article, a photo at the end", () => {
  check("000_", [
    [3, "article", "召开“十大行动”第一季度工作推进会", "卫滨区"],
    [15, "article", "牧野区领导 调研河长制工作实施情况", "牧野区"],
    [21, "article", "职工无故被解雇 法律援助专区来帮助", "红旗区"],
    [33, "article", "卫滨区城乡建设局 加强物业小区 电动车安全管理", "卫滨区"],
    [43, "article", "市智慧岛数字经济产业园项目开工", "红旗区"],
    [57, "article", "举办非遗花馍展演课堂文明实践课堂", "卫滨区"],
    [71, "article", "魅力关屯成为美丽乡村“打卡点”", "红旗区", ["焦耀"], ["李晓雪"], ["焦耀", "李晓雪"]],
    [85, "article", "多措并举齐发力 “点亮”幸福和谐星", "红旗区"],
    [103, "article", "凤泉区人社局 践行“二马”机制 保障劳动者权益", "凤泉区"],
    [115, "photo", null, "牧野区"],
  ]);
  const [first] = byFile("000_");
  assert.equal(first!.paragraphs.length, 3, "the column break 建/设 is rejoined");
  assert.match(first!.paragraphs[2]!, /现代化产业体系建设,强化企业创新主体地位/);
  assert.equal(byFile("000_")[5]!.captions.length, 1, "the 花馍 caption belongs to its article");
  assert.equal(byFile("000_")[7]!.place, "西街街道双石桥社区");
});

test("001 (焦作): # headings, a headline that lost its text, pretitle, street kickers, a lone photo credit", () => {
  check("001_", [
    [3, "brief", "解放区常委会会议召开", "解放区"],
    [5, "article", "解放区集中开工十个重大项目", "解放区", ["张苗"], ["肖紫薇"]],
    [21, "article", "“一网三步五勤”提高基层治理效能", "解放区", ["詹长松"]],
    [35, "article", "党建赋能“宜业兴业星”创建", "解放区", ["张苗"]],
    [47, "article", "解放区荣获“河南省营商环境建设先进市辖区”称号", "解放区"],
    [55, "article", "解放区纪委监委:专项监督推动“550”项目高质量建设", "解放区"],
    [69, "photo", null, "解放区", [], [], ["秦振华"]],
    [71, "article", "解放区领导督导森林防火工作", "解放区", ["张苗"], ["琚弋翀"]],
    [79, "article", "解放区医保局 群众“零跑腿” 服务“零距离”", "解放区"],
    [93, "article", "张巧红:“红姐帮帮团”让居民幸福满满", "解放区", ["张苗"]],
  ]);
  const records = byFile("001_");
  assert.equal(records[0]!.paragraphs.length, 0, "the lost headline takes no body");
  assert.equal(records[1]!.pretitle, "全省第十二期“三个一批”项目建设活动举行");
  assert.ok(records[1]!.paragraphs.includes("延伸阅读"), "延伸阅读 stays in its article");
  assert.equal(records[2]!.place, "焦西街道");
  assert.equal(records[9]!.section, "身边榜样 前行力量");
  assert.deepEqual(seeds.furniture.get("seeds/001_c5fa8227d6671996.txt"), [115, 117]);
});

test("002 (郑州 经开区): end bylines, subheads, the page's district for articles that name none", () => {
  check("002_", [
    [3, "article", "党建引领 打造新业态新就业群体“红色港湾”", "经开区", ["鲁慧"], ["吕政澳"]],
    [31, "article", "九龙办事处 优化服务举措 全力冲刺一季度“开门红”", "经开区", ["鲁慧"], ["王春霞"]],
    [47, "article", "祥云办事处 巧手做萌兔 欢乐共此时", "经开区", ["鲁慧"], ["李玉珍"], ["鲁慧", "李玉珍"]],
    [63, "article", "潮河办事处 筑牢散煤治理防线 助力环境质量改善", "经开区", ["谢鹏飞"], ["王森"]],
    [75, "article", "整治非机动车乱停乱放 树立干净有序城市好形象", "经开区", ["鲁慧"], ["竹青"]],
    [89, "article", "明湖办事处 戏曲传情 乐享文化大餐", "经开区", ["鲁慧"], ["黄媛媛"]],
  ]);
  const first = byFile("002_")[0]!;
  assert.deepEqual(first.subheadings.map((k) => first.paragraphs[k]), ["坚持联建共建 打造“新”阵地", "突出关心关爱 做优“新”服务", "搭建多元平台 凝聚“新”力量"]);
  assert.equal(byFile("002_")[2]!.paragraphs.length, 5, "the paragraph after the photo gap stays in its article");
});

test("003 (焦作): truncated articles, a repeated headline over a photo, 科普角, a source credit", () => {
  check("003_", [
    [3, "article", "解放区召开“550”重点项目工作调度会", "解放区", ["翟倩倩"], ["琚弋翀"]],
    [11, "article", "解放区委农村工作会议召开", "解放区", ["翟倩倩"], ["王琦"]],
    [31, "article", "解放区召开安全生产治本攻坚三年行动动员部署会", "解放区", ["詹长松"], ["赵龙柱"]],
    [37, "article", "焦作市融媒体文化科技产业园 获批河南省科普教育基地", "解放区", ["张苗"]],
    [47, "article", "解放区开展第36个爱国卫生月活动", "解放区"],
    [55, "article", "解放区案例教学助青年干部成长", "解放区"],
    [63, "photo", "焦作市融媒体文化科技产业园 获批河南省科普教育基地", "解放区", [], [], ["王孟阳"]],
    [69, "brief", "解放区教育局举办中小学心理辅导访谈及心理危机干预技能培训", "解放区"],
    [73, "photo", null, "解放区", [], [], ["李良贵"]],
    [75, "article", "郁金香有毒?“人花共室”会中毒吗?", "解放区"],
    [85, "article", "焦南街道:优化服务促就业 点亮“宜业兴业星”", "解放区", ["翟倩倩"]],
  ]);
  const records = byFile("003_");
  assert.equal(records[9]!.section, "科普角");
  assert.deepEqual(records[9]!.credits, ["(解放区科协提供)"]);
  assert.equal(records[4]!.date, "2024-04-12", "dateline 4月12日 with the year the page states (2024年4月是…)");
  const truncated = seeds.messages.filter((m) => m.file.includes("003_") && m.ruleId === "paragraphs/truncated").map((m) => m.line);
  assert.deepEqual(truncated, [29, 35]);
});

test("004 (郑州): two-line titles, photo news with credits, streets that name no district", () => {
  check("004_", [
    [3, "article", "管城区 4700 名党员走进网格", "管城区", ["王恩俊"], ["张俊永"]],
    [23, "photo", null, "惠济区", [], [], ["梁月琳", "李香尼"]],
    [25, "article", "楼栋长的碰头会", null, ["郑磊"], ["周爱玲"]],
    [43, "article", "中原区开展非遗项目展演", "中原区", ["孙志刚"], ["马岩岩"]],
    [57, "article", "我是创建志愿者", "惠济区", ["梁月琳"], ["邹复光", "韩丽"]],
    [73, "article", "“五小”门店评比分级 动态管理确保成效", "二七区", ["赵文静"], ["王涵"]],
    [83, "article", "“网”住焚烧秸秆陋习", "金水区", ["贺党喜"], ["宋建庆"]],
    [99, "article", "上街区举办强党性树形象培训", "上街区", ["朱华"], ["克东", "卜桂平"]],
    [107, "article", "北下街办事处培育创业孵化基地", "管城区", ["王恩俊"], ["周增婷"]],
    [117, "photo", null, "惠济区", [], [], ["梁月琳", "王建伟", "弓爱娣"]],
    [119, "article", "“爱心驿站”初起航 老人康诊传福音", null, ["郑磊"], ["卢琰钧"]],
    [133, "article", "二七区文化创意产业提速发展", "二七区", ["赵文静"], ["邓方心", "闫艳红"]],
    [155, "photo", null, "二七区", [], [], ["赵文静", "郭培培"]],
  ]);
  const r = byFile("004_");
  assert.equal(r[0]!.subtitle, "认岗定责承包“责任田” 亮出身份领办民生项目");
  assert.equal(r[4]!.pretitle, "推进三城联创 改善城市环境");
  assert.equal(r[11]!.pretitle, "着力提升文化品质和文化软实力");
  assert.equal(r[3]!.section, "区街动态");
  assert.equal(r[5]!.place, "淮河路街道");
});

test("every record of the seeds has a city, and ids and URLs are unique ASCII", () => {
  assert.ok(seeds.records.every((r) => r.city));
  assert.equal(new Set(seeds.records.map((r) => r.id)).size, seeds.records.length);
  assert.equal(new Set(seeds.records.map((r) => r.url)).size, seeds.records.length);
  assert.ok(seeds.records.every((r) => /^\/articles\/[a-z0-9-]+\/$/.test(r.url)));
  assert.equal(seeds.messages.filter((m) => m.severity === "error").length, 0);
});

test("no text is lost: every line of every seed is in some record field, except page furniture", () => {
  const fields = (r: ArticleRecord) =>
    [r.kicker, r.section, r.pretitle, r.headline, r.subtitle, ...r.byline.raw.split(" / "), ...r.paragraphs, ...r.captions.map((c) => c.text), ...r.credits]
      .filter((f): f is string => !!f)
      .map((f) => f.replace(/\s/g, ""));
  for (const file of seeds.files) {
    const records = seeds.records.filter((r) => r.source.file === file);
    const furniture = seeds.furniture.get(file) ?? [];
    for (const line of normalize(readFileSync(file, "utf8"), createContext(file))) {
      const text = line.text.replace(/^#+/, "").replace(/\s/g, "");
      if (!text || furniture.includes(line.n)) continue;
      const owner = records.filter((r) => r.source.startLine <= line.n && line.n <= r.source.endLine);
      assert.equal(owner.length, 1, `${file}:${line.n} should lie in exactly one record's source range`);
      const inside = fields(owner[0]!);
      const covered =
        inside.some((f) => f.includes(text)) ||
        Array.from({ length: text.length - 1 }, (_, k) => k + 1).some((k) => inside.some((f) => f.endsWith(text.slice(0, k))) && inside.some((f) => f.startsWith(text.slice(k))));
      assert.ok(covered, `${file}:${line.n} “${line.text.slice(0, 30)}” is in no field of record ${owner[0]!.id}`);
    }
  }
});
