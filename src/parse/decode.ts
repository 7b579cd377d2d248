// bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK; empty, binary or undecodable files are errors.
import type { Context } from "./context.ts";

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

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
      text = tryDecode("gb18030", bytes);
      if (text !== null) ctx.report("decode/gb18030", "info", 1, "file is not UTF-8; decoded as GB18030 (GBK)");
    }
  }
  if (text === null) {
    const why = bytes.includes(0) ? "file looks binary (NUL bytes)" : "file is neither UTF-8, UTF-16 with BOM nor GB18030";
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
