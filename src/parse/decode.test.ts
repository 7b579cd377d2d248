import { test } from "node:test";
import assert from "node:assert/strict";
import { createContext } from "./context.ts";
import { decode } from "./decode.ts";
import { parseBulletin } from "./index.ts";

const TEXT = "卫滨区\n\n召开推进会\n\n本报讯 4月7日,卫滨区召开推进会。\n";

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
  }
  return out;
}

// GB18030 bytes of "卫滨区 召开推进会。" written out, since TextEncoder only encodes UTF-8
const GB18030 = Uint8Array.from([0xce, 0xc0, 0xb1, 0xf5, 0xc7, 0xf8, 0x20, 0xd5, 0xd9, 0xbf, 0xaa, 0xcd, 0xc6, 0xbd, 0xf8, 0xbb, 0xe1, 0xa1, 0xa3]);

test("UTF-8 with and without BOM decodes to the same text", () => {
  const plain = decode(new TextEncoder().encode(TEXT), createContext("a.txt"));
  const bom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), createContext("a.txt"));
  assert.equal(plain, TEXT);
  assert.equal(bom?.replace(/^\ufeff/, ""), TEXT);
});

test("UTF-16 LE and BE with BOM decode", () => {
  assert.equal(decode(utf16(TEXT, false), createContext("a.txt")), TEXT);
  assert.equal(decode(utf16(TEXT, true), createContext("a.txt")), TEXT);
});

test("GB18030 (GBK) decodes, with an info message", () => {
  const ctx = createContext("gbk.txt");
  assert.equal(decode(GB18030, ctx), "卫滨区 召开推进会。");
  assert.deepEqual(ctx.messages.map((m) => `${m.severity} ${m.ruleId}`), ["info decode/gb18030"]);
});

test("an empty file is an error naming the file", () => {
  const { records, messages } = parseBulletin("seeds/empty.txt", new Uint8Array(), {});
  assert.equal(records.length, 0);
  assert.deepEqual(messages.map((m) => `${m.file}:${m.line} ${m.severity} ${m.ruleId}`), ["seeds/empty.txt:1 error decode/empty"]);
});

test("a file of blanks and full-width spaces is empty", () => {
  const { messages } = parseBulletin("seeds/blank.txt", new TextEncoder().encode("\r\n\u3000\u3000\n  \n"), {});
  assert.equal(messages[0]?.ruleId, "decode/empty");
});

test("a binary file is an error", () => {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  const { records, messages } = parseBulletin("seeds/photo.jpg.txt", bytes, {});
  assert.equal(records.length, 0);
  assert.equal(messages[0]?.severity, "error");
  assert.match(messages[0]!.ruleId, /^decode\//);
});

test("bytes that are neither UTF-8 nor GB18030 are an error", () => {
  const { messages } = parseBulletin("seeds/bad.txt", Uint8Array.from([0x41, 0xff, 0xff, 0xff, 0x42]), {});
  assert.deepEqual(messages.map((m) => m.ruleId), ["decode/undecodable"]);
});

// Encoders for double-byte sets, from Node's decoders (TextEncoder only encodes UTF-8): every two-byte code decoded once.
function encoderFor(encoding: string): (text: string) => Uint8Array {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const c = decoder.decode(Uint8Array.from([lead, trail]));
      if (c.length === 1 && c !== "\ufffd" && !map.has(c)) map.set(c, [lead, trail]);
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const c of text) {
      if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
      else out.push(...(map.get(c) ?? assert.fail(`${encoding} has no ${c}`)));
    }
    return Uint8Array.from(out);
  };
}

// a Traditional page (as a Taiwan or Hong Kong copy of a district bulletin would be), in Big5
const TRADITIONAL = "紅旗區\n\n紅旗區召開黨建工作推進會\n\n本報訊(記者 張苗 通訊員 劉偉)4月12日,紅旗區召開黨建工作推進會,總結去年工作,部署今年任務。會議要求各街道、社區進一步壓實責任,創新工作方法,推動黨建工作與經濟發展深度融合。\n";

test("Big5 is detected and decoded, not read as GB18030 mojibake; the choice is an info message with the scores", () => {
  const bytes = encoderFor("big5")(TRADITIONAL);
  assert.notEqual(new TextDecoder("gb18030", { fatal: true }).decode(bytes), TRADITIONAL, "(GB18030 decodes these bytes without an error, to other characters)");
  const ctx = createContext("big5.txt");
  assert.equal(decode(bytes, ctx), TRADITIONAL);
  assert.deepEqual(ctx.messages.map((m) => `${m.severity} ${m.ruleId}`), ["info decode/big5"]);
  assert.match(ctx.messages[0]!.message, /decoded as Big5: 100% of its \d+ Chinese characters are common ones \(against \d+% as GB18030 \(GBK\)\)/);
  const { records } = parseBulletin("seeds/big5.txt", bytes, {});
  assert.ok(JSON.stringify(records).includes("紅旗區召開黨建工作推進會"), "the records hold the Traditional text");
});

test("a whole GBK page still decodes as GB18030, though Big5 may decode its bytes too", () => {
  const text = TEXT.repeat(3) + "本报讯(记者 张苗 通讯员 刘伟)4月12日,红旗区召开党建工作推进会,总结去年工作,部署今年任务。\n";
  const ctx = createContext("gbk.txt");
  assert.equal(decode(encoderFor("gbk")(text), ctx), text);
  assert.deepEqual(ctx.messages.map((m) => m.ruleId), ["decode/gb18030"]);
});

test("Shift-JIS and random double-byte text are errors, not mojibake", () => {
  const japanese = encoderFor("shift_jis")("東京都の区議会は、新しい公園の計画を発表しました。住民の皆さんから意見を集めています。\n");
  for (const [name, bytes] of [
    ["sjis.txt", japanese],
    ["random.txt", Uint8Array.from({ length: 600 }, (_, k) => (k % 2 ? 0x40 + ((k * 7919) % 0xbe) : 0x81 + ((k * 104729) % 0x7d)))],
  ] as const) {
    const { records, messages } = parseBulletin(`seeds/${name}`, bytes, {});
    assert.equal(records.length, 0, name);
    assert.deepEqual(messages.map((m) => `${m.line} ${m.severity} ${m.ruleId}`), ["1 error decode/undecodable"], name);
    assert.match(messages[0]!.message, /not Chinese text in UTF-8, GB18030 or Big5/);
  }
});

test("a file mixing UTF-8 and GBK lines is an error naming its first line in the other encoding", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const gbk = encoderFor("gbk");
  const lines = ["卫滨区", "", "召开推进会", "", "本报讯 4月7日,卫滨区召开推进会,会议听取了区委工作完成情况。", "会议强调,要以更大力度推进项目建设,扎实做好各项工作。", "会议要求,各单位要压实责任,确保工作落实见效。"];
  // lines 1–5 and 7 in GBK, line 6 pasted in UTF-8
  const bytes = Uint8Array.from(lines.flatMap((l, k) => [...(k === 5 ? utf8(l) : gbk(l)), 0x0a]));
  const { records, messages } = parseBulletin("seeds/mixed.txt", bytes, {});
  assert.equal(records.length, 0);
  assert.deepEqual(messages.map((m) => `${m.file}:${m.line} ${m.severity} ${m.ruleId}`), ["seeds/mixed.txt:6 error decode/undecodable"]);
  assert.match(messages[0]!.message, /line 6 is UTF-8, unlike most of the file \(GB18030 \(GBK\)\).*Save the whole file as UTF-8/);
});
