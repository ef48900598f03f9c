import { storyOf } from "../corpus/manifest";
import { termLengths, termScores } from "../emphasis/distinctive";
import { TermTable } from "../emphasis/term-table";
import { ArticleRecord } from "../pipeline/record";
import { wilsonInterval } from "../stats/proportion";

/**
 * A term an outlet favours consistently within stories: in each story where the outlet and at least one
 * other outlet appear and the term occurs, the outlet's log-odds z against the story's other outlets
 * (Monroe, Colaresi & Quinn 2008, as in emphasis.csv, with the story as the corpus); then over stories.
 * A term used heavily in one story only has a high pooled z but a low `favouredShare`.
 */
export type ConsistentTerm = {
  outlet: string;
  term: string;
  /** Stories where the term could favour the outlet: it covers the story with another outlet, and the term occurs there. */
  stories: number;
  /** Stories where its z is above 0 (it uses the term at a higher rate than the story's other outlets). */
  favoured: number;
  favouredShare: number;
  /** Lower bound of the 95% Wilson interval of favouredShare: the ranking key, so 40 of 40 stories ranks above 3 of 3. */
  favouredLow: number;
  /** Mean z over those stories. */
  meanZ: number;
  /** The outlet's uses of the term over those stories. */
  count: number;
};

export interface ConsistentTermOptions {
  /** Terms must occur in at least this many of the outlet's stories; default 3. */
  minStories?: number;
  /** Within a story, terms with fewer occurrences are left out (as emphasis' minCount); default 2. */
  minCount?: number;
}

/**
 * One story × outlet's term counts as they came: each record's term ids (into the TermTable) and counts,
 * in record order. They are summed only when the story is scored. Kept as two typed arrays per record
 * (12 bytes a term) instead of a Map entry per distinct term and story × outlet, they leave the main
 * thread 12 MB less live heap after the map of the bench corpus (which every collection marks).
 */
interface AddedCounts {
  ids: Int32Array[];
  counts: Float64Array[];
}

/**
 * The fold behind emphasis-stories.csv: term counts per story and outlet (terms as ids into one table of
 * the corpus's terms), scored per story once every record is in. Memory grows with the terms of the
 * records (12 bytes each), not with the text.
 */
export class StoryTermCounts {
  private readonly counts = new Map<string, Map<string, AddedCounts>>();
  private readonly table: TermTable;

  /** `table` (default a new one): the term numbering, shared with the emphasis merger (see TermTable). */
  constructor(table?: TermTable) {
    this.table = table ?? new TermTable();
  }

  private get terms(): string[] {
    return this.table.terms;
  }

  add(record: ArticleRecord): void {
    const story = storyOf(record.meta);
    let byOutlet = this.counts.get(story);
    if (!byOutlet) this.counts.set(story, (byOutlet = new Map()));
    let added = byOutlet.get(record.outlet);
    if (!added) byOutlet.set(record.outlet, (added = { ids: [], counts: [] }));
    const pairs = record.emphasis.terms;
    if (pairs.length === 0) return;
    const counts = new Float64Array(pairs.length);
    for (let i = 0; i < pairs.length; i++) counts[i] = pairs[i][1];
    // idsOf's array is the table's own, never changed: kept as it is.
    added.ids.push(this.table.idsOf(pairs));
    added.counts.push(counts);
  }

  /** Stories seen so far. */
  get stories(): number {
    return this.counts.size;
  }

  /** Consistent terms of every outlet (see ConsistentTerm), per outlet by favouredLow, then meanZ, then term. */
  consistentTerms(options: ConsistentTermOptions = {}): ConsistentTerm[] {
    const { minStories = 3, minCount = 2 } = options;
    if (!Number.isInteger(minStories) || minStories < 1) throw new Error(`consistentTerms: minStories must be a whole number >= 1, got ${minStories}`);
    type Acc = { stories: number; favoured: number; sumZ: number; count: number };
    // Per outlet, per term id; summed story by story in story order.
    const acc = new Map<string, Map<number, Acc>>();
    const lengths = termLengths(this.terms);
    // A story's terms are numbered 0, 1, ... in order of first appearance through its outlets (`global`
    // gives each one's corpus-wide id), so the scoring's arrays are the size of the story's vocabulary.
    const local = new Int32Array(this.terms.length).fill(-1);
    // Where an outlet's sum of a corpus-wide id is, while its records' counts are summed (-1: none yet).
    const slot = new Int32Array(this.terms.length).fill(-1);
    for (const byOutlet of this.counts.values()) {
      if (byOutlet.size < 2) continue;
      const global: number[] = [];
      const outlets = Array.from(byOutlet, ([outlet, added]) => {
        // The outlet's distinct terms in order of first appearance through its records, counts summed.
        const distinct: number[] = [];
        const sums: number[] = [];
        for (let k = 0; k < added.ids.length; k++) {
          const ids = added.ids[k];
          const counts = added.counts[k];
          for (let p = 0; p < ids.length; p++) {
            let at = slot[ids[p]];
            if (at < 0) (slot[ids[p]] = at = distinct.push(ids[p]) - 1), sums.push(0);
            sums[at] += counts[p];
          }
        }
        const ids = new Int32Array(distinct.length);
        for (let p = 0; p < distinct.length; p++) {
          const g = distinct[p];
          slot[g] = -1;
          if (local[g] < 0) local[g] = global.push(g) - 1;
          ids[p] = local[g];
        }
        return { outlet, ids, counts: Float64Array.from(sums) };
      });
      for (const g of global) local[g] = -1;
      const storyTerms = global.map((g) => this.terms[g]);
      const storyLengths = Uint8Array.from(global, (g) => lengths[g]);
      // An outlet's sums are made at its first scored term, so outlets come in order of that.
      const sums: Array<Map<number, Acc> | undefined> = outlets.map(() => undefined);
      // The log-odds core of distinctiveTermsFromParts alone (termScores on the story's counts): no rows
      // of g2, Log Ratio and TF-IDF per story.
      termScores({ terms: storyTerms, lengths: storyLengths, outlets }, { minCount }, (i, _term, _n, y1, _n1, _y2, _n2, lo, _df, storyId) => {
        const id = global[storyId];
        let byTerm = sums[i];
        if (!byTerm) {
          byTerm = acc.get(outlets[i].outlet);
          if (!byTerm) acc.set(outlets[i].outlet, (byTerm = new Map()));
          sums[i] = byTerm;
        }
        let a = byTerm.get(id);
        if (!a) byTerm.set(id, (a = { stories: 0, favoured: 0, sumZ: 0, count: 0 }));
        a.stories++;
        if (lo.z > 0) a.favoured++;
        a.sumZ += lo.z;
        a.count += y1;
      });
    }
    const out: ConsistentTerm[] = [];
    for (const [outlet, byTerm] of acc) {
      const rows: ConsistentTerm[] = [];
      for (const [id, a] of byTerm) {
        if (a.stories < minStories) continue;
        rows.push({ outlet, term: this.terms[id], stories: a.stories, favoured: a.favoured, favouredShare: a.favoured / a.stories, favouredLow: wilsonInterval(a.favoured, a.stories).low, meanZ: a.sumZ / a.stories, count: a.count });
      }
      rows.sort((x, y) => y.favouredLow - x.favouredLow || y.meanZ - x.meanZ || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
      out.push(...rows);
    }
    return out;
  }
}
