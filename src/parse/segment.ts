// Items → article drafts: "卫滨区 / 召开…推进会 / 本报讯 4月7日,…" is one article; a subhead stays in its article; a caption is a photo.
import type { Context } from "./context.ts";
import type { Draft, Item } from "./types.ts";
import { splitLead, splitPhotoCredit } from "./parse-byline.ts";
import { sharesRun } from "./text-shape.ts";

const TITLE_KINDS = new Set(["heading", "title", "kicker", "section"]);
/** A paragraph that starts like this goes on from what came before, so it is no caption. */
const REFERS_BACK = /^(此次|此外|同时|另外|下一步|据悉|据了解|随后|今后|目前|截至|最后|因此|但是|然而|而且|并且|其中|对此|为此|他们|她们|该|这|那)/;

interface State {
  drafts: Draft[];
  cur: Draft | null;
  /** true once an end byline or a caption has closed the current draft. */
  closed: boolean;
}

function newDraft(first: Item, kind: Draft["kind"] = "article"): Draft {
  return {
    kind,
    section: null,
    kicker: null,
    titles: [],
    bylines: [],
    body: [],
    captions: [],
    credits: [],
    startLine: first.line,
    endLine: first.line,
  };
}

const touch = (d: Draft, item: Item) => {
  d.startLine = Math.min(d.startLine, item.line);
  d.endLine = Math.max(d.endLine, item.line);
};

const headlineOf = (d: Draft) => d.titles.map((t) => t.text).join(" ");

