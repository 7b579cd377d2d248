import { test } from "node:test";
import assert from "node:assert/strict";
import { districtNamed, findDistricts, findPlaces, isPlaceLine, lookupPlace } from "./gazetteer.ts";

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

test("places inside running text are found by their shortest known tail", () => {
  assert.deepEqual(findPlaces("走进管城区东大街办事处", "郑州").map((p) => p.text), ["东大街办事处"]);
});

test("place lines are kickers; titles ending in 区 are not", () => {
  assert.equal(isPlaceLine("红旗区西街街道双石桥社区"), true);
  assert.equal(isPlaceLine("焦北街道"), true);
  assert.equal(isPlaceLine("打造城市更新示范区"), false);
  assert.equal(isPlaceLine("区街动态"), false);
});
