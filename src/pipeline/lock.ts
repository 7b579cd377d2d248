// One build at a time per output folder and per cache folder: a second build started meanwhile waits for the first,
// saying so, rather than both writing `_site.building/`, the spare tree and the caches (which failed with ENOENT or ENOTEMPTY).
// A lock is a file created exclusively (O_EXCL) holding the owner's pid; a lock whose process is gone (killed) is stale
// and taken over.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { dirname } from "node:path";

export interface LockOwner {
  pid: number;
  started: string;
  what: string;
}

/** Whether a process runs (one owned by another user counts). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockOwner;
  } catch {
    return null;
  }
}

/** Takes the lock at `path` if it is free or stale; true if taken. */
export function tryLock(path: string, what: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString(), what } satisfies LockOwner));
      closeSync(fd);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let seen: string;
    try {
      seen = readFileSync(path, "utf8");
    } catch {
      continue; // released meanwhile: try again
    }
    const owner = readOwner(path);
    // being written this instant (empty), or held by a live process: not ours to take
    if (owner === null || alive(owner.pid)) return false;
    // stale (its build was killed): removed only if it is still the one read, not one another build took meanwhile
    try {
      if (readFileSync(path, "utf8") === seen) rmSync(path, { force: true });
    } catch {}
  }
  return false;
}

/** Takes every lock in `paths` (in that order, so two builds never hold one each of two), waiting while another build
 * holds one: `onWait` is called once, with the holder. Returns the release function. */
export async function acquireLocks(paths: string[], what: string, onWait: (holder: LockOwner | null, path: string) => void, pollMs = 250): Promise<() => void> {
  const held: string[] = [];
  const release = () => {
    for (const p of held.splice(0).reverse()) {
      if (readOwner(p)?.pid === process.pid) rmSync(p, { force: true });
    }
  };
  let told = false;
  try {
    for (const path of paths) {
      while (!tryLock(path, what)) {
        if (!told) {
          onWait(readOwner(path), path);
          told = true;
        }
        await new Promise((ok) => setTimeout(ok, pollMs));
      }
      held.push(path);
    }
  } catch (e) {
    release();
    throw e;
  }
  return release;
}
