// bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK or Big5, whichever reads as Chinese;
// empty, binary or undecodable files are errors, and a file no encoding reads cleanly is an error naming its first bad line.
//
// GB18030 decodes almost any run of bytes without an error, so "it decoded" says little: Big5, Shift-JIS or random
// double-byte text comes out as valid but meaningless characters (紅旗區 in Big5 read as GB18030 is 篨跋…). So each
// candidate decoding is scored by the share of its Han characters that are common ones (GB2312's first level, 3,755
// characters that make up 99.7% of Simplified text, and Big5's 5,401 frequently used characters, Traditional): real
// Chinese text scores 95–100%, a wrong decoding half that or less.
import type { Context } from "./context.ts";

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes every two-byte code of the given lead and trail byte ranges: the characters of a block of a double-byte set. */
function block(encoding: string, leads: [number, number], trails: [number, number][]): string[] {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) for (const [a, b] of trails) for (let t = a; t <= b; t++) bytes.push(lead, t);
  return [...new TextDecoder(encoding).decode(Uint8Array.from(bytes))].filter((c) => c !== "\ufffd");
}

let common: Set<string> | null = null;
/** GB2312 level 1 (rows 0xB0–0xD7) and Big5's frequently used characters (0xA440–0xC67E). */
function commonHan(): Set<string> {
  common ??= new Set([
    ...block("gb18030", [0xb0, 0xd7], [[0xa1, 0xfe]]),
    ...block("big5", [0xa4, 0xc6], [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ]),
  ]);
  return common;
}

const HAN = /\p{Script=Han}/u;
/** Characters no Chinese page holds: private use, unassigned, the replacement character, controls but tab/CR/LF/FF. */
const ALIEN = /[\p{Co}\p{Cn}\ufffd\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

interface Score {
  han: number;
  commonHan: number;
  alien: number;
}

function score(text: string): Score {
  const set = commonHan();
  const s: Score = { han: 0, commonHan: 0, alien: 0 };
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80 && c !== "\u007f" && (c >= " " || c === "\t" || c === "\n" || c === "\r" || c === "\f")) continue;
    if (HAN.test(c)) {
      s.han++;
      if (set.has(c)) s.commonHan++;
    } else if (ALIEN.test(c)) s.alien++;
  }
  return s;
}

const share = (s: Score) => (s.han ? s.commonHan / s.han : 1);

/** Whether a whole decoding reads as Chinese text: nothing alien, and most Han characters common ones. */
const readsAsText = (s: Score) => s.alien === 0 && share(s) >= (s.han >= 20 ? 0.85 : 0.6);
/** Whether one line of a decoding is wrong: alien characters, or several Han characters mostly uncommon. */
const lineIsWrong = (s: Score) => s.alien > 0 || (s.han >= 4 && share(s) < 0.5);

const NAMES: Record<string, string> = { "utf-8": "UTF-8", gb18030: "GB18030 (GBK)", big5: "Big5" };
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The lines of `bytes` (split at LF, which no byte of a two-byte character in these encodings is). */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let k = 0; k <= bytes.length; k++) {
    if (k === bytes.length || bytes[k] === 0x0a) {
      out.push(bytes.subarray(start, k));
      start = k + 1;
    }
  }
  return out;
}

const ENCODINGS = ["utf-8", "gb18030", "big5"];

/** For a file no encoding reads: its first bad line, counted against the encoding that reads the most lines, and what
 * that line reads as, if anything. */
function firstBadLine(bytes: Uint8Array): string {
  const lines = byteLines(bytes);
  // for each line, the encodings that read it
  const reads = lines.map((l) =>
    ENCODINGS.filter((encoding) => {
      const text = tryDecode(encoding, l);
      return text !== null && !lineIsWrong(score(text));
    }),
  );
  const good = (encoding: string) => reads.filter((r) => r.includes(encoding)).length;
  const best = ENCODINGS.reduce((a, b) => (good(b) > good(a) ? b : a));
  const k = Math.max(0, reads.findIndex((r) => !r.includes(best)));
  const other = reads[k]!.filter((e) => e !== best);
  const line = k + 1;
  return other.length
    ? `line ${line} is ${NAMES[other[0]!]}, unlike most of the file (${NAMES[best]}): lines pasted from a file in another encoding? Save the whole file as UTF-8`
    : good(best) > reads.filter((r) => r.length === ENCODINGS.length).length
      ? `read as ${NAMES[best]}, line ${line} is not ${NAMES[best]} text, nor Chinese in another encoding: save the whole file as UTF-8`
      : `line ${line} is not Chinese text in UTF-8, GB18030 or Big5 (Japanese or Korean, or not text at all?): save the file as UTF-8`;
}

/** The line firstBadLine() names. */
const lineOf = (message: string) => Number(/line (\d+)/.exec(message)?.[1] ?? 1);

export function decode(bytes: Uint8Array, ctx: Context): string | null {
  if (bytes.length === 0) {
    ctx.report("decode/empty", "error", 1, "file is empty: remove it or add the bulletin's text");
    return null;
  }
  let text: string | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = tryDecode("utf-16le", bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = tryDecode("utf-16be", bytes);
  else if (!bytes.includes(0)) {
    text = tryDecode("utf-8", bytes);
    if (text === null) {
      // not UTF-8: GB18030 (Simplified) or Big5 (Traditional), whichever reads as Chinese, the better if both do
      const candidates = ["gb18030", "big5"].flatMap((encoding) => {
        const t = tryDecode(encoding, bytes);
        return t === null ? [] : [{ encoding, text: t, score: score(t) }];
      });
      const readable = candidates.filter((c) => readsAsText(c.score)).sort((a, b) => share(b.score) - share(a.score));
      const chosen = readable[0];
      if (chosen) {
        const others = candidates.filter((c) => c !== chosen).map((c) => `${pct(share(c.score))} as ${NAMES[c.encoding]}`);
        ctx.report(
          `decode/${chosen.encoding}`,
          "info",
          1,
          `file is not UTF-8; decoded as ${NAMES[chosen.encoding]}: ${pct(share(chosen.score))} of its ${chosen.score.han} Chinese characters are common ones${others.length ? ` (against ${others.join(", ")})` : ""}`,
        );
        text = chosen.text;
      } else {
        const why = firstBadLine(bytes);
        ctx.report("decode/undecodable", "error", lineOf(why), `no encoding reads this file cleanly: ${why}`);
        return null;
      }
    }
  }
  if (text === null) {
    const why = bytes.includes(0) ? "file looks binary (NUL bytes)" : "file is neither UTF-8, UTF-16 with BOM, GB18030 nor Big5";
    ctx.report("decode/undecodable", "error", 1, `${why}: save it as UTF-8 text`);
    return null;
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 100 > text.length) {
    ctx.report("decode/binary", "error", 1, `file looks binary (${controls} control characters): save it as UTF-8 text`);
    return null;
  }
  if (text.replace(/[\s\ufeff\u3000]/g, "") === "") {
    ctx.report("decode/empty", "error", 1, "file has no text: remove it or add the bulletin's text");
    return null;
  }
  return text;
}
