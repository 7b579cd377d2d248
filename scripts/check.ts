// npm run check [-- files…] [--seeds DIR] [--lines]: per bulletin, the records found (kind, title parts, district/place,
// byline people, date) and every message; with bulletins named (or --lines), what each line of the page became.
import { readSeeds } from "../src/read-seeds.ts";
import { formatMessage } from "../src/parse/context.ts";
import type { ArticleRecord } from "../src/parse/types.ts";

import { parseArgs } from "node:util";

const { values, positionals: only } = parseArgs({ options: { seeds: { type: "string", default: "seeds" }, lines: { type: "boolean", default: false } }, allowPositionals: true });
const seeds = readSeeds(values.seeds!);
const KIND = { article: "文", photo: "图", brief: "简" } as const;
const ROLE_ORDER = ["记者", "评论员", "通讯员", "实习生", "摄影"];
const showLines = values.lines || only.length > 0;
const squeeze = (s: string) => s.normalize("NFKC").replace(/\s/g, "");

function who(r: ArticleRecord): string {
  const byRole = new Map<string, string[]>();
  for (const p of r.byline.people) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p.title && p.title !== p.role && !/[/摄]/.test(p.title) ? `${p.name}(${p.title})` : p.name]);
  return ROLE_ORDER.filter((role) => byRole.has(role)).map((role) => `${role} ${byRole.get(role)!.join(" ")}`).join(" · ");
}

/** What a line of the page became in its record: the field whose text holds it. */
function roleOf(r: ArticleRecord, text: string): string {
  const t = squeeze(text.replace(/^#+/, "")).replace(/^[—–-]+|[—–-]+$/g, "");
  const fields: [string, (string | null)[]][] = [
    ["眉题", [r.kicker]],
    ["栏目", [r.section]],
    ["引题", [r.pretitle]],
    ["主题", [r.headline]],
    ["副题", [r.subtitle]],
    ["署名", r.byline.raw.split(" / ")],
    ["小标题", r.subheadings.map((k) => r.paragraphs[k]!)],
    ["正文", r.paragraphs],
    ["图注", r.captions.map((c) => c.text)],
    ["来源", r.credits],
  ];
  const found = fields.filter(([name, texts]) => texts.some((f) => f && (squeeze(f).includes(t) || (name === "署名" && t.startsWith(squeeze(f)))))).map(([name]) => name);
  if (found.includes("署名") && found.includes("正文")) return "署名+正文";
  if (found.length) return found[0]!;
  if (r.continued && /上接|下转|转第|接第/.test(text)) return "转版";
  return "正文?";
}

for (const file of seeds.files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const records = seeds.records.filter((r) => r.source.file === file);
  console.log(`\n${file}  ${records.length} records`);
  const summary = (r: ArticleRecord) => {
    const title = [r.pretitle && `〔${r.pretitle}〕`, r.headline ?? "(无标题)", r.subtitle && `——${r.subtitle}`].filter(Boolean).join(" ");
    const jump = r.continued ? `  转版 ${[r.continued.from && `上接${r.continued.from}`, r.continued.to && `下转${r.continued.to}`].filter(Boolean).join(" ")}` : "";
    return [
      `  L${r.source.startLine}-${r.source.endLine}  ${KIND[r.kind]}  ${title}${r.corrected ? "  (已校正)" : ""}  ${r.id}`,
      `      ${r.city ?? ""}${r.district ?? "城区?"}${r.place ? `/${r.place}` : ""}${r.section ? `  §${r.section}` : ""}  ${who(r) || "—"}  ${r.date ?? "日期不详"}${r.dateSource ? `(${r.dateSource})` : ""}  ${r.paragraphs.length}段${r.captions.length ? ` ${r.captions.length}图注` : ""}${jump}`,
    ];
  };
  if (!showLines) {
    for (const r of records) console.log(summary(r).join("\n"));
  } else {
    const lines = seeds.lines.get(file) ?? [];
    const dropped = new Set(seeds.furniture.get(file) ?? []);
    let shown: ArticleRecord | null = null;
    lines.forEach((text, k) => {
      const n = k + 1;
      if (!text) return;
      if (dropped.has(n)) return console.log(`  L${String(n).padEnd(4)} ·  版面杂项  ${text.slice(0, 50)}`);
      const owner = records.find((r) => r.source.startLine <= n && n <= r.source.endLine);
      if (!owner) return console.log(`  L${String(n).padEnd(4)} ?  未归属    ${text.slice(0, 50)}`);
      if (owner !== shown) {
        shown = owner;
        console.log(summary(owner).join("\n"));
      }
      console.log(`  L${String(n).padEnd(4)} │  ${roleOf(owner, text).padEnd(5, "　")}  ${text.slice(0, 50)}`);
    });
  }
  for (const m of seeds.messages.filter((m) => m.file === file)) console.log(`  ${formatMessage(m)}`);
}
const otherMessages = seeds.messages.filter((m) => !seeds.files.includes(m.file));
for (const m of otherMessages) console.log(formatMessage(m));
const errors = seeds.messages.filter((m) => m.severity === "error").length;
console.log(`\n${seeds.files.length} bulletins, ${seeds.records.length} records, ${errors} errors, ${seeds.messages.filter((m) => m.severity === "warning").length} warnings`);
process.exitCode = errors ? 1 : 0;
