/** Rows grouped by `key`, groups in order of first appearance, rows in their order: one pass, where filtering per key would take one per key. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/**
 * `list.slice().sort(cmp).slice(0, k)` without sorting all of `list`, when `cmp` puts a higher `key`
 * first (cmp(a, b) < 0 whenever key(a) > key(b)) and is a consistent order. Only the rows whose key
 * reaches the k-th highest can be among the first k of the (stable) sort, so only they are sorted, in
 * their order in `list`: the same rows in the same order. A NaN key, or a `k` that is not a positive
 * integer, sorts everything.
 */
export function firstSorted<T>(list: readonly T[], k: number, key: (row: T) => number, cmp: (a: T, b: T) => number): T[] {
  if (!(Number.isInteger(k) && k >= 1) || list.length <= k) return list.slice().sort(cmp).slice(0, k);
  const keys = keysOf(list, key);
  if (!keys) return list.slice().sort(cmp).slice(0, k);
  const threshold = kthHighest(keys, k);
  return list.filter((_, i) => keys[i] >= threshold).sort(cmp).slice(0, k);
}

/**
 * `list.slice().sort(cmp).slice(-k)` (the last k, in sorted order) without sorting all of `list`, under
 * the conditions of firstSorted: only the rows whose key is at most the k-th lowest can be among them.
 */
export function lastSorted<T>(list: readonly T[], k: number, key: (row: T) => number, cmp: (a: T, b: T) => number): T[] {
  if (!(Number.isInteger(k) && k >= 1) || list.length <= k) return list.slice().sort(cmp).slice(-k);
  const keys = keysOf(list, key);
  if (!keys) return list.slice().sort(cmp).slice(-k);
  for (let i = 0; i < keys.length; i++) keys[i] = -keys[i];
  const threshold = kthHighest(keys, k);
  return list.filter((_, i) => keys[i] >= threshold).sort(cmp).slice(-k);
}

/** The rows' keys; null when one is NaN. */
function keysOf<T>(list: readonly T[], key: (row: T) => number): Float64Array | null {
  const keys = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const x = key(list[i]);
    if (x !== x) return null;
    keys[i] = x;
  }
  return keys;
}

/** The k-th highest of `keys` (1 <= k <= keys.length): a running list of the k highest for a small k, else a sorted copy. */
function kthHighest(keys: Float64Array, k: number): number {
  if (k > 32) return keys.slice().sort()[keys.length - k];
  // best[0 .. k) descending: the k highest so far.
  const best = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < keys.length; i++) {
    const x = keys[i];
    if (!(x > best[k - 1])) continue;
    let r = k - 1;
    for (; r > 0 && x > best[r - 1]; r--) best[r] = best[r - 1];
    best[r] = x;
  }
  return best[k - 1];
}

/**
 * `list.slice().sort((a, b) => key(b) - key(a))` for keys that are never NaN, in linear time plus a sort
 * of the keys: rows are placed by the rank of their key among the distinct keys (0 and -0 as one, as the
 * comparison has them), rows with equal keys in their order in `list`, as the stable sort leaves them.
 */
export function sortedByKeyDesc<T>(list: readonly T[], key: (row: T) => number): T[] {
  const keys = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const x = key(list[i]);
    if (x !== x) throw new Error("sortedByKeyDesc: a key is NaN");
    keys[i] = x === 0 ? 0 : x;
  }
  const distinct = keys.slice().sort();
  let d = 0;
  for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[d - 1]) distinct[d++] = distinct[i];
  // rank[i]: how many distinct keys are higher than row i's.
  const rank = new Int32Array(list.length);
  const start = new Int32Array(d + 1);
  for (let i = 0; i < list.length; i++) {
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] < keys[i]) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = d - 1 - lo;
    start[rank[i] + 1]++;
  }
  for (let r = 0; r < d; r++) start[r + 1] += start[r];
  const out: T[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[start[rank[i]]++] = list[i];
  return out;
}
