import { test } from "node:test";
import assert from "node:assert/strict";
import { CITIES, cityVotes, districtNamed, findDistricts, findPlaces, isPlaceLine, lookupPlace, nameOfYear, paperCity, papersPrinted, shortCity } from "./gazetteer.ts";

test("streets and towns resolve to their district within the city", () => {
  assert.equal(lookupPlace("淮河路街道", "郑州")?.name, "二七区");
  assert.equal(lookupPlace("北下街办事处", "郑州")?.name, "管城区");
  assert.equal(lookupPlace("花园口镇", "郑州")?.name, "惠济区");
  assert.equal(lookupPlace("焦西街道", "焦作")?.name, "解放区");
});

test("a street in two districts of a city resolves to none", () => {
  assert.equal(lookupPlace("东风路街道", "郑州"), null);
});

test("papers' short names and official names are one district", () => {
  assert.equal(districtNamed("管城回族区", "郑州"), districtNamed("管城区", "郑州"));
  assert.equal(districtNamed("经开区", "郑州")?.official, "郑州经济技术开发区");
  assert.equal(districtNamed("经开区", null), null);
  assert.deepEqual(findDistricts("卫滨区和红旗区", "新乡").map((m) => m.district.name), ["卫滨区", "红旗区"]);
});

test("an autonomous county is named short, with or without 自治, and its people may be named without 族 (察布查尔锡伯自治县)", () => {
  assert.equal(districtNamed("威宁自治县", null)?.official, "威宁彝族回族苗族自治县");
  assert.equal(districtNamed("威宁县", null)?.official, "威宁彝族回族苗族自治县");
  assert.equal(districtNamed("察布查尔县", null)?.official, "察布查尔锡伯自治县");
  assert.equal(districtNamed("察布查尔自治县", null)?.official, "察布查尔锡伯自治县");
  // (清水县 is no 清 county of the 水 people)
  assert.equal(districtNamed("清水县", null)?.official, "清水县");
});

test("places inside running text are found by their shortest known tail", () => {
  assert.deepEqual(findPlaces("走进管城区东大街办事处", "郑州").map((p) => p.text), ["东大街办事处"]);
});

test("place lines are kickers; titles ending in 区 are not", () => {
  assert.equal(isPlaceLine("红旗区西街街道双石桥社区"), true);
  assert.equal(isPlaceLine("焦北街道"), true);
  assert.equal(isPlaceLine("打造城市更新示范区"), false);
  assert.equal(isPlaceLine("区街动态"), false);
  assert.ok(!isPlaceLine("赤溪镇五个山区村"), "a count of villages is no village");
});

test("a district name many cities share resolves within the city: 鼓楼区 of 南京 and of 福州", () => {
  assert.equal(districtNamed("鼓楼区", "南京")?.code, "320106");
  assert.equal(districtNamed("鼓楼区", "福州")?.code, "350102");
  assert.equal(districtNamed("鼓楼区", null), null);
  assert.equal(lookupPlace("宁海路街道", "南京")?.name, "鼓楼区");
  assert.equal(lookupPlace("猛追湾街道", "成都")?.name, "成华区");
});

test("a city printed before a district resolves it: 济南市中区, 枣庄市市中区, 南京高新区", () => {
  assert.deepEqual(findDistricts("济南市中区老商埠", null).map((m) => [m.district.city, m.district.name]), [["济南", "市中区"]]);
  assert.deepEqual(findDistricts("枣庄市市中区", null).map((m) => m.district.city), ["枣庄"]);
  assert.deepEqual(findDistricts("赴济南市中区考察", "郑州"), [], "another city's district is not the page's");
  const zone = findDistricts("南京高新区日前举办", "南京")[0]!.district;
  assert.deepEqual([zone.city, zone.name, zone.kind, zone.admin], ["南京", "高新区", "zone", null]);
});

test("functional zones and abolished districts", () => {
  const d = districtNamed("郑东新区", "郑州")!;
  assert.deepEqual([d.kind, d.admin], ["zone", null]);
  assert.equal(districtNamed("西海岸新区", "青岛")?.admin, "黄岛区");
  assert.equal(districtNamed("经济技术开发区", "郑州"), null, "a generic zone is made by findDistricts, not named");
  assert.equal(findDistricts("经济技术开发区", "郑州")[0]?.district.official, "郑州经济技术开发区", "郑州's own 经开区, not a made one");
  const sifang = districtNamed("四方区", "青岛")!;
  assert.deepEqual([sifang.kind, sifang.until, sifang.successor], ["abolished", 2012, "市北区"]);
  assert.equal(districtNamed("四方区", "郑州"), null);
  // a county made a county-level city under its own name is named as it was in its years (海安县 until 2017)
  const haian = districtNamed("海安市", "南通")!;
  assert.equal(nameOfYear(haian, 2016).name, "海安县");
  assert.equal(nameOfYear(haian, 2019).name, "海安市");
  // the codes' revision of the change's year already lacks the old name: a page of that year still prints it
  assert.equal(nameOfYear(districtNamed("华亭市", "平凉")!, 2017).name, "华亭县");
});

test("cities' short names; papers' cities", () => {
  assert.equal(shortCity("郑州市"), "郑州");
  assert.equal(shortCity("延边朝鲜族自治州"), "延边");
  assert.equal(shortCity("西双版纳傣族自治州"), "西双版纳");
  // the two Mongol prefectures are named without 族
  assert.equal(shortCity("博尔塔拉蒙古自治州"), "博尔塔拉");
  assert.equal(shortCity("巴音郭楞蒙古自治州"), "巴音郭楞");
  assert.ok(CITIES.has("博尔塔拉"));
  assert.ok(CITIES.has("北京") && CITIES.has("重庆") && CITIES.has("济源"));
  assert.equal(paperCity("郑州晚报"), "郑州");
  assert.equal(paperCity("半岛都市报"), "青岛");
  assert.equal(paperCity("大河报"), null);
  assert.equal(paperCity("吉林日报"), null, "a province's paper, though 吉林 is also a city");
  assert.equal(paperCity("洛阳晚报"), "洛阳", "by the rule <city>(日报|晚报|…)");
  assert.equal(paperCity("人民日报"), undefined);
  assert.deepEqual(papersPrinted(["郑州晚报讯 近日,", "据《成都商报》报道,", "本报讯(半岛都市报记者 王涛)", "今晚报告会在社区举行", "齐鲁晚报 2015年3月2日"]), ["郑州晚报", "半岛都市报", "齐鲁晚报"]);
  assert.deepEqual(papersPrinted(["经济信息时报讯 近日,", "(经济信息时报记者 罗平)"]), [], "a longer name ending in a known paper's (信息时报, of 广州) is another paper");
});

test("a page's city by its districts and streets; everyday phrases do not vote", () => {
  assert.deepEqual([...cityVotes("卫滨区召开会议,推进老城区改造。红旗区西街街道")], [["新乡", 2]]);
  assert.deepEqual([...cityVotes("猛追湾街道 新区 城区")], [["成都", 1]]);
});

test("a town that has become a street since is found by its street", () => {
  assert.equal(lookupPlace("新店镇", "厦门")?.name, "翔安区");
  assert.equal(isPlaceLine("七里山街道建起首家社区"), false);
});
