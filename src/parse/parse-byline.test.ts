import { test } from "node:test";
import assert from "node:assert/strict";
import { isBylineText, parseByline, splitEndByline, splitLead, splitPhotoCredit } from "./parse-byline.ts";

const cases: [string, string[], string[], string[], string[]?][] = [
  ["本报讯(记者张苗 通讯员肖紫薇)", ["张苗"], ["肖紫薇"], []],
  ["本报讯(记者翟倩倩 通讯员 琚弋翀)", ["翟倩倩"], ["琚弋翀"], []],
  ["本报记者 梁月琳 通讯员 邹复光 韩丽", ["梁月琳"], ["邹复光", "韩丽"], []],
  ["记者 鲁慧 通讯员 李玉珍 文/图", ["鲁慧"], ["李玉珍"], ["鲁慧", "李玉珍"]],
  ["本报讯(记者 孙志刚 通讯员 马岩岩 文图)", ["孙志刚"], ["马岩岩"], ["孙志刚", "马岩岩"]],
  ["秦振华 摄", [], [], ["秦振华"]],
  ["本报记者 梁月琳 通讯员 李香尼 摄", [], [], ["梁月琳", "李香尼"]],
  ["本报摄影记者 陈晨", [], [], ["陈晨"]],
  ["实习生 王小明", [], [], [], ["王小明"]],
  ["□晚报首席记者 王磊 见习记者 赵一 实习生 张三", ["王磊", "赵一"], [], [], ["张三"]],
  ["郑州晚报记者 刘宁 特约通讯员 孙瑶 马林", ["刘宁"], ["孙瑶", "马林"], []],
  ["融媒体记者 周洁 通讯员 吴迪", ["周洁"], ["吴迪"], []],
  ["文/李明 图/赵亮", ["李明"], [], ["赵亮"]],
  ["图/本报记者 李强", [], [], ["李强"]],
  ["本组图片由王伟摄", [], [], ["王伟"]],
  ["■本报记者 钱进", ["钱进"], [], []],
  ["(记者 孙立 通讯员 何敏)", ["孙立"], ["何敏"], []],
];

for (const [raw, reporters, correspondents, photographers, interns = []] of cases) {
  test(`parseByline reads roles from “${raw}”`, () => {
    const { people: _, ...roles } = parseByline([raw]);
    assert.deepEqual(roles, { raw, reporters, correspondents, photographers, interns });
  });
}

test("people keep each role and the title as printed, without the paper", () => {
  assert.deepEqual(parseByline(["本报讯(郑州晚报首席记者 张苗 实习生 李四)"]).people, [
    { name: "张苗", role: "记者", title: "首席记者" },
    { name: "李四", role: "实习生", title: "实习生" },
  ]);
  assert.deepEqual(parseByline(["记者 王五 文/图"]).people, [
    { name: "王五", role: "记者", title: "记者" },
    { name: "王五", role: "摄影", title: "文/图" },
  ]);
});

test("笔者 names nobody", () => {
  assert.equal(isBylineText("笔者"), false);
  assert.deepEqual(parseByline(["笔者"]).people, []);
});

test("splitEndByline takes a bracketed byline off a paragraph's end, and nothing else", () => {
  assert.deepEqual(splitEndByline("活动取得实效。(通讯员 王森)"), ["活动取得实效。", "(通讯员 王森)"]);
  assert.deepEqual(splitEndByline("活动取得实效。（记者 孙立 通讯员 何敏）"), ["活动取得实效。", "（记者 孙立 通讯员 何敏）"]);
  assert.equal(splitEndByline("共有80人参加(含志愿者)"), null);
});

test("a phrase of short words is no byline", () => {
  assert.equal(isBylineText("身边榜样 前行力量"), false);
  assert.equal(isBylineText("楼栋长的碰头会"), false);
  assert.equal(isBylineText("记者 鲁慧 通讯员 吕政澳"), true);
});

test("splitPhotoCredit takes the whole credit off a caption's end", () => {
  assert.deepEqual(splitPhotoCredit("弘扬了中华优秀传统文化。王孟阳 摄"), ["弘扬了中华优秀传统文化。", "王孟阳 摄"]);
  assert.deepEqual(splitPhotoCredit("参加了培训班。 本报记者 梁月琳 通讯员 王建伟 弓爱娣 摄"), ["参加了培训班。", "本报记者 梁月琳 通讯员 王建伟 弓爱娣 摄"]);
  assert.equal(splitPhotoCredit("大家拍摄"), null);
});

test("splitLead separates 本报讯 and its byline from the text", () => {
  assert.deepEqual(splitLead("本报讯(记者张苗)近日,活动举行。"), { byline: "本报讯(记者张苗)", text: "近日,活动举行。" });
  assert.deepEqual(splitLead("本报讯 4月7日,会议召开。"), { byline: "本报讯", text: "4月7日,会议召开。" });
  assert.deepEqual(splitLead("本报9月3日讯(记者 王五)会议召开。"), { byline: "本报9月3日讯(记者 王五)", text: "会议召开。" });
  assert.deepEqual(splitLead("本报讯（记者 王五）会议召开。"), { byline: "本报讯（记者 王五）", text: "会议召开。" });
  assert.deepEqual(splitLead("本报讯日前,会议召开。"), { byline: "本报讯", text: "日前,会议召开。" });
  assert.deepEqual(splitLead("郑州晚报讯(记者 王五)会议召开。"), { byline: "郑州晚报讯(记者 王五)", text: "会议召开。" });
  assert.deepEqual(splitLead("新华社北京9月3日电(记者 王五)会议召开。"), { byline: "新华社北京9月3日电(记者 王五)", text: "会议召开。" });
});

test("文/图 with a role word credits the words in that role: a correspondent's words are no reporter's", () => {
  assert.deepEqual(parseByline(["文/图 特约通讯员 熊伟"]).people.map((p) => `${p.name}/${p.role}`), ["熊伟/通讯员", "熊伟/摄影"]);
  assert.deepEqual(parseByline(["文/图 本报记者 李华"]).people.map((p) => `${p.name}/${p.role}`), ["李华/记者", "李华/摄影"]);
});
