// seeds/manifest.json → per-file BulletinMeta, checked with zod so a typo is a clear message, not a silent null.
import { lstatSync, readFileSync, type Stats } from "node:fs";
import { z } from "zod";
import type { BulletinMeta, Message } from "./parse/types.ts";

const Meta = z
  .object({
    paper: z.string().min(1).nullish(),
    city: z.string().min(1).nullish(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, "date must be YYYY-MM-DD or YYYY-MM")
      .nullish(),
    page: z.union([z.string(), z.number()]).transform(String).nullish(),
  })
  .strict();
const Manifest = z.object({ $comment: z.string().optional(), bulletins: z.record(z.string(), Meta) }).strict();

export function readManifest(path: string): { meta: Map<string, BulletinMeta>; messages: Message[] } {
  const meta = new Map<string, BulletinMeta>();
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch {
    return { meta, messages: [] };
  }
  if (!st.isFile()) {
    const what = st.isSymbolicLink() ? "a symbolic link (not followed)" : st.isDirectory() ? "a folder" : "not a regular file";
    return { meta, messages: [{ file: path, line: 1, severity: "error", message: `the manifest is ${what}: put the manifest file itself there`, ruleId: "manifest/not-a-file" }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return { meta, messages: [{ file: path, line: 1, severity: "error", message: `not valid JSON: ${(e as Error).message}`, ruleId: "manifest/json" }] };
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    return {
      meta,
      messages: parsed.error.issues.map((i) => ({ file: path, line: 1, severity: "error" as const, message: `${i.path.join(".")}: ${i.message}`, ruleId: "manifest/schema" })),
    };
  }
  for (const [file, m] of Object.entries(parsed.data.bulletins)) meta.set(file, m as BulletinMeta);
  return { meta, messages: [] };
}
