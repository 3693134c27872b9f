// Compressed sparse rows: items grouped by a key in one counting sort, the layout behind every
// adjacency list in the engine (out-edges, in-edges, flow-network arcs).

export interface Grouped {
  /** Items with key k are items[start[k]..start[k+1]], in increasing item order. */
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** Groups item i (0 <= i < keys.length) under keys[i], for keys in 0..groups-1. */
export function groupByKey(groups: number, keys: ArrayLike<number>): Grouped {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < keys.length; i++) {
    const k = (keys[i] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let k = 0; k < groups; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, groups);
  const items = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    const at = next[k] as number;
    items[at] = i;
    next[k] = at + 1;
  }
  return { start, items };
}
