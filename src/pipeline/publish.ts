// Publishing a build atomically. `out` (`_site`) is a symbolic link to one of two complete trees, `<out>.trees/a` and
// `<out>.trees/b`; a build makes the other one (the spare) the new site and switches the link with one rename(2) of a new
// link over the old. A reader's server (which follows the link for each file) so sees the old complete site or the new
// one, whatever moment the build dies.
//
// A full build renders into `<out>.building/`, which is renamed to be the spare. An incremental build needs the spare to
// be the live site: its files hard links of the live tree's, into which this build's files are moved (renames replace the
// links, never writing into a file the live tree shares). So every build, once it has switched the link, makes the tree it
// left the same site as the new one (prepareNext(), the build's last stage, `spare`): a rebuild relinks the files it
// changed, which `<out>.trees/state.json` lists; a full build hard-links every file of the new tree (`cp -al`: 12 s for
// 250,000 files on this project's machine), so that the next rebuild, an archivist's day's bulletin, does not (it had
// doubled a 100k rebuild's time). A rebuild that finds the spare one build behind (a build before this stage existed)
// brings it up to date; one that finds it unknown (a build killed before it was ready, or the first) makes it again,
// in a child process started as soon as the plan is known.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, readSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { BuildFailure } from "./shards.ts";

const TREES = ["a", "b"] as const;
type TreeName = (typeof TREES)[number];

interface State {
  version: 1;
  /** The build id each tree holds whole, or null when it is being changed (or unknown). */
  trees: Record<TreeName, string | null>;
  /** The last build's changes: the paths (files, or folders replaced whole) it wrote or removed, relative to the site;
   * null after a full build (everything). */
  changes: { from: string | null; to: string; paths: string[] | null } | null;
}

export interface Publisher {
  /** The live tree (a real path), or null when there is no site yet. */
  live: string | null;
  /** The build id of the live site (its api/build.json), or null. */
  liveBuildId: string | null;
  /** Makes the spare the live site plus the last build's changes, for an incremental build (started early: it may copy). */
  prepareSpare(): Promise<void>;
  /** A full build: `stage` becomes the new site. */
  publishFull(stage: string, buildId: string): Promise<void>;
  /** An incremental build: the spare, brought up to date, takes `stage`'s files and loses `removed`; then it is the site. */
  publishIncremental(stage: string, buildId: string, change: { replaced: string[]; removed: string[] }): Promise<void>;
  /** After publishing: makes the tree the build left (the next build's spare) the same site as the new one. Returns what
   * it did: the number of paths relinked, or "tree" when it linked the whole tree. */
  prepareNext(): Promise<{ relinked: number } | { tree: true }>;
}

/** The points where a test can stop the build: each stage's start, and within the swap. */
export const PAUSE_POINTS = ["parse", "segment", "plan", "render", "index", "assets", "swap", "swap:spare-ready", "swap:moved", "swap:link-made", "swap:switched", "spare", "spare:linked"];

/** A test-only hook: with ARCHIVE_PAUSE_AT=<point> (or `*`, every point), the build says `paused at <point>` on stderr
 * and waits there, this thread blocked, for a line on its stdin: a test looks at the site, then kills the build or lets
 * it go on (a line). */
export function pausePoint(point: string): void {
  const at = process.env.ARCHIVE_PAUSE_AT;
  if (at !== point && at !== "*") return;
  writeSync(2, `paused at ${point}\n`);
  const byte = Buffer.alloc(1);
  for (;;) {
    try {
      if (readSync(0, byte, 0, 1, null) === 0 || byte[0] === 10) return; // a line, or stdin closed
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/** Renames a file or folder into the trash folder and deletes it there in a detached process (250,000 files take long). */
function discard(path: string, trash: string): void {
  if (!exists(path)) return;
  mkdirSync(trash, { recursive: true });
  const aside = join(trash, `${process.pid}-${Date.now()}-${counter++}`);
  renameSync(path, aside);
  spawn("rm", ["-rf", aside], { detached: true, stdio: "ignore" }).unref();
}
let counter = 0;

/** lstat-based: a dangling link exists too. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Hard-links every file of `from` into `to` (a new folder), in this process. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) linkTree(join(from, e.name), join(to, e.name));
    else linkSync(join(from, e.name), join(to, e.name));
  }
}

/** Hard-links a whole tree in a child process (`cp -al`), so that this one goes on meanwhile; `started` receives it. */
function linkTreeAsync(from: string, to: string, started: (cp: ChildProcess) => void): Promise<void> {
  if (process.platform === "win32") return Promise.resolve(linkTree(from, to));
  return new Promise((ok, fail) => {
    const err: string[] = [];
    const cp = spawn("cp", ["-al", from, to], { stdio: ["ignore", "ignore", "pipe"] });
    started(cp);
    cp.stderr.on("data", (d: Buffer) => err.push(d.toString()));
    cp.on("error", fail);
    cp.on("close", (code) => (code === 0 ? ok() : fail(new BuildFailure(`could not link ${from} into ${to}: ${err.join("").trim()}`))));
  });
}

/** Moves every file of `from` into `to`, replacing what is there (a rename: a hard-linked copy elsewhere is untouched),
 * and lists the paths moved, relative to `to`. */
function moveInto(from: string, to: string, rel: string, moved: string[]): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (exists(dst) && !lstatSync(dst).isDirectory()) rmSync(dst, { force: true });
      mkdirSync(dst, { recursive: true });
      moveInto(src, dst, path, moved);
    } else {
      if (exists(dst) && lstatSync(dst).isDirectory()) rmSync(dst, { recursive: true });
      renameSync(src, dst);
      moved.push(path);
    }
  }
}

