import { ParsedArticle } from "../corpus/types";
import { Matches, matchStatements } from "./align";
import { clusterFacts } from "./cluster";
import { CoveragePart, coveragePart, FactStatement, Statement, statementIndexFromParts } from "./statements";

export interface AlignOptions {
  /** Cosine similarity at which two statements are the same fact; default 0.3. */
  threshold?: number;
  /** Paragraph roles aligned; default headline and body. */
  roles?: readonly string[];
  /**
   * A fact counts as left out by an outlet when more than this share of the other outlets (and at least
   * two) report it; default 0.5.
   */
  omissionShare?: number;
  /** Index entries examined per statement when looking for matches; default 2000 (see bestMatches). */
  maxCandidates?: number;
}

/** The options of analyzeCoverageFromParts: the roles were fixed when the parts were made. */
export type CoverageMergeOptions = Omit<AlignOptions, "roles">;

/**
 * A fact: statements from one or more outlets that say the same thing. `label` is the statement most like
 * the others; `cohesion` the mean pairwise cosine of its statements (1 for a single statement).
 */
export type Fact = {
  id: number;
  /** The story the fact belongs to (see analyzeCoverageByStory); absent from single-story analyses. */
  story?: string;
  label: string;
  outlets: string[];
  /** Its statements, without their vectors (see FactStatement). */
  statements: FactStatement[];
  cohesion: number;
  /**
   * For a fact one outlet alone reports: the most similar statement any other outlet makes (cosine under
   * the threshold, or over it but too unlike the rest of that statement's fact), so a reader can judge
   * whether it is really left out; null when no other outlet's statement shares two content words, and
   * for shared facts.
   */
  nearest: { outlet: string; text: string; sim: number } | null;
};

/** A fact that most other outlets report and `outlet` does not (within the fact's story, when there are stories). */
export type Omission = { outlet: string; fact: number; reportedBy: string[]; label: string; story?: string };

/** Everything the coverage analysis computes, from one pass over the statements. */
export interface Coverage {
  outlets: string[];
  facts: Fact[];
  omissions: Omission[];
  similarity: { outlets: string[]; matrix: number[][] };
}

/**
 * Aligns the statements (sentences) of the articles into facts, finds what each outlet leaves out, and
 * measures how alike the outlets are, all from one set of best matches (`bestMatches`).
 *
 * Facts are built by greedy average-linkage clustering: every statement's best match in each other outlet
 * with cosine at least `threshold` is a candidate link; links are taken strongest first, and a link joins
 * two groups only when the mean cosine between all their members still reaches `threshold`. So every fact
 * has a mean pairwise similarity (`cohesion`) of at least `threshold`, and a chain of loose matches cannot
 * merge unrelated facts. A fact may hold several statements of one outlet (an outlet restating it). A
 * fact one outlet alone reports is what the other outlets leave out; `nearest` gives its closest
 * statement elsewhere. Facts come sorted by the number of outlets, then by position. Empty input gives
 * no facts, no omissions and an empty matrix. Same as analyzeCoverageFromParts on each article's
 * coveragePart (made with `roles`).
 */
export function analyzeCoverage(articles: readonly ParsedArticle[], options: AlignOptions = {}): Coverage {
  const { roles = ["headline", "body"], ...rest } = options;
  checkOptions(rest);
  return analyzeCoverageFromParts(articles.map((a) => coveragePart(a, roles)), rest);
}

/**
 * analyzeCoverage from per-article parts (coveragePart), the second pass: TF-IDF over every statement of
 * the parts, best matches through the candidate index, facts, omissions and similarity. Give it the parts
 * of articles that can share facts (one story). Statements, outlets and tie-breaks follow the parts'
 * order, as they follow the article order in analyzeCoverage. No parts gives no facts, no omissions and
 * an empty matrix. Options as analyzeCoverage, without `roles`.
 */
