/**
 * One numbering of term strings (ids 0, 1, ... in order of first appearance), shared by the folds of one
 * analysis that count the records' emphasis terms: the emphasis merger and the across-stories term counts.
 *
 * Why: every record's terms arrive as new strings (from a worker thread, or from a parse in this thread),
 * so each lookup of a term by string hashes it and compares it with the table's key; on the benchmark
 * corpus the two folds' lookups, one table each, took about 1.5 CPU seconds of the main thread. With one
 * table, the ids of a record's term list are looked up once (idsOf remembers them for as long as the list
 * lives) and each fold reads them; each term string is held once.
 *
 * A fold's output may depend on the ids' order (the emphasis merger's terms come in id order), so every
 * user must number lists in the order the records come, and any two users must see the same lists of a
 * record in the same order (as they do: a record's `terms`, then the emphasis merger's position terms).
 */
export class TermTable {
  /** Term strings by id. */
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly known = new WeakMap<ReadonlyArray<readonly [string, number]>, Int32Array>();

  /** The id of `term`, numbered now when it is new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.terms.push(term) - 1));
    return id;
  }

  /**
   * The ids of the terms of `pairs` ([term, count] pairs), in order: worked out on the first call with
   * this array, then given back as they are (the same Int32Array; do not change it).
   */
  idsOf(pairs: ReadonlyArray<readonly [string, number]>): Int32Array {
    let ids = this.known.get(pairs);
    if (!ids) {
      ids = new Int32Array(pairs.length);
      for (let i = 0; i < pairs.length; i++) ids[i] = this.id(pairs[i][0]);
      this.known.set(pairs, ids);
    }
    return ids;
  }
}
