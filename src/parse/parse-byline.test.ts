import { test } from "node:test";
import assert from "node:assert/strict";
import { isBylineText, parseByline, splitLead, splitPhotoCredit } from "./parse-byline.ts";

const cases: [string, string[], string[], string[]][] = [
  ["本报讯(记者张苗 通讯员肖紫薇)", ["张苗"], ["肖紫薇"], []],
  ["本报讯(记者翟倩倩 通讯员 琚弋翀)", ["翟倩倩"], ["琚弋翀"], []],
  ["本报记者 梁月琳 通讯员 邹复光 韩丽", ["梁月琳"], ["邹复光", "韩丽"], []],
  ["记者 鲁慧 通讯员 李玉珍 文/图", ["鲁慧"], ["李玉珍"], ["鲁慧", "李玉珍"]],
  ["本报讯(记者 孙志刚 通讯员 马岩岩 文图)", ["孙志刚"], ["马岩岩"], ["孙志刚", "马岩岩"]],
  ["秦振华 摄", [], [], ["秦振华"]],
  ["本报记者 梁月琳 通讯员 李香尼 摄", [], [], ["梁月琳", "李香尼"]],
  ["本报摄影记者 陈晨", [], [], ["陈晨"]],
  ["实习生 王小明", ["王小明"], [], []],
];

for (const [raw, reporters, correspondents, photographers] of cases) {
  test(`parseByline reads roles from “${raw}”`, () => {
    assert.deepEqual(parseByline([raw]), { raw, reporters, correspondents, photographers });
  });
}

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
});
