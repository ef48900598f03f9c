import { DEFAULT_CONTRAST_SETS } from "../emphasis/contrast";
import { FRAMES } from "../frames/lexicon";
import { ArticleRecord } from "../pipeline/record";
import { cueStance } from "../quotes/cues";
import { quoteWords } from "../quotes/voices";

/**
 * The per-outlet metrics that are also computed per story × outlet (stories.csv) and compared within
 * stories (outlets.csv). Every one is a ratio of two sums over an outlet's articles in a story, so a cell
 * is built by adding each article's numerator and denominator, and any set of articles merges with any
 * other:
 * - tone: mean sentence score (improved AFINN, see sentiment) of all scored sentences; tone:narration and
 *   tone:quotes of the reporter's own sentences and of quoted voice;
 * - toward:<side>: mean score of the sentences that name the side's actors;
 * - about:<actor id>: mean score of the sentences that name the actor (registry actors only);
 * - voice:<side>: the side's share of quoted words (share of voice);
 * - cue:<stance>: share of quotes introduced by a verb of that stance (warning, doubting, ...);
 * - frame:<frame>: share of sentences carrying the frame;
 * - loaded:<set>:<term>: the term's share of the article's uses of its contrast set (invasion vs incursion).
 */
export const METRIC_FAMILIES = ["tone", "toward", "about", "voice", "cue", "frame", "loaded"] as const;
export type MetricFamily = (typeof METRIC_FAMILIES)[number];

export interface MetricDef {
  /** "tone", "toward:russia", "voice:us", "cue:warning", "frame:conflict", "loaded:the capital:kyiv". */
  id: string;
  family: MetricFamily;
  /** Readable name, e.g. "share of voice: us". */
  label: string;
  /** Key of the denominator this metric divides by (metrics of one family often share it). */
  den: string;
  /** What the denominator counts, for the `n` column: "sentences", "quoted words", "quotes", "uses of the set". */
  nUnit: string;
  /** "score" (a mean on the lexicon's scale) or "share" (0..1). */
  scale: "score" | "share";
}

/** An article's contribution: numerators per metric id and denominators per key, both added per cell. */
export interface MetricSums {
  num: Map<string, number>;
  den: Map<string, number>;
}

export function emptySums(): MetricSums {
  return { num: new Map(), den: new Map() };
}

function add(m: Map<string, number>, key: string, v: number): void {
  m.set(key, (m.get(key) ?? 0) + v);
}

/** Adds `from` into `into` (the merge of two cells). */
export function addSums(into: MetricSums, from: MetricSums): void {
  for (const [k, v] of from.num) add(into.num, k, v);
  for (const [k, v] of from.den) add(into.den, k, v);
}

/**
 * The metric definitions met so far, in a stable order (family order, then first appearance), so rows
 * come out the same whatever order the articles arrive in within a family.
 */
export class MetricCatalog {
  private readonly defs = new Map<string, MetricDef>();

  define(def: MetricDef): void {
    if (!this.defs.has(def.id)) this.defs.set(def.id, def);
  }

  get(id: string): MetricDef | undefined {
    return this.defs.get(id);
  }

  /** Every metric, by family (METRIC_FAMILIES order), then in order of first appearance. */
  list(): MetricDef[] {
    const all = Array.from(this.defs.values());
    return METRIC_FAMILIES.flatMap((f) => all.filter((d) => d.family === f));
  }
}

/**
 * One article's numerators and denominators for every metric (see the module comment), defining the
 * metrics it meets in `catalog`. A metric whose denominator is 0 in this article (no quotes, no use of a
 * contrast set) adds nothing, so it gets no value for a cell where it never occurs.
 */
export function recordSums(record: ArticleRecord, catalog: MetricCatalog): MetricSums {
  const sums = emptySums();
  const def = (d: MetricDef) => catalog.define(d);
  def({ id: "tone", family: "tone", label: "sentence tone", den: "sentences", nUnit: "sentences", scale: "score" });
  for (const s of record.sentences) {
    add(sums.num, "tone", s.score);
    add(sums.den, "sentences", 1);
    const id = s.voice === "narration" ? "tone:narration" : "tone:quotes";
    def({ id, family: "tone", label: s.voice === "narration" ? "narration tone" : "quoted-voice tone", den: `${id}:n`, nUnit: "sentences", scale: "score" });
    add(sums.num, id, s.score);
    add(sums.den, `${id}:n`, 1);
    for (const side of s.sides) {
      const sid = `toward:${side}`;
      def({ id: sid, family: "toward", label: `tone toward ${side}`, den: `${sid}:n`, nUnit: "sentences", scale: "score" });
      add(sums.num, sid, s.score);
      add(sums.den, `${sid}:n`, 1);
    }
    for (const actor of s.actors) {
      const aid = `about:${actor}`;
      def({ id: aid, family: "about", label: `tone toward ${actor}`, den: `${aid}:n`, nUnit: "sentences", scale: "score" });
      add(sums.num, aid, s.score);
      add(sums.den, `${aid}:n`, 1);
    }
  }
  for (const q of record.quotes) {
    const words = quoteWords(q.text);
    const vid = `voice:${q.side}`;
    def({ id: vid, family: "voice", label: `share of voice: ${q.side}`, den: "quoted words", nUnit: "quoted words", scale: "share" });
    add(sums.num, vid, words);
    add(sums.den, "quoted words", words);
    const stance = q.cue ? cueStance(q.cue) ?? "none" : "none";
    const cid = `cue:${stance}`;
    def({ id: cid, family: "cue", label: `quotes introduced as ${stance}`, den: "quotes", nUnit: "quotes", scale: "share" });
    add(sums.num, cid, 1);
    add(sums.den, "quotes", 1);
  }
  // Every frame is defined, so a frame an outlet never uses shows as 0 rather than as no value.
  for (const frame of FRAMES) def({ id: `frame:${frame}`, family: "frame", label: `${frame} frame`, den: "frame sentences", nUnit: "sentences", scale: "share" });
  add(sums.den, "frame sentences", record.frames.sentences);
  const framed = new Set<string>();
  for (const e of record.frames.evidence) {
    const key = `frame:${e.frame}`;
    if (framed.has(`${key}\u0000${e.sentence}`)) continue; // a sentence counts once per frame
    framed.add(`${key}\u0000${e.sentence}`);
    add(sums.num, key, 1);
  }
  const loaded = new Map(record.emphasis.loaded);
  for (const set of DEFAULT_CONTRAST_SETS) {
    const total = set.terms.reduce((s, t) => s + (loaded.get(t)?.length ?? 0), 0);
    if (total === 0) continue;
    add(sums.den, `set:${set.name}`, total);
    for (const term of set.terms) {
      const lid = `loaded:${set.name}:${term}`;
      def({ id: lid, family: "loaded", label: `"${term}" among ${set.name}`, den: `set:${set.name}`, nUnit: "uses of the set", scale: "share" });
      add(sums.num, lid, loaded.get(term)?.length ?? 0);
    }
  }
  return sums;
}
