// The parser's corpus scores may not fall below the last committed ones (corpus/score.json, npm run eval -- --write).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { norm, scoreCorpus, scorePage, weigh } from "./score.ts";

const committed = JSON.parse(readFileSync("corpus/score.json", "utf8")) as { pages: { score: number }; holdout: { score: number } };

test("corpus/pages scores at least the committed score", () => {
  const { score } = scoreCorpus("corpus/pages");
  assert.ok(score >= committed.pages.score, `corpus score ${score.toFixed(1)} fell below the committed ${committed.pages.score}: run npm run eval -- --verbose`);
});

test("corpus/holdout scores at least the committed score", () => {
  const { score } = scoreCorpus("corpus/holdout");
  assert.ok(score >= committed.holdout.score, `holdout score ${score.toFixed(1)} fell below the committed ${committed.holdout.score}`);
});

test("the scorer counts a misread page against the parser", () => {
  const page = new TextEncoder().encode("社区书屋开门迎客\n\n本报讯(记者 王五) 近日,社区书屋正式开放。\n");
  const right = scorePage("p.txt", page, { records: [{ kind: "article", headline: "社区书屋开门迎客", people: [{ name: "王五", role: "记者" }], bodyStart: "近日,社区书屋", bodyEnd: "正式开放。" }] });
  assert.equal(right.score, 100);
  const wrong = scorePage("p.txt", page, { records: [{ kind: "brief", headline: "社区书屋开门", people: [{ name: "王五", role: "通讯员" }], bodyStart: "书屋正式", bodyEnd: "开门迎客" }] });
  assert.ok(wrong.score < 50, `a reading the parser disagrees with everywhere scored ${wrong.score}`);
  assert.equal(weigh([right.tallies, wrong.tallies]) < 100, true);
  assert.equal(norm("——【幸福里】 "), "幸福里");
});

test("a subhead opening the body may be read as the body's start or not", () => {
  const page = new TextEncoder().encode("## 雁山镇“留守儿童之家”周末开课\n\n文/图 记者 周洁\n\n### 周末有人陪\n\n每到周末,村小的教室里就传出孩子们的笑声。\n\n### 心里话有人听\n\n“留守儿童之家”还开通了亲情电话,孩子们可以定期和在外打工的父母通话、视频聊天,志愿者还会留意孩子们的情绪变化,及时和家长、老师沟通。\n");
  const record = { kind: "article" as const, headline: "雁山镇“留守儿童之家”周末开课", people: [{ name: "周洁", role: "记者" as const }, { name: "周洁", role: "摄影" as const }], bodyEnd: "和家长、老师沟通。" };
  assert.equal(scorePage("p.txt", page, { records: [{ ...record, bodyStart: "每到周末,村小的" }] }).tallies.body.got, 2);
  assert.equal(scorePage("p.txt", page, { records: [{ ...record, bodyStart: "周末有人陪每到周末" }] }).tallies.body.got, 2);
  assert.equal(scorePage("p.txt", page, { records: [{ ...record, bodyStart: "村小的教室里" }] }).tallies.body.got, 1);
});

test("a database export's field labels (【标题】, 【作者】) are no text the parser must keep", () => {
  const page = new TextEncoder().encode("【标题】珠山区首批背街小巷改造完工\n【作者】记者 程晓军\n【正文】\n近日,珠山区首批12条背街小巷改造完工,居民出行更方便了。\n");
  const { tallies } = scorePage("p.txt", page, { records: [{ kind: "article", headline: "珠山区首批背街小巷改造完工", people: [{ name: "程晓军", role: "记者" as const }], bodyStart: "近日,珠山区首批", bodyEnd: "居民出行更方便了。" }], furniture: ["【正文】"] });
  assert.equal(tallies.textKept.got, tallies.textKept.of);
  assert.ok(tallies.textKept.of >= 2);
});

