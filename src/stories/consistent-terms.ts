import { storyOf } from "../corpus/manifest";
import { outletTermScores } from "../emphasis/distinctive";
import { OutletCounts } from "../emphasis/terms";
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
 * The fold behind emphasis-stories.csv: term counts per story and outlet (interned term strings), scored
 * per story once every record is in. Memory grows with the distinct terms of each story × outlet.
 */
export class StoryTermCounts {
  private readonly counts = new Map<string, Map<string, Map<string, number>>>();
  private readonly strings = new Map<string, string>();

  add(record: ArticleRecord): void {
    const story = storyOf(record.meta);
    let byOutlet = this.counts.get(story);
    if (!byOutlet) this.counts.set(story, (byOutlet = new Map()));
    let counts = byOutlet.get(record.outlet);
    if (!counts) byOutlet.set(record.outlet, (counts = new Map()));
    for (const [term, n] of record.emphasis.terms) {
      let t = this.strings.get(term);
      if (t === undefined) this.strings.set(term, (t = term));
      counts.set(t, (counts.get(t) ?? 0) + n);
    }
  }

  /** Stories seen so far. */
  get stories(): number {
    return this.counts.size;
  }

  /** Consistent terms of every outlet (see ConsistentTerm), per outlet by favouredLow, then meanZ, then term. */
  consistentTerms(options: ConsistentTermOptions = {}): ConsistentTerm[] {
    const { minStories = 3, minCount = 2 } = options;
    if (!Number.isInteger(minStories) || minStories < 1) throw new Error(`consistentTerms: minStories must be a whole number >= 1, got ${minStories}`);
    const acc = new Map<string, Map<string, { stories: number; favoured: number; sumZ: number; count: number }>>();
    for (const byOutlet of this.counts.values()) {
      if (byOutlet.size < 2) continue;
      // The log-odds core of distinctiveTermsFromParts alone: no rows of g2, Log Ratio and TF-IDF per story.
      const outlets: OutletCounts[] = Array.from(byOutlet, ([outlet, counts]) => ({ outlet, counts, total: 0 }));
      outletTermScores(outlets, { minCount }, (o, term, _n, y1, _n1, _y2, _n2, lo) => {
        let byTerm = acc.get(o.outlet);
        if (!byTerm) acc.set(o.outlet, (byTerm = new Map()));
        let a = byTerm.get(term);
        if (!a) byTerm.set(term, (a = { stories: 0, favoured: 0, sumZ: 0, count: 0 }));
        a.stories++;
        if (lo.z > 0) a.favoured++;
        a.sumZ += lo.z;
        a.count += y1;
      });
    }
    const out: ConsistentTerm[] = [];
    for (const [outlet, byTerm] of acc) {
      const rows: ConsistentTerm[] = [];
      for (const [term, a] of byTerm) {
        if (a.stories < minStories) continue;
        rows.push({ outlet, term, stories: a.stories, favoured: a.favoured, favouredShare: a.favoured / a.stories, favouredLow: wilsonInterval(a.favoured, a.stories).low, meanZ: a.sumZ / a.stories, count: a.count });
      }
      rows.sort((x, y) => y.favouredLow - x.favouredLow || y.meanZ - x.meanZ || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
      out.push(...rows);
    }
    return out;
  }
}
