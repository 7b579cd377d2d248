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
      .superRefine((d, ctx) => {
        const problem = calendarProblem(d);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .nullish(),
    page: z.union([z.string(), z.number()]).transform(String).nullish(),
  })
  .strict();
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Why `d` is not a calendar date of the form the archive keeps (YYYY-MM-DD or YYYY-MM, year 1000 to 9999), or null. */
export function calendarProblem(d: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (!m) return `"${d}" is not a date: write YYYY-MM-DD, or YYYY-MM when the day is not known`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (year < 1000) return `"${d}": the year ${m[1]} is not a real year`;
  if (month < 1 || month > 12) return `"${d}": there is no month ${m[2]} (01 to 12)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > days)) return `"${d}": ${MONTHS[month - 1]} ${year} has no day ${m[3]} (01 to ${days})`;
  return null;
}

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
  let text = "";
  try {
    text = readFileSync(path, "utf8");
    json = JSON.parse(text);
  } catch (e) {
    return { meta, messages: [{ file: path, line: 1, severity: "error", message: `not valid JSON: ${(e as Error).message}`, ruleId: "manifest/json" }] };
  }
  let parsed: ReturnType<typeof Manifest.safeParse>;
  try {
    parsed = Manifest.safeParse(json);
  } catch (e) {
    return { meta, messages: [{ file: path, line: 1, severity: "error", message: `cannot be checked (${(e as Error).message}): the manifest is too large or too deeply nested; keep it to one entry per bulletin`, ruleId: "manifest/json" }] };
  }
  if (!parsed.success) {
    return {
      meta,
      messages: parsed.error.issues.map((i) => ({ file: path, line: lineOf(text, i.path), severity: "error" as const, message: `${where(i.path)}: ${i.message}`, ruleId: "manifest/schema" })),
    };
  }
  for (const [file, m] of Object.entries(parsed.data.bulletins)) meta.set(file, m as BulletinMeta);
  return { meta, messages: [] };
}

/** `bulletins["a.txt"].date`: the manifest entry and field an issue is about. */
function where(path: PropertyKey[]): string {
  return path.map((p, k) => (k === 0 ? String(p) : typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`)).join("");
}

/** The line of the manifest where the entry an issue is about is written (the bulletin's name as a key), else 1. */
function lineOf(text: string, path: PropertyKey[]): number {
  const entry = path[0] === "bulletins" && typeof path[1] === "string" ? path[1] : null;
  if (entry === null) return 1;
  const at = text.indexOf(`${JSON.stringify(entry)}`);
  if (at < 0) return 1;
  let line = 1;
  for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 10) line++;
  const close = text.indexOf("}", at);
  const field = typeof path[2] === "string" ? text.indexOf(JSON.stringify(path[2]), at) : -1;
  if (field > at && (close < 0 || field < close)) for (let k = at; k < field; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