test("a line of OCR's specks the parser drops as furniture holds no text it lost", () => {
  const page = new TextEncoder().encode("岑河镇召开农村合作医疗工作会\n~  ˙ ┅ ..  ·\n\n沙市区学校开学前安全大检查\n本报讯 8月25日,沙市区教育局对全区学校开展开学前安全大检查。\n");
  const { tallies, misses } = scorePage("p.txt", page, { records: [{ kind: "brief", headline: "岑河镇召开农村合作医疗工作会" }, { kind: "article", headline: "沙市区学校开学前安全大检查", bodyStart: "8月25日,沙市区", bodyEnd: "开学前安全大检查。" }] });
  assert.equal(tallies.textKept.got, tallies.textKept.of, misses.join("; "));
  assert.ok(!misses.some((m) => m.startsWith("text dropped")), misses.join("; "));
});

test("a title printed twice, kept once in its one line, loses none of its parts", () => {
  const page = new TextEncoder().encode("桂湖街道 老旧小区改造惠及四千二百户\n\n桂湖街道\n\n老旧小区改造惠及四千二百户\n\n□通讯员 刘倩\n\n6月5日,新都区桂湖街道一个老小区完成改造。\n");
  const reading = { records: [{ kind: "article" as const, headline: "桂湖街道 老旧小区改造惠及四千二百户", people: [{ name: "刘倩", role: "通讯员" as const }], bodyStart: "6月5日,新都区", bodyEnd: "老小区完成改造。" }] };
  const { tallies, misses } = scorePage("p.txt", page, reading);
  assert.equal(tallies.textKept.got, tallies.textKept.of, misses.join("; "));
  assert.ok(!misses.some((m) => m.startsWith("text dropped")), misses.join("; "));
});

test("a zone with no code of its own is the same district by any of its spellings (浐灞 = 浐灞生态区), not another zone", () => {
  const page = new TextEncoder().encode("浐灞湿地公园荷花进入最佳观赏期\n本报讯 连日来，浐灞生态区浐灞国家湿地公园的荷花竞相开放。\n");
  const read = (district: string) => scorePage("p.txt", page, { manifest: { city: "西安" }, records: [{ kind: "article", headline: "浐灞湿地公园荷花进入最佳观赏期", district }] }).tallies.districts;
  assert.equal(read("浐灞生态区").got, 1);
  assert.equal(read("曲江新区").got, 0);
});

test("a zone's generic spellings compare as their short form (德阳经开区 = 德阳经济技术开发区), not as another kind of zone", () => {
  const page = new TextEncoder().encode("五个项目集中签约 协议投资逾十亿元\n本报讯 5月6日，德阳经开区举行项目集中签约仪式。\n");
  const read = (district: string) => scorePage("p.txt", page, { manifest: { city: "德阳" }, records: [{ kind: "article", headline: "五个项目集中签约 协议投资逾十亿元", district }] }).tallies.districts;
  assert.equal(read("德阳经济技术开发区").got, 1);
  assert.equal(read("德阳高新技术产业开发区").got, 0);
});

test("a snippet printed twice on a page names no neighbour; one printed once does", () => {
  const page = new TextEncoder().encode("梧桐叶落 环卫工忙\n\n11月19日上午,大光路的环卫工人在清扫落叶。\n\n晨报记者 徐宁摄\n\n五老村街道把招聘会开进社区\n\n11月19日上午,五老村街道在社区办了招聘会,40家企业到场。\n");
  const records = [
    { kind: "photo" as const, headline: "梧桐叶落 环卫工忙", people: [{ name: "徐宁", role: "摄影" as const }], bodyStart: "11月19日上午,", bodyEnd: "在清扫落叶。" },
    { kind: "article" as const, headline: "五老村街道把招聘会开进社区", bodyStart: "11月19日上午,", bodyEnd: "40家企业到场。" },
  ];
  assert.equal(scorePage("p.txt", page, { records }).neighbours, 0);
  assert.equal(scorePage("p.txt", page, { records: [records[0]!, { ...records[1]!, bodyStart: "11月19日上午,五老村" }] }).neighbours, 0);
  const merged = new TextEncoder().encode("梧桐叶落 环卫工忙\n\n11月19日上午,大光路的环卫工人在清扫落叶。\n五老村街道在社区办了招聘会,40家企业到场。\n");
  assert.equal(scorePage("p.txt", merged, { records: [records[0]!, { ...records[1]!, headline: null, bodyStart: "五老村街道在社区" }] }).neighbours, 1);
});

