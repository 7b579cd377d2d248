// Items grouped by a key, in one pass, each group keeping the items' order; a null key leaves an item out.
export function group<K, V>(items: V[], key: (v: V) => K | null): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const v of items) {
    const k = key(v);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}
