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