test("an export's caption label (图片说明：) is no text the parser must keep", () => {
  const page = new TextEncoder().encode("东湖村修通环村路\n\n本报讯 东湖村三公里环村路日前修通，村民出行不再绕道。\n\n图片说明：5月10日，东湖村村民走在新修的环村路上。\n");
  const { tallies } = scorePage("p.txt", page, { records: [{ kind: "article", headline: "东湖村修通环村路", bodyStart: "东湖村三公里", bodyEnd: "村民出行不再绕道。", captions: ["5月10日，东湖村村民"] }] });
  assert.equal(tallies.textKept.got, tallies.textKept.of);
});

test("a caption's mark (（图片）) and a bracketed caption label ([图片说明]) are no text the parser must keep", () => {
  const page = new TextEncoder().encode("钢城志愿者进社区\n\n本报讯 近日，雨山区一个社区迎来了十多名钢城志愿者。\n\n（图片）花山区的小学生在科技馆参观。\n\n[图片说明] 志愿者在社区为孩子们辅导作业。\n");
  const { tallies } = scorePage("p.txt", page, { records: [{ kind: "article", headline: "钢城志愿者进社区", bodyStart: "近日，雨山区", bodyEnd: "十多名钢城志愿者。" }] });
  assert.equal(tallies.textKept.got, tallies.textKept.of);
});

test("a scraped story's fields beside its byline (来源：…, 发布时间：…, 字数：…) are no text the parser must keep", () => {
  const page = new TextEncoder().encode("社区食堂开门了\n\n来源：钢城报 作者：记者 杨丽萍 发布时间：2016-08-09 18:30\n\n8月8日，钢城社区的老年食堂开门营业。\n");
  const record = { kind: "article" as const, headline: "社区食堂开门了", people: [{ name: "杨丽萍", role: "记者" as const }], bodyStart: "8月8日，钢城社区", bodyEnd: "老年食堂开门营业。" };
  const { tallies } = scorePage("p.txt", page, { records: [record] });
  assert.equal(tallies.textKept.got, tallies.textKept.of);
});

test("an export's column field (栏目：城区新闻) kept as the story's column is no text lost, whether the reader drops it or not", () => {
  const page = new TextEncoder().encode("栏目：城区新闻\n标题：哈达街街道老楼完成节能改造\n作者：本报记者 乌云\n正文：\n9月下旬，哈达街街道14栋老楼完成外墙保温改造。\n----------\n标题：昭乌达路街道开办老年食堂\n栏目：城区新闻\n正文：\n昭乌达路街道的老年食堂近日开门营业。\n");
  const records = [
    { kind: "article" as const, section: "城区新闻", headline: "哈达街街道老楼完成节能改造", people: [{ name: "乌云", role: "记者" as const }], bodyStart: "9月下旬，哈达街", bodyEnd: "外墙保温改造。" },
    { kind: "article" as const, section: "城区新闻", headline: "昭乌达路街道开办老年食堂", bodyStart: "昭乌达路街道的", bodyEnd: "近日开门营业。" },
  ];
  for (const furniture of [["----------"], ["----------", "栏目：城区新闻"]]) {
    const { tallies, misses } = scorePage("p.txt", page, { records, furniture });
    assert.equal(tallies.textKept.got, tallies.textKept.of, misses.join("; "));
    assert.equal(tallies.furniture.got, tallies.furniture.of, misses.join("; "));
  }
});

test("a list item's mark (△, ★) is no text the parser must keep", () => {
  const page = new TextEncoder().encode("西固短波\n△陈坪街道日前召开居民代表会议,听取居民对物业管理的\n意见和建议,收集意见四十多条。\n★临洮街街道成立老年门球队。\n");
  const { tallies, misses } = scorePage("p.txt", page, { records: [{ kind: "brief", section: "西固短波", headline: null, bodyStart: "陈坪街道日前", bodyEnd: "收集意见四十多条。" }, { kind: "brief", section: "西固短波", headline: null, bodyStart: "临洮街街道成立", bodyEnd: "老年门球队。" }] });
  assert.equal(tallies.textKept.got, tallies.textKept.of, misses.join("; "));
});

