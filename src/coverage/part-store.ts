import { CoverageMergeOptions, StoryCoverage, StoryPart, alignStory } from "./facts";
import { CoveragePart, StatementPart } from "./statements";

/**
 * One article's coverage part, packed: for statement k, `nums[4k..4k+3]` are its sentence index, start,
 * end and the end of its term counts in `tf`, which holds (term id, count) pairs in the statement's
 * order. Term ids index the table the part was packed against.
 */
export type PackedPart = { articleId: string; outlet: string; text: string[]; nums: Int32Array; tf: Int32Array };

/** One story's packed parts with the terms they use (ids index `terms`): what a worker thread aligns (alignPackedStory). */
export type PackedStory = { story: string; terms: string[]; parts: PackedPart[]; options?: CoverageMergeOptions };

/**
 * The coverage parts of a whole corpus, held compactly until the stories are aligned: each term string
 * once, each article's statements in two typed arrays and its sentence texts. On the 2,000-article
 * benchmark corpus the parts as records bring them took 46 MB of the main thread's heap (a small array
 * per term of every statement); packed they take a fraction, and a story goes to a worker thread as a few
 * arrays and the strings it uses.
 */
export class CoveragePartStore {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly stories = new Map<string, PackedPart[]>();
  private statementCount = 0;

  /** Packs one article's part in, under its story. Keeps no reference to `part`. */
  add(part: CoveragePart, story: string): void {
    const n = part.statements.length;
    let pairs = 0;
    for (const s of part.statements) pairs += s.tf.length;
    const nums = new Int32Array(4 * n);
    const tf = new Int32Array(2 * pairs);
    const text: string[] = [];
    let t = 0;
    part.statements.forEach((s, k) => {
      for (const [term, count] of s.tf) {
        let id = this.ids.get(term);
        if (id === undefined) this.ids.set(term, (id = this.terms.push(term) - 1));
        tf[t++] = id;
        tf[t++] = count;
      }
      nums[4 * k] = s.sentence;
      nums[4 * k + 1] = s.start;
      nums[4 * k + 2] = s.end;
      nums[4 * k + 3] = t;
      text.push(s.text);
    });
    this.statementCount += n;
    const list = this.stories.get(story);
    const packed = { articleId: part.articleId, outlet: part.outlet, text, nums, tf };
    if (list) list.push(packed);
    else this.stories.set(story, [packed]);
  }

  /** Statements added so far. */
  get statements(): number {
    return this.statementCount;
  }

  /** Stories added so far. */
  get storyCount(): number {
    return this.stories.size;
  }

  /**
   * Takes the stories out, in order of first appearance, each with its own term table (ids renumbered in
   * order of first use), and empties the store: the caller then holds the only copy.
   */
  take(): PackedStory[] {
    const out: PackedStory[] = [];
    const local = new Int32Array(this.terms.length).fill(-1);
    for (const [story, parts] of this.stories) {
      const terms: string[] = [];
      const used: number[] = [];
      for (const p of parts)
        for (let e = 0; e < p.tf.length; e += 2) {
          const g = p.tf[e];
          if (local[g] < 0) {
            local[g] = terms.push(this.terms[g]) - 1;
            used.push(g);
          }
          p.tf[e] = local[g];
        }
      for (const g of used) local[g] = -1;
      out.push({ story, terms, parts });
    }
    this.stories.clear();
    this.ids.clear();
    this.terms.length = 0;
    this.statementCount = 0;
    return out;
  }
}

/** A packed story's parts as analyzeCoverageFromParts takes them (term strings back in each statement's counts). */
export function unpackStory(story: PackedStory): StoryPart[] {
  return story.parts.map((p) => {
    const statements: StatementPart[] = [];
    let t = 0;
    for (let k = 0; k < p.text.length; k++) {
      const end = p.nums[4 * k + 3];
      const tf: Array<[string, number]> = [];
      for (; t < end; t += 2) tf.push([story.terms[p.tf[t]], p.tf[t + 1]]);
      statements.push({ sentence: p.nums[4 * k], start: p.nums[4 * k + 1], end: p.nums[4 * k + 2], text: p.text[k], tf });
    }
    return { articleId: p.articleId, outlet: p.outlet, statements, story: story.story };
  });
}

/** One packed story's coverage: alignStory on its unpacked parts (the task the worker threads run). */
export function alignPackedStory(story: PackedStory): StoryCoverage {
  return alignStory({ story: story.story, parts: unpackStory(story), options: story.options });
}
