// ASCII slugs from data, never from Eleventy's slugify (which returns "" for Chinese): 卫滨区 → weibinqu.
import { pinyin } from "pinyin-pro";

export function slug(text: string): string {
  const ascii = /[\u3400-\u9fff]/.test(text) ? pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" }).join("") : text;
  const out = ascii
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!out) throw new Error(`slug() made an empty slug from “${text}”: give the thing an ASCII id in the data`);
  return out;
}
