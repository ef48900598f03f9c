/**
 * A map that keeps at most `maxEntries` values and forgets the least recently used first, so memory stays
 * bounded however many distinct keys a corpus holds. Used to score each distinct sentence text once
 * (headlines, boilerplate and wire copy recur across articles). `maxEntries` 0 keeps nothing.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new Error(`BoundedCache: maxEntries must be a whole number >= 0, got ${maxEntries}`);
  }

  get size(): number {
    return this.map.size;
  }

  /** The cached value for `key`, else `compute(key)`, remembered (evicting the least recently used). */
  get(key: string, compute: (key: string) => V): V {
    const found = this.map.get(key);
    if (found !== undefined || this.map.has(key)) {
      this.hits++;
      // Re-insert so Map order is least recently used first.
      this.map.delete(key);
      this.map.set(key, found as V);
      return found as V;
    }
    this.misses++;
    const value = compute(key);
    if (this.maxEntries === 0) return value;
    if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value as string);
    this.map.set(detached(key), value);
    return value;
  }

  clear(): void {
    this.map.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

/**
 * `s` as a string of its own. A sentence's text is usually a slice of its article's text, and V8 keeps a
 * slice as a pointer into the whole (a "sliced string"), so a remembered key would keep its entire article
 * alive: on the bench corpus, 7,113 remembered sentences held 7.1 MiB, about 1 KB each, in every worker
 * thread. Prefixing a character and slicing it off makes V8 copy the characters into a new string.
 */
export function detached(s: string): string {
  return (" " + s).slice(1);
}