export function analyzeCoverageFromParts(parts: readonly Pick<CoveragePart, "articleId" | "outlet" | "statements">[], options: CoverageMergeOptions = {}): Coverage {
  const { threshold = 0.3, omissionShare = 0.5, maxCandidates } = options;
  if ("roles" in options) throw new Error("analyzeCoverageFromParts: roles are chosen when the parts are made (coveragePart(article, roles)), not when they are merged");
  checkOptions(options);
  const index = statementIndexFromParts(parts);
  const { st } = index;
  const outlets = Array.from(new Set(parts.map((p) => p.outlet)));
  const best = matchStatements(index, { maxCandidates });
  const facts = clusterFacts(st, best, threshold);
  return { outlets, facts, omissions: findOmissions(facts, outlets, omissionShare), similarity: similarityMatrix(st, best, outlets) };
}

/** The coverage of one story (see analyzeCoverageByStory). */
export type StoryCoverage = { story: string; articles: number; coverage: Coverage };

/**
 * Coverage within each story, never across: the parts are grouped by `story` (in order of first
 * appearance) and each group goes through analyzeCoverageFromParts on its own, so no fact, omission or
 * similarity ever joins statements of two stories (an outlet cannot "leave out" what another outlet said
 * about a different event). Returns one StoryCoverage per story. Options as analyzeCoverageFromParts.
 */
export function analyzeCoverageByStory(parts: ReadonlyArray<StoryPart>, options: CoverageMergeOptions = {}): StoryCoverage[] {
  return partsByStory(parts).map((group) => alignStory({ ...group, options }));
}

/** A coverage part with the story its article belongs to. */
export type StoryPart = Pick<CoveragePart, "articleId" | "outlet" | "statements"> & { story: string };

/** One story's parts, in corpus order: what alignStory takes (plain data, so it can go to a worker thread). */
export type StoryParts = { story: string; parts: StoryPart[]; options?: CoverageMergeOptions };

/** The parts grouped by story, stories in order of first appearance, parts in corpus order within each. */
export function partsByStory(parts: ReadonlyArray<StoryPart>): StoryParts[] {
  const byStory = new Map<string, StoryPart[]>();
  for (const p of parts) {
    const list = byStory.get(p.story);
    if (list) list.push(p);
    else byStory.set(p.story, [p]);
  }
  return Array.from(byStory, ([story, list]) => ({ story, parts: list }));
}

/** One story's coverage (analyzeCoverageFromParts on its parts): the unit analyzeCoverageByStory and its worker threads run. */
export function alignStory(input: StoryParts): StoryCoverage {
  return { story: input.story, articles: input.parts.length, coverage: analyzeCoverageFromParts(input.parts, input.options) };
}

/**
 * The stories' coverages as one Coverage: facts and omissions concatenated story by story, each marked
 * with its story, fact ids renumbered 1, 2, ... through the stories (the first story keeps its own); outlets in
 * order of first appearance; the similarity of two outlets is the mean of their similarity over the
 * stories both cover (0 when they share none, 1 on the diagonal), with `stories` counting those stories.
 * One story gives its coverage with `story` added.
 */
export function combineStoryCoverage(stories: readonly StoryCoverage[]): Coverage & { similarity: { stories: number[][] } } {
  const outlets = Array.from(new Set(stories.flatMap((s) => s.coverage.outlets)));
  const index = new Map(outlets.map((o, i) => [o, i]));
  const sum = outlets.map(() => outlets.map(() => 0));
  const together = outlets.map(() => outlets.map(() => 0));
  const facts: Fact[] = [];
  const omissions: Omission[] = [];
  let offset = 0;
  for (const { story, coverage } of stories) {
    const renumber = (id: number) => id + offset;
    for (const f of coverage.facts) facts.push({ ...f, id: renumber(f.id), story });
    for (const m of coverage.omissions) omissions.push({ ...m, fact: renumber(m.fact), story });
    const { outlets: here, matrix } = coverage.similarity;
    here.forEach((a, i) =>
      here.forEach((b, j) => {
        sum[index.get(a)!][index.get(b)!] += matrix[i][j];
        together[index.get(a)!][index.get(b)!] += 1;
      }),
    );
    offset += coverage.facts.reduce((m, f) => Math.max(m, f.id), 0);
  }
  const matrix = outlets.map((_, a) => outlets.map((_, b) => (a === b ? 1 : together[a][b] ? sum[a][b] / together[a][b] : 0)));
  return { outlets, facts, omissions, similarity: { outlets, matrix, stories: together } };
}

