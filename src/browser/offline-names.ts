// Names shared by the service worker (sw.ts) and the search page's offline code (offline.ts).

/** The cache "离线保存" fills: not a build's (build caches are "archive-<build id>"), so a new build does not delete it. */
export const SAVED_CACHE = "offline-saved";
/** Site-relative URL of the record of what is saved (a JSON `SavedState`, kept in SAVED_CACHE, never fetched). */
export const SAVED_STATE_URL = "__offline__/saved.json";
/** Site-relative URL of the saved copy of the manifest's `shared` files: name in a shard's folder → the copy saved. */
export const SAVED_SHARED_URL = "__offline__/shared.json";
/** Site-relative URL of the record of the shards the service worker cached whole at install (in its build cache). */
export const PRECACHED_URL = "__offline__/precached.json";

export interface Precached {
  buildId: string;
  /** Shard paths as in shards.json. */
  shards: string[];
}

export interface SavedState {
  /** The build the saved search layer is of (its shards.json and common files). */
  buildId: string;
  /** When the last save ended (ISO). */
  savedAt: string;
  /** Shard paths stored whole, each with the build it is of. */
  shards: Record<string, string>;
  /** The build whose common files (shards.json …) are stored; null before they are. */
  common: string | null;
  /** What the reader asked for: "all", or the shard paths chosen; a save that did not finish resumes this. */
  wanted: "all" | string[];
  /** Bytes stored, as the build's manifest counts them. */
  bytes: number;
  done: boolean;
}

/** Sent with the saver's requests: the service worker lets them through without caching them a second time. */
export const SAVE_HEADER = "x-archive-offline-save";