export function segment(items: Item[], ctx: Context): Draft[] {
  const st: State = { drafts: [], cur: null, closed: false };
  const open = (d: Draft) => {
    st.drafts.push(d);
    st.cur = d;
    st.closed = false;
  };
  const next = (j: number) => {
    while (j < items.length && items[j]!.kind === "furniture") j++;
    return j;
  };
  /** A caption: a paragraph with a photo credit, or one set apart by a wide gap with no body after it. */
  const isCaption = (j: number): boolean => {
    const item = items[j];
    if (!item || item.kind !== "text") return false;
    if (splitPhotoCredit(item.text)) return true;
    if (item.gap < 2 || REFERS_BACK.test(item.text)) return false;
    const after = items[next(j + 1)];
    return !after || TITLE_KINDS.has(after.kind) || after.kind === "photo-credit" || (after.kind === "text" && after.gap >= 2);
  };
  const photoFrom = (item: Item): Draft => {
    const d = newDraft(item, "photo");
    const split = splitPhotoCredit(item.text);
    d.body.push(split ? { ...item, text: split[0] } : item);
    if (split) d.bylines.push(split[1]);
    return d;
  };
  const orphan = (titles: Item[], why: string) => {
    const d = newDraft(titles[0]!, "brief");
    for (const t of titles) {
      d.titles.push(t);
      touch(d, t);
    }
    st.drafts.push(d);
    ctx.report("segment/lost-text", "warning", titles[0]!.line, `headline “${headlineOf(d)}” ${why}; published as a headline only`);
  };

  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.kind === "furniture") {
      i++;
      continue;
    }

    if (TITLE_KINDS.has(item.kind)) {
      let j = i;
      const group: Item[] = [];
      while (j < items.length && TITLE_KINDS.has(items[j]!.kind)) group.push(items[j++]!);
      const after = items[next(j)];
      const titles = group.filter((g) => g.kind === "title" || g.kind === "heading");
      const starts =
        !st.cur ||
        st.closed ||
        group.some((g) => g.kind !== "title") ||
        group.length > 1 ||
        after?.kind === "lead" ||
        after?.kind === "byline" ||
        isCaption(next(j));
      if (!starts) {
        for (const g of group) {
          st.cur!.body.push(g);
          touch(st.cur!, g);
        }
        i = j;
        continue;
      }
      if (!after || titles.length === 0) {
        // nothing follows but furniture, or only labels: a column label at the page's end belongs to the article above
        const labels = group.filter((g) => g.kind !== "title" && g.kind !== "heading");
        if (labels.length && st.cur && !after) {
          st.cur.section ??= labels.map((l) => l.text).join(" ");
          for (const l of labels) touch(st.cur, l);
          ctx.report("segment/trailing-label", "info", labels[0]!.line, `label “${labels.map((l) => l.text).join(" ")}” ends the page; taken as the section of the article above`);
        } else if (labels.length && after) {
          // labels then straight into a lead: an article with no headline
          const d = newDraft(labels[0]!);
          for (const l of labels) assignLabel(d, l);
          open(d);
          ctx.report("segment/no-headline", "warning", labels[0]!.line, "article has no headline");
        } else if (labels.length) {
          const d = newDraft(labels[0]!, "brief");
          for (const l of labels) assignLabel(d, l);
          st.drafts.push(d);
        }
        if (titles.length) orphan(titles, "is followed by no text (OCR lost it?)");
        i = j;
        continue;
      }
      // headings before the main one, with something between or of the same rank, lost their text
      const mainAt = findMainHeading(titles);
      let keep = titles;
      if (mainAt > 0) {
        let cut = 0;
        for (let k = 0; k < mainAt; k++) {
          const t = titles[k]!;
          const main = titles[mainAt]!;
          const isPretitle = k === mainAt - 1 && t.level > main.level;
          if (t.kind === "heading" && !isPretitle) cut = k + 1;
        }
        if (cut > 0) {
          orphan(titles.slice(0, cut), "is followed directly by another headline (OCR lost its text?)");
          keep = titles.slice(cut);
        }
      } else if (mainAt < 0 && titles.length > 3) {
        orphan(titles.slice(0, titles.length - 2), "is followed directly by another headline (OCR lost its text?)");
        keep = titles.slice(titles.length - 2);
      }
      const d = newDraft(group.find((g) => !titles.includes(g) || keep.includes(g))!);
      for (const g of group) if (g.kind === "section" || g.kind === "kicker") assignLabel(d, g);
      for (const t of keep) {
        d.titles.push(t);
        touch(d, t);
      }
      i = j;
      const c = next(j);
      if (after.kind === "text" && isCaption(c)) {
        const caption = items[c]!;
        if (sharesRun(headlineOf(d), caption.text)) {
          const photo = photoFrom(caption);
          d.kind = "photo";
          d.body = photo.body;
          d.bylines = photo.bylines;
          touch(d, caption);
          st.drafts.push(d);
          st.cur = d;
          st.closed = true;
        } else {
          st.drafts.push(d);
          d.kind = "brief";
          ctx.report("segment/lost-text", "warning", d.titles[0]?.line ?? d.startLine, `headline “${headlineOf(d)}” stands over an unrelated photo caption (OCR lost its text?); published as a headline only`);
          const photo = photoFrom(caption);
          st.drafts.push(photo);
          st.cur = photo;
          st.closed = true;
        }
        i = c + 1;
        continue;
      }
      open(d);
      continue;
    }

    const cur = st.cur;
    switch (item.kind) {
      case "lead": {
        const { byline, text } = splitLead(item.text);
        let d = cur;
        if (!d || st.closed || d.body.length > 0) {
          d = newDraft(item);
          open(d);
          ctx.report("segment/no-headline", "warning", item.line, "article has no headline");
        }
        d.bylines.push(byline);
        if (text) d.body.push({ ...item, text });
        touch(d, item);
        break;
      }
      case "byline": {
        if (cur && !st.closed) {
          cur.bylines.push(item.text);
          touch(cur, item);
          if (cur.body.length > 0) st.closed = true;
        } else {
          const d = newDraft(item, "brief");
          d.bylines.push(item.text);
          open(d);
          ctx.report("segment/stray-byline", "warning", item.line, `byline “${item.text}” belongs to no article`);
        }
        break;
      }
      case "photo-credit": {
        const d = newDraft(item, "photo");
        d.bylines.push(item.text);
        st.drafts.push(d);
        st.cur = d;
        st.closed = true;
        ctx.report("segment/credit-without-caption", "warning", item.line, `photo credit “${item.text}” has no caption; published as a photo record`);
        break;
      }
      case "source-credit": {
        if (cur) {
          cur.credits.push(item.text);
          touch(cur, item);
        } else {
          const d = newDraft(item, "brief");
          d.credits.push(item.text);
          open(d);
        }
        break;
      }
      default: {
        if (isCaption(i) && cur && (cur.body.length > 0 || st.closed)) {
          const bodyText = cur.body.map((b) => b.text).join("");
          const split = splitPhotoCredit(item.text);
          if (!st.closed && cur.kind === "article" && /如图/.test(bodyText) && !split) {
            cur.captions.push({ text: item.text, photographers: [], line: item.line });
            touch(cur, item);
            st.closed = true;
            ctx.report("segment/caption", "info", item.line, "caption taken as the photo of the article above, which says 如图");
          } else {
            const photo = photoFrom(item);
            st.drafts.push(photo);
            st.cur = photo;
            st.closed = true;
          }
        } else if (cur && !st.closed) {
          cur.body.push(item);
          touch(cur, item);
        } else {
          const d = newDraft(item, "brief");
          d.body.push(item);
          open(d);
          ctx.report("segment/no-headline", "warning", item.line, "text with no headline; published as an untitled record");
        }
      }
    }
    i++;
  }
  return st.drafts;
}

function assignLabel(d: Draft, item: Item) {
  if (item.kind === "section") d.section = d.section ? `${d.section} ${item.text}` : item.text;
  else d.kicker = d.kicker ? `${d.kicker}${item.text}` : item.text;
  touch(d, item);
}

/** Index of the main markdown heading among title lines (the last one), or -1 when all are plain lines. */
function findMainHeading(titles: Item[]): number {
  for (let k = titles.length - 1; k >= 0; k--) if (titles[k]!.kind === "heading") return k;
  return -1;
}
