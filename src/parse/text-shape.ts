// Shapes of lines that several passes read: does it end a sentence, could it be a title.

/** The marks that open the items of a printed list (● 近日…, △七里河区…). */
export const LIST_MARKS = "●■◆▲△★☆◇○•·▪▶►◎";
/** "△ 七里河区…" → "七里河区…". */
export const stripListMark = (text: string) => text.replace(new RegExp(`^[${LIST_MARKS}]\\s*`), "");

/** Ends like a finished sentence: 。 ! ? … ; or one of them inside closing quotes. */
export function endsSentence(text: string): boolean {
  return /[。!?！？…;；]["”’』」)）]*$/.test(text) || /[)）]$/.test(text);
}

/** Short, no sentence punctuation inside: 召开“十大行动”第一季度工作推进会, 郁金香有毒?“人花共室”会中毒吗? */
export function isTitleLike(text: string): boolean {
  const bare = text.replace(/\s/g, "");
  return bare.length >= 2 && bare.length <= 40 && /[\u4e00-\u9fa5]/.test(bare) && !/[,，。;；]/.test(bare) && !/[:：、]$/.test(bare);
}

/** How many characters two texts share as runs of at least `min` characters (for "is this caption about that headline"). */
export function sharesRun(a: string, b: string, min = 4): boolean {
  for (let i = 0; i + min <= a.length; i++) if (b.includes(a.slice(i, i + min))) return true;
  return false;
}
