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
    this.map.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
    this.hits = 0;
    this.misses = 0;
  }
}