test("a headline the page also lists among its stories (★…) is judged as the headline over its story, not as the list's furniture kept", () => {
  const page = new TextEncoder().encode("【导读】\n★靖港古镇龙舟赛开始报名\n【望城要闻】\n★靖港古镇龙舟赛开始报名\n端午将至，靖港古镇龙舟赛即日起开放报名。\n（融媒体记者 周婷）\n");
  const { tallies, misses } = scorePage("p.txt", page, { records: [{ kind: "article", section: "望城要闻", headline: "靖港古镇龙舟赛开始报名", people: [{ name: "周婷", role: "记者" as const }], bodyStart: "端午将至，靖港", bodyEnd: "即日起开放报名。" }], furniture: ["【导读】", "★靖港古镇龙舟赛开始报名"] });
  assert.ok(!misses.some((m) => m.startsWith("furniture kept: L4")), misses.join("; "));
  assert.equal(tallies.headlines.got, 1);
});

test("a database export's title labels (正题：, 【篇名】, 〔主题〕) are no text the parser must keep", () => {
  const page = new TextEncoder().encode("正题：石炭井区下岗职工走上再就业岗位\n〔主题〕长胜街道老年活动室开门迎客\n本报讯 长胜街道老年活动室日前开门迎客。\n");
  const { tallies, misses } = scorePage("p.txt", page, { records: [{ kind: "article", headline: "石炭井区下岗职工走上再就业岗位" }, { kind: "article", headline: "长胜街道老年活动室开门迎客", bodyStart: "长胜街道老年活动室", bodyEnd: "日前开门迎客。" }] });
  assert.ok(!misses.some((m) => m.startsWith("text lost")), misses.join("; "));
  assert.equal(tallies.textKept.got, tallies.textKept.of);
});

test("a list summary's link to its story ([详细]) is no text the parser must keep", () => {
  const page = new TextEncoder().encode("张家村街道开设“长者食堂”\n辖区六十岁以上老人每餐只需付五元……[详细]\n");
  const { tallies, misses } = scorePage("p.txt", page, { records: [{ kind: "article", headline: "张家村街道开设“长者食堂”", bodyStart: "辖区六十岁以上老人", bodyEnd: "每餐只需付五元……" }] });
  assert.ok(!misses.some((m) => m.startsWith("text lost")), misses.join("; "));
  assert.equal(tallies.textKept.got, tallies.textKept.of);
});

test("a caption's photo number or place (图①:, ②, 上图:) is matched whether the reader keeps it or not", () => {
  const page = new TextEncoder().encode("小江两岸秋收忙\n金秋十月,坝子里稻谷金黄,农民抢晴天收割晾晒。\n上图:农民在田里打谷子。\n下图:老大妈在晒场上翻晒苞谷。\n摄影:李华\n");
  const { misses } = scorePage("p.txt", page, { records: [{ kind: "article", headline: "小江两岸秋收忙", bodyStart: "金秋十月,坝子里稻谷", bodyEnd: "农民抢晴天收割晾晒。", captions: ["农民在田里打谷子", "下图:老大妈在晒场上"] }] });
  assert.ok(!misses.some((m) => m.startsWith("caption")), misses.join("; "));
});

test("a database record's bracketed fields (【篇名】, 【正文】, 【栏目】 kept as the column) are no text the parser must keep", () => {
  const page = new TextEncoder().encode("【篇名】东门街道办起老年食堂\n【作者】本报记者　顾敏\n【栏目】街道天地\n【正文】本报讯　东门街道的老年食堂近日开门营业。\n");
  const { tallies, misses } = scorePage("p.txt", page, { records: [{ kind: "article", section: "街道天地", headline: "东门街道办起老年食堂", people: [{ name: "顾敏", role: "记者" }], bodyStart: "东门街道的老年食堂", bodyEnd: "近日开门营业。" }] });
  assert.equal(tallies.textKept.got, tallies.textKept.of, misses.join("; "));
});