/** Makes `paths` (files or folders, relative to the trees) of `to` what they are in `from`: hard links of its files, or
 * nothing where `from` has none. */
function relink(from: string, to: string, paths: string[], trash: string): void {
  for (const p of paths) {
    const at = join(to, p);
    if (exists(at)) {
      if (lstatSync(at).isDirectory()) discard(at, trash);
      else rmSync(at);
    }
    const source = join(from, p);
    if (!existsSync(source)) continue;
    if (statSync(source).isDirectory()) linkTree(source, at);
    else {
      mkdirSync(dirname(at), { recursive: true });
      linkSync(source, at);
    }
  }
}

function readBuildId(tree: string): string | null {
  try {
    const id = (JSON.parse(readFileSync(join(tree, "api/build.json"), "utf8")) as { buildId?: unknown }).buildId;
    return typeof id === "string" ? id : null;
  } catch {
    return null;
  }
}

/** Opens `out` for publishing: takes over a site built before trees (a folder: renamed into the trees, then linked),
 * removes what a killed build left (its stage, a half-made link, trees other than the two). Call it holding the lock. */
export function openPublisher(out: string, stage: string): Publisher {
  const treesDir = `${out}.trees`;
  const trash = join(treesDir, "trash");
  const statePath = join(treesDir, "state.json");
  const relTree = (name: TreeName) => join(basename(treesDir), name); // the link's target, relative to the link's folder
  mkdirSync(treesDir, { recursive: true });

  // what a killed build left: its stage, its half-made links, the trash its detached rm did not finish
  discard(stage, trash);
  for (const f of readdirSync(dirname(out) || ".")) if (f.startsWith(`${basename(out)}.link-`)) rmSync(join(dirname(out), f), { force: true });
  if (existsSync(trash)) for (const f of readdirSync(trash)) spawn("rm", ["-rf", join(trash, f)], { detached: true, stdio: "ignore" }).unref();
  for (const f of readdirSync(treesDir)) if (!["a", "b", "trash", "state.json"].includes(f)) discard(join(treesDir, f), trash);

  let liveName: TreeName | null = null;
  if (exists(out)) {
    const st = lstatSync(out);
    if (st.isSymbolicLink()) {
      const target = basename(readlinkSync(out));
      liveName = target === "a" || target === "b" ? target : null;
      if (!liveName || !existsSync(join(treesDir, liveName))) throw new BuildFailure(`${out} is a link to ${readlinkSync(out)}, not to a tree the build made (${treesDir}/a or b): remove it and build again`);
    } else if (st.isDirectory()) {
      // a site built before trees: it becomes tree a (between the rename and the link, for an instant, there is no site)
      discard(join(treesDir, "a"), trash);
      renameSync(out, join(treesDir, "a"));
      symlinkSync(relTree("a"), out);
      liveName = "a";
    } else {
      throw new BuildFailure(`${out} is a file, not the site's folder or link: move it away and build again`);
    }
  }
  const spareName: TreeName = liveName === "a" ? "b" : "a";
  const live = liveName ? join(treesDir, liveName) : null;
  const spare = join(treesDir, spareName);
  const liveBuildId = live ? readBuildId(live) : null;

  const readState = (): State => {
    try {
      const s = JSON.parse(readFileSync(statePath, "utf8")) as State;
      if (s.version === 1 && s.trees) return s;
    } catch {
      // missing or damaged: nothing is known of the spare, which is then made again
    }
    return { version: 1, trees: { a: null, b: null }, changes: null };
  };
  const writeState = (s: State) => {
    const part = `${statePath}.part-${process.pid}`;
    writeFileSync(part, JSON.stringify(s));
    renameSync(part, statePath);
  };
  let state = readState();

  /** Switches `out` to the spare: a new link beside it, renamed over it (one rename(2)). */
  const switchTo = (name: TreeName) => {
    const tmp = `${out}.link-${process.pid}`;
    rmSync(tmp, { force: true });
    symlinkSync(relTree(name), tmp);
    pausePoint("swap:link-made");
    renameSync(tmp, out);
    pausePoint("swap:switched");
  };

  let prepared: Promise<void> | null = null;
  let copying: ChildProcess | null = null;
  return {
    live,
    liveBuildId,
    prepareSpare() {
      if (prepared) return prepared;
      if (!live) throw new Error("an incremental build needs a live site");
      const c = state.changes;
      const oneBehind = c && c.paths && liveBuildId && c.to === liveBuildId && state.trees[liveName!] === liveBuildId && state.trees[spareName] === c.from && existsSync(spare);
      // from here the spare is being changed: a build killed meanwhile leaves it unknown, and the next makes it again
      state = { ...state, trees: { ...state.trees, [spareName]: null } };
      writeState(state);
      if (oneBehind) {
        relink(live, spare, c.paths!, trash);
        prepared = Promise.resolve();
      } else {
        discard(spare, trash);
        prepared = linkTreeAsync(live, spare, (cp) => (copying = cp));
      }
      // the spare is now the live site again (a build that fails after this leaves it so, for the next)
      prepared = prepared.then(() => {
        if (!liveBuildId) return;
        state = { version: 1, trees: { [spareName]: liveBuildId, [liveName!]: liveBuildId } as Record<TreeName, string | null>, changes: { from: liveBuildId, to: liveBuildId, paths: [] } };
        writeState(state);
      });
      return prepared;
    },
    async publishFull(stageDir, buildId) {
      // a copy of the live tree started for a rebuild that turned out full is not needed
      if (prepared) {
        copying?.kill();
        await prepared.catch(() => {});
      }
      state = { ...state, trees: { ...state.trees, [spareName]: null } };
      writeState(state);
      discard(spare, trash);
      renameSync(stageDir, spare);
      pausePoint("swap:spare-ready");
      pausePoint("swap:moved");
      switchTo(spareName);
      state = { version: 1, trees: { [spareName]: buildId, [liveName ?? "b"]: liveName ? liveBuildId : null } as Record<TreeName, string | null>, changes: { from: liveBuildId, to: buildId, paths: null } };
      writeState(state);
    },
    async publishIncremental(stageDir, buildId, change) {
      await this.prepareSpare();
      pausePoint("swap:spare-ready");
      state = { ...state, trees: { ...state.trees, [spareName]: null } };
      writeState(state);
      const paths: string[] = [];
      // folders replaced whole (re-indexed search shards, the sitemaps), then every file of the stage, then what is gone
      for (const p of change.replaced) {
        discard(join(spare, p), trash);
        if (existsSync(join(stageDir, p))) {
          mkdirSync(dirname(join(spare, p)), { recursive: true });
          renameSync(join(stageDir, p), join(spare, p));
        }
        paths.push(p);
      }
      moveInto(stageDir, spare, "", paths);
      for (const p of change.removed) {
        if (exists(join(spare, p))) {
          if (lstatSync(join(spare, p)).isDirectory()) discard(join(spare, p), trash);
          else rmSync(join(spare, p));
        }
        paths.push(p);
      }
      rmSync(stageDir, { recursive: true, force: true });
      pausePoint("swap:moved");
      switchTo(spareName);
      state = { version: 1, trees: { [spareName]: buildId, [liveName!]: liveBuildId } as Record<TreeName, string | null>, changes: { from: liveBuildId, to: buildId, paths } };
      writeState(state);
    },
    async prepareNext() {
      // the link now points to the tree this build published (the spare), and no reader's path goes through the other one
      // (a server resolves the link at each open), which becomes the next build's spare
      const site = spare;
      const otherName: TreeName = spareName === "a" ? "b" : "a";
      const other = join(treesDir, otherName);
      const { changes, trees } = state;
      const buildId = trees[spareName];
      if (!buildId || !changes || changes.to !== buildId) throw new Error("prepareNext() before a build was published");
      // from here the other tree is being changed: a build killed meanwhile leaves it unknown, and the next makes it again
      state = { ...state, trees: { ...state.trees, [otherName]: null } };
      writeState(state);
      let done: { relinked: number } | { tree: true };
      if (changes.paths && changes.from !== null && trees[otherName] === changes.from && existsSync(other)) {
        relink(site, other, changes.paths, trash);
        done = { relinked: changes.paths.length };
      } else {
        discard(other, trash);
        await linkTreeAsync(site, other, () => {});
        done = { tree: true };
      }
      pausePoint("spare:linked");
      state = { version: 1, trees: { [spareName]: buildId, [otherName]: buildId } as Record<TreeName, string | null>, changes: { from: buildId, to: buildId, paths: [] } };
      writeState(state);
      return done;
    },
  };
}