function checkOptions(options: CoverageMergeOptions): void {
  const { threshold = 0.3, omissionShare = 0.5 } = options;
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`coverage: threshold must be in (0, 1], got ${threshold}`);
  if (!(omissionShare > 0 && omissionShare <= 1)) throw new Error(`coverage: omissionShare must be in (0, 1], got ${omissionShare}`);
}

/** The facts of `analyzeCoverage` alone. */
export function alignStatements(articles: readonly ParsedArticle[], options: AlignOptions = {}): Fact[] {
  return analyzeCoverage(articles, options).facts;
}

/** Outlet-by-outlet similarity: mean over A's statements of the best cosine in B (0 when none shares a term), averaged both ways. */
export function outletSimilarity(articles: readonly ParsedArticle[], roles: readonly string[] = ["headline", "body"]): { outlets: string[]; matrix: number[][] } {
  return analyzeCoverage(articles, { roles }).similarity;
}

function findOmissions(facts: readonly Fact[], outlets: readonly string[], share: number): Omission[] {
  const need = Math.max(2, Math.floor(share * (outlets.length - 1) + 1e-9) + 1);
  return outlets.flatMap((outlet) =>
    facts.filter((f) => !f.outlets.includes(outlet) && f.outlets.length >= need).map((f) => ({ outlet, fact: f.id, reportedBy: f.outlets, label: f.label })),
  );
}

function similarityMatrix(st: readonly Statement[], best: Matches, outlets: readonly string[]): { outlets: string[]; matrix: number[][] } {
  const index = new Map(outlets.map((o, i) => [o, i]));
  const at = best.outlets.map((o) => index.get(o)!);
  const sum = outlets.map(() => outlets.map(() => 0));
  const count = outlets.map(() => 0);
  st.forEach((s, i) => {
    const a = index.get(s.outlet)!;
    count[a]++;
    const u = best.distinctOf[i];
    for (let e = best.start[u]; e < best.start[u + 1]; e++) if (best.outlet[e] !== best.outletOf[i]) sum[a][at[best.outlet[e]]] += best.sim[e];
  });
  const directed = (a: number, b: number) => (count[a] ? sum[a][b] / count[a] : 0);
  return { outlets: [...outlets], matrix: outlets.map((_, a) => outlets.map((_, b) => (a === b ? 1 : (directed(a, b) + directed(b, a)) / 2))) };
}

/**
 * The facts only `outlet` reports, most substantial first (most distinct content words, then earliest),
 * leaving out statements under `minWords` content words (default 6). Empty when there are none.
 */
export function uniqueFacts(facts: readonly Fact[], outlet: string, options: { minWords?: number; limit?: number } = {}): Fact[] {
  return uniqueFactsPerOutlet(facts, [outlet], options)[0];
}

/** uniqueFacts for each of `outlets`, in one pass over the facts when `limit` is small. */
export function uniqueFactsPerOutlet(facts: readonly Fact[], outlets: readonly string[], options: { minWords?: number; limit?: number } = {}): Fact[][] {
  const { minWords = 6, limit = Infinity } = options;
  const size = (f: Fact) => f.statements[0].words;
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 64)) {
    return outlets.map((outlet) =>
      facts
        .filter((f) => f.outlets.length === 1 && f.outlets[0] === outlet && size(f) >= minWords)
        .sort((a, b) => size(b) - size(a) || a.id - b.id)
        .slice(0, limit),
    );
  }
  // The same facts in the same order as the stable sort above: a fact only moves ahead of one it
  // strictly beats.
  const tops = new Map(outlets.map((o) => [o, [] as Fact[]]));
  const beats = (f: Fact, n: number, g: Fact) => n > size(g) || (n === size(g) && f.id < g.id);
  for (const f of facts) {
    if (f.outlets.length !== 1) continue;
    const top = tops.get(f.outlets[0]);
    if (!top) continue;
    const n = size(f);
    if (!(n >= minWords)) continue;
    if (top.length === limit) {
      if (!beats(f, n, top[limit - 1])) continue;
      top.pop();
    }
    let r = top.length;
    while (r > 0 && beats(f, n, top[r - 1])) r--;
    top.splice(r, 0, f);
  }
  return outlets.map((o, i) => (outlets.indexOf(o) === i ? tops.get(o)! : tops.get(o)!.slice()));
}
