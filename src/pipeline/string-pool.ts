/**
 * One copy of each distinct string a fold keeps. A record copied from a worker thread (structured clone)
 * brings its own copy of every string in it, so the outlet, side and speaker of each of 72,000 quotes
 * would otherwise be 72,000 copies of a few hundred names. `get` gives the pool's copy of a string equal to
 * `s`, adding `s` when it is new. Strings only: null and undefined pass through.
 */
export class StringPool {
  private readonly copies = new Map<string, string>();

  get<S extends string | null | undefined>(s: S): S {
    if (typeof s !== "string") return s;
    const kept = this.copies.get(s);
    if (kept !== undefined) return kept as S;
    this.copies.set(s, s);
    return s;
  }

  /** Distinct strings kept. */
  get size(): number {
    return this.copies.size;
  }
}
