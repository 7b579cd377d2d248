// npm run check [-- files…]: per bulletin, the records found (kind, headline, district/place, byline, date) and every message.
import { readSeeds } from "../src/read-seeds.ts";
import { formatMessage } from "../src/parse/context.ts";

import { parseArgs } from "node:util";

const { values, positionals: only } = parseArgs({ options: { seeds: { type: "string", default: "seeds" } }, allowPositionals: true });
const seeds = readSeeds(values.seeds!);
const KIND = { article: "文", photo: "图", brief: "简" } as const;
for (const file of seeds.files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const records = seeds.records.filter((r) => r.source.file === file);
  console.log(`\n${file}  ${records.length} records`);
  for (const r of records) {
    const title = [r.pretitle && `〔${r.pretitle}〕`, r.headline ?? "(无标题)", r.subtitle && `——${r.subtitle}`].filter(Boolean).join(" ");
    const who = [r.byline.reporters.length && `记者 ${r.byline.reporters.join(" ")}`, r.byline.correspondents.length && `通讯员 ${r.byline.correspondents.join(" ")}`, r.byline.photographers.length && `摄 ${r.byline.photographers.join(" ")}`].filter(Boolean).join(" ");
    console.log(`  L${r.source.startLine}-${r.source.endLine}  ${KIND[r.kind]}  ${title}`);
    console.log(`      ${r.district ?? "城区?"}${r.place ? `/${r.place}` : ""}${r.section ? `  §${r.section}` : ""}  ${who || "—"}  ${r.date ?? "日期不详"}  ${r.paragraphs.length}段${r.captions.length ? ` ${r.captions.length}图注` : ""}`);
  }
  for (const m of seeds.messages.filter((m) => m.file === file)) console.log(`  ${formatMessage(m)}`);
}
const manifestMessages = seeds.messages.filter((m) => !seeds.files.includes(m.file));
for (const m of manifestMessages) console.log(formatMessage(m));
const errors = seeds.messages.filter((m) => m.severity === "error").length;
console.log(`\n${seeds.files.length} bulletins, ${seeds.records.length} records, ${errors} errors, ${seeds.messages.filter((m) => m.severity === "warning").length} warnings`);
process.exitCode = errors ? 1 : 0;
