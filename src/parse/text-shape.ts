// Shapes of lines that several passes read: does it end a sentence, could it be a title.
import type { Item } from "./types.ts";
import placeWords from "../data/place-words.json" with { type: "json" };

/** The marks that open the items of a printed list (● 近日…, △七里河区…). */
export const LIST_MARKS = "●■◆▲△★☆◇○•·▪▶►◎▷▸▹➤➢❖◈♦";
/** "△ 七里河区…" → "七里河区…"; □, which also opens a byline (□本报记者 王磊), opens list items too (□南汇区周浦镇…). */
const LEADING_MARK = new RegExp(`^[${LIST_MARKS}□]\\s*`);
export const stripListMark = (text: string) => text.replace(LEADING_MARK, "");
/** 1.八台镇新建3个村卫生室。4月中旬,…: a numbered item of a list, its title the first sentence, short and with no comma. */
export const NUMBERED_RUN_IN = /^\d{1,2}[.．、](?!\d)\s*([^\s，,。；;：:!！?？]{4,24})。(?=\S)/;

/** Ends like a finished sentence: 。 ! ? … ; or one of them inside closing quotes. */
export function endsSentence(text: string): boolean {
  return /[。!?！？…;；]["”’』」)）]*$/.test(text) || /[)）]$/.test(text);
}

/** Short, no sentence punctuation inside: 召开“十大行动”第一季度工作推进会, 郁金香有毒?“人花共室”会中毒吗? */
export function isTitleLike(text: string): boolean {
  const bare = text.replace(/\s/g, "");
  // (电话：0571-88888888: a label and its number, no headline)
  return bare.length >= 2 && bare.length <= 40 && /[\u4e00-\u9fa5]/.test(bare) && !/[,，。;；]/.test(bare) && !/[:：、]$/.test(bare) && !/^[\u4e00-\u9fa5]{2,8}[:：][\d\s()（）-]{6,}$/.test(bare);
}

/** How many characters two texts share as runs of at least `min` characters (for "is this caption about that headline"). */
export function sharesRun(a: string, b: string, min = 4): boolean {
  for (let i = 0; i + min <= a.length; i++) if (b.includes(a.slice(i, i + min))) return true;
  return false;
}

/** A paragraph that goes on from the one before it (此次…, 据了解…, 该…), never a caption nor a story's start. */
export const REFERS_BACK = /^(此次|此外|同时|另外|下一步|据悉|据了解|随后|今后|目前|截至|最后|因此|但是|然而|而且|并且|其中|对此|为此|他们|她们|该|这|那)/;

/** Quoted words someone says (“真方便。”王阿姨说 / 他说：“…”), where a caption quotes only names (在“共享书房”里看书,
 * “凉都”之夜). */
export const quotesSpeech = (text: string) => /^[“"「](?![^”"」，。,]{1,8}[”"」])|[:：]\s*[“"「]|[”"」][^，。,]{0,8}(说|表示|笑道|介绍|告诉)|[。！？!?][”"」]/.test(text);

/** A caption looks like this: one short sentence, no quoted speech. */
export const captionLike = (text: string, longest = 45) => text.length <= longest && /[。！!]$/.test(text) && !/[。！!?？].+[。！!]$/.test(text) && !quotesSpeech(text);

/** A photo's caption that also says a word of its background: at most two sentences, no quoted speech. */
export const longCaptionLike = (text: string) => text.length <= 150 && /[。！!]$/.test(text) && (text.match(/[。！!?？]/g)?.length ?? 0) <= 2 && !quotesSpeech(text);


/** A photo's number opening its caption: 图①, 图1：, 图二: */
export const PHOTO_NUMBER = /^图\s?(?:([①-⑩])|([\d一二三四五六七八九十]+)\s?[:：])/;
/** 图① …, 图2：… → "①", "2" (PHOTO_NUMBER's number), else null. */
export const photoNumber = (text: string): string | null => {
  const m = text.match(PHOTO_NUMBER);
  return m ? (m[1] ?? m[2]!) : null;
};
/** （见图①②）, (见图1、2): a story's pointer to its photos, printed apart from it (photos.ts takes them to it). */
export const PHOTO_REFERENCE = /^[(（]\s*(?:见|详见)?图\s*([①-⑩\d一二三四五六七八九十][①-⑩\d一二三四五六七八九十、，,\s]*)[)）]$/;

/** The bars an app sets before a label (▍秦州区), which an OCR also leaves as specks after a sentence. */
export const BAR_MARKS = "▍▌▎▐┃‖丨〃〓";
/** 、 ﹒﹒ ′ ﹒ 水屯镇…, ~ ˙ ┅ .. · 沙市区…: a run of OCR's specks, two or more, before a line's first words. */
const SPECK_MARKS = "、﹒′˙┅…~～`'\"．.·,，:;；_\\-";
/** ▇▇▇▇: what an OCR prints where it could read nothing. */
const BLOT_MARKS = "▇█▓▆▉▊▋■□▒░";
export const SPECKS_BEFORE_WORDS = new RegExp(`^(?:[${SPECK_MARKS}]\\s*){2,}(?=[\\u4e00-\\u9fa5])`);
/** ▇▇▇▇▇▇▇▇ on a line of its own: where a headline stood, blotted out. */
export const BLOT_LINE = new RegExp(`^(?:[${BLOT_MARKS}]\\s*){3,}$`);
/** ~ ˙ ┅ .. ·, ▇▇▇: a line of specks or blots and nothing else. */
export const SPECK_LINE = new RegExp(`^[\\s${SPECK_MARKS}${BLOT_MARKS}]+$`);
/** A rule across the page (---, * * *, ＿＿＿ in an export, ────── in a PDF's text): markdown's thematic break, which parts two stories. */
export const RULE_LINE = /^(?:[-*_=~＿－─━═]\s*){3,}$/;
/** …3万亩。▲, …投入使用。▎, …义务劳动. ・: a mark left after a line's last sentence; …明显改观丨: a column's rule read where its full stop stood. */
export const SPECK_AFTER_SENTENCE = new RegExp(`(?<=[。！？!?”」]|[\\u4e00-\\u9fa5][.．])\\s*[▲△■□·・${BAR_MARKS}|｜]+$|(?<=[\\u4e00-\\u9fa5])[丨‖┃]$`);

/** A paper's name alone on a line, as a masthead prints it: 都江堰报, 常州经济开发区报, 呼兰报网络版 (a website's). */
export const PAPER_LINE = /^([\u4e00-\u9fa5]{2,8}?报)(?:\s*[·•・|｜-]?\s*(?:网络版|电子版|数字版|数字报|手机版))?$/;

/** 李中镇水上森林公园…: a text's opening town by its shape (a town, a township, a street), where no gazetteer knows it */
export const TOWN_SHAPE = new RegExp(`^((?!${placeWords.townNotOpening.join("|")})[\\u4e00-\\u9fa5]{2,4}?(?:(?<![${placeWords.townNotAfter["镇"]}])镇|(?<![${placeWords.townNotAfter["乡"]}])乡(?!村)|街道))`);

// (一九八0年: an OCR's 0 for 〇)
const CN_DIGIT: Record<string, number> = { "〇": 0, "○": 0, "零": 0, "Ｏ": 0, O: 0, "0": 0, "０": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };
/** 十一 → 11, 二十 → 20, 三十一 → 31, 九 → 9. */
function cnNumber(s: string): number {
  const m = s.match(/^([一二三]?)十([一二三四五六七八九]?)$/);
  if (m) return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[2] ? CN_DIGIT[m[2]]! : 0);
  return CN_DIGIT[s] ?? NaN;
}
/** 二○○一年十一月二十日 → 2001年11月20日: a date set in Chinese numerals (an older paper's header), in digits, so that the
 * furniture lexicon's and the masthead's date patterns read it. Other text is unchanged. */
export function arabicDates(text: string): string {
  return text.replace(/([〇○零ＯO0０一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g, (all, y: string, m: string, d: string) => {
    const year = [...y].map((c) => CN_DIGIT[c]).join("");
    const month = cnNumber(m);
    const day = cnNumber(d);
    return /^(?:19|20)\d\d$/.test(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}年${month}月${day}日` : all;
  });
}

/** The lines of a page with no blank lines, held apart, as paragraphs: a line goes on from one that ends no sentence. */
export function joinLines(lines: Item[]): Item[] {
  const out: Item[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && l.gap === 0 && !l.indent && !endsSentence(prev.text)) out[out.length - 1] = { ...prev, text: prev.text + l.text, end: l.end ?? l.line };
    else out.push(l);
  }
  return out;
}
