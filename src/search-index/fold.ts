// Traditional → Simplified folding of indexed text (the search page folds queries with the same opencc-js converter):
// an article printed in Traditional characters carries a hidden Simplified copy for Pagefind, so that 金陵書畫社 is found
// by 金陵书画社 and by 金陵書畫社 (which the page converts) alike.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as OpenCC from "opencc-js";

export { FOLD_SENTINEL } from "../browser/search-text.ts";

let traditional: Set<string> | null = null;
let convert: ((s: string) => string) | null = null;

/** Characters OpenCC converts from Traditional (its TSCharacters table), less those that are also Simplified. */
export function traditionalSet(): Set<string> {
  if (traditional) return traditional;
  // the package exports no package.json: its folder is two above its UMD entry (dist/umd/full.js)
  const dir = join(dirname(createRequire(import.meta.url).resolve("opencc-js")), "../..");
  const source = readFileSync(join(dir, "dist/esm-lib/dict/TSCharacters.js"), "utf8");
  const table = source.match(/"([^"]+)"/)?.[1];
  if (!table) throw new Error("opencc-js's TSCharacters table has moved: update src/search-index/fold.ts");
  traditional = new Set();
  for (const pair of table.split("|")) {
    const [trad, ...simp] = pair.split(" ");
    if (trad && [...trad].length === 1 && !simp.includes(trad)) traditional.add(trad);
  }
  return traditional;
}

/** The Simplified folding of `text`, or null when it holds no Traditional character (most text: a set lookup a character). */
export function simplifiedCopy(text: string): string | null {
  const set = traditionalSet();
  let any = false;
  for (const c of text)
    if (set.has(c)) {
      any = true;
      break;
    }
  if (!any) return null;
  const c = (convert ??= OpenCC.Converter({ from: "t", to: "cn" }));
  const out = c(text);
  return out === text ? null : out;
}
