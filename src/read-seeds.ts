// seeds/*.txt + seeds/manifest.json → parsed records and messages, one bulletin at a time.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, type Stats } from "node:fs";
import { join } from "node:path";
import { readManifest } from "./manifest.ts";
import { slug } from "./slug.ts";
import { attachCorrections } from "./corrections.ts";
import { attachRecurring, shortLines } from "./recurring-lines.ts";
import { parseBulletin } from "./parse/index.ts";
import type { ArticleRecord, Message } from "./parse/types.ts";

export interface SeedsResult {
  files: string[];
  records: ArticleRecord[];
  messages: Message[];
  furniture: Map<string, number[]>;
  lines: Map<string, string[]>;
  /** Each bulletin's number of lines (known without its lines: see parse-cache.ts). */
  lineCounts: Map<string, number>;
}

export function readSeeds(dir = "seeds"): SeedsResult {
  const { meta, messages } = readManifest(join(dir, "manifest.json"));
  const files = bulletinNames(dir);
  messages.push(...attachCorrections(join(dir, "corrections.json"), files, meta));
  const bytes = new Map(files.map((name) => [name, readSeedFile(join(dir, name))]));
  attachRecurring(new Map(files.map((name) => [name, shortLines(bytes.get(name)!)])), meta);
  const records: ArticleRecord[] = [];
  const furniture = new Map<string, number[]>();
  const lines = new Map<string, string[]>();
  const lineCounts = new Map<string, number>();
  for (const name of files) {
    const file = join(dir, name);
    const result = parseBulletin(file, bytes.get(name)!, meta.get(name) ?? {});
    for (const r of result.records) records.push(r);
    for (const m of result.messages) messages.push(m);
    furniture.set(file, result.furniture);
    lines.set(file, result.lines);
    lineCounts.set(file, result.lines.length);
  }
  for (const m of folderMessages(dir, files, meta)) messages.push(m); // not push(...): a manifest of 200,000 entries overflows the stack
  return { files: files.map((f) => join(dir, f)), records, messages, furniture, lines, lineCounts };
}

/** What a seeds folder holds: its bulletins (regular `.txt` files directly in it, in a stable order) and a message for
 * every entry that is not read: a symbolic link (never followed), a folder, a device, pipe or socket. */
export function listSeeds(dir: string): { names: string[]; messages: Message[]; regular: string[] } {
  const names: string[] = [];
  const messages: Message[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (name.startsWith(".") && !name.endsWith(".txt")) continue; // .DS_Store, .gitkeep and the like
    const file = join(dir, name);
    let st: Stats;
    try {
      st = lstatSync(file);
    } catch {
      continue; // gone since the listing
    }
    if (st.isFile()) {
      if (name.endsWith(".txt")) names.push(name);
      continue;
    }
    const skip = (message: string, ruleId: string) => messages.push({ file, line: 1, severity: "warning", message, ruleId });
    if (st.isSymbolicLink()) {
      let target = "?";
      try {
        target = readlinkSync(file);
      } catch {}
      skip(`${file} is a symbolic link (to ${target}), skipped: links are never followed; copy the file itself into ${dir}/ to publish it, or remove the link`, "seeds/symlink");
    } else if (st.isDirectory()) {
      skip(`${file} is a folder, skipped: only files directly in ${dir}/ are read; move its bulletins up into ${dir}/`, "seeds/folder");
    } else {
      skip(`${file} is not a regular file (a device, pipe or socket), skipped: remove it from ${dir}/`, "seeds/not-a-file");
    }
  }
  names.sort();
  // A bulletin's URLs (its page, its records' ids) are made from the slug of its name: a name with no letter or digit
  // makes none, and two names with one slug would make the same pages (Eleventy would stop on the duplicate).
  const bySlug = new Map<string, string>();
  const kept: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let stem: string;
    try {
      stem = slug(name.replace(/\.[^.]+$/, ""));
    } catch {
      messages.push({ file, line: 1, severity: "error", message: `the name ${name} has no letter, digit or Chinese character to make its URL from: rename the file (e.g. 2024-04-12-3.txt)`, ruleId: "seeds/name" });
      continue;
    }
    if (stem.length > 150) {
      messages.push({ file, line: 1, severity: "error", message: `the name ${name} is too long to make URLs from (${stem.length} characters in pinyin; at most 150): give the file a shorter name`, ruleId: "seeds/name" });
      continue;
    }
    const first = bySlug.get(stem);
    if (first !== undefined) {
      messages.push({ file, line: 1, severity: "error", message: `${join(dir, first)} and ${file} would both be published as /bulletins/${stem}/ (their names differ only in case, punctuation or spaces): rename one of them`, ruleId: "seeds/same-url" });
      continue;
    }
    bySlug.set(stem, name);
    kept.push(name);
  }
  return { names: kept, messages, regular: names };
}

/** The bulletins of a seeds folder, in a stable order: regular `.txt` files directly in it (see listSeeds). */
export function bulletinNames(dir: string): string[] {
  return listSeeds(dir).names;
}

/** A bulletin's bytes, read only if it is still a regular file: a symbolic link put in its place since the folder was
 * listed is not followed (O_NOFOLLOW), and anything else fails with a message naming the file. */
export function readSeedFile(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ELOOP") throw new SeedReadError(file, `${file} became a symbolic link while the build read ${file.slice(0, file.lastIndexOf("/")) || "."}/: not followed; build again`);
    throw new SeedReadError(file, `${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): check it exists and is readable, then build again`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new SeedReadError(file, `${file} is no longer a regular file: not read; build again`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class SeedReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** What is wrong with the folder as a whole: entries that are not read (links, folders, devices), manifest entries with
 * no file, no bulletins at all. */
export function folderMessages(dir: string, names: string[], meta: Map<string, unknown>): Message[] {
  const listed = listSeeds(dir);
  const out: Message[] = [...listed.messages];
  const present = new Set([...names, ...listed.regular]);
  for (const name of meta.keys()) {
    if (!present.has(name)) out.push({ file: join(dir, "manifest.json"), line: 1, severity: "warning", message: `manifest names ${name}, which is not in ${dir}/`, ruleId: "manifest/unknown-file" });
  }
  if (names.length === 0) out.push({ file: dir, line: 1, severity: "error", message: `no .txt bulletins in ${dir}/`, ruleId: "manifest/no-bulletins" });
  return out;
}
