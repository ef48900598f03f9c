import { defaultActorRegistry, validateRegistry } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { unknownOption } from "../corpus/errors";
import { ParsedArticle, Span } from "../corpus/types";
import { extractQuotes } from "../quotes/extract";
import { QuoteRecord } from "../quotes/types";
import { bootstrapCI } from "../stats/bootstrap";
import { SENTIMENT_STRATEGIES, SentimentStrategy } from "./score";
import { ToneTarget, findTargetMentions, namesTarget, toneTarget } from "./tone-target";
import { ToneEvidence, scoreToneSentence } from "./tone-words";

export type { ToneEvidence, ToneWord } from "./tone-words";

export const TONE_SCALES = ["compound", "sum"] as const;
export type ToneScale = (typeof TONE_SCALES)[number];

export interface ToneTowardOptions {
  /** Sentence scorer: "improved" (default) or "plain" (see scoreSentiment). */
  strategy?: SentimentStrategy;
  /** Tokens from the mention over which a word's weight halves (> 0); default 4. Infinity: no decay. */
  halfLife?: number;
  /** Words further than this many tokens from every mention count 0; default Infinity (the whole sentence). */
  window?: number;
  /** "compound" (default): each sentence's weighted sum s becomes s / sqrt(s^2 + 15), VADER's squashing; "sum": s itself. */
  scale?: ToneScale;
  /** Count the target's own quotes in `n` and `mean` (they are always reported under `own`); default false. */
  includeOwn?: boolean;
  /** Count the words of other people's quotes (direct and partial) that name or stand near the target as "about"; default true. */
  othersQuotes?: boolean;
  /** Weight of a sentence that names the target only through he/she in the sentence after a mention; default 0 (off). */
  pronounWeight?: number;
  /** Registry that resolves the other speakers of quotes; default the seeds' registry (seeds/actors.json). */
  registry?: ActorRegistry;
  /** The article's quotes when already extracted (e.g. by the quotes step): saves extracting them again. */
  quotes?: readonly QuoteRecord[];
  /** Whether the target is a person (he/she may refer to it); default guessed: an alias looks like a full name. */
  person?: boolean;
  /** Paragraph roles read; default headline, subheading, body. */
  roles?: readonly string[];
}

/** A mean over some of the evidence; `mean` is null when there is none (never NaN). */
export interface ToneSummary {
  n: number;
  mean: number | null;
}

/** Tone toward one target in one article. */
export interface ToneToward extends ToneSummary {
  /** The target's name as reported (its first alias). */
  target: string;
  articleId: string;
  /** The forms of the name that were matched. */
  forms: readonly string[];
  /** What is said about the target (narration and other people's quotes). */
  about: ToneSummary;
  /** The target's own words (its quotes, direct, partial or reported). */
  own: ToneSummary;
  /** 95% percentile bootstrap interval of `mean` (1,000 resamples of the evidence, seed 1); null below 5 items. */
  interval: { low: number; high: number } | null;
  evidence: ToneEvidence[];
}

/** Evidence items below this give no interval: a bootstrap of two to four values is not a 95% interval. */
export const TONE_INTERVAL_MIN_N = 5;
const TARGET_ID = "tone-target";
const PRONOUN = /(?<![\p{L}\p{N}])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)(?![\p{L}\p{N}])/u;

function weightedMean(items: readonly ToneEvidence[]): number | null {
  let sum = 0;
  let w = 0;
  for (const e of items) {
    sum += e.weight * e.score;
    w += e.weight;
  }
  return w > 0 ? sum / w : null;
}

/** The article's quotes split into the target's own (resolved to it, not said by a phrase naming someone else) and the others'. */
function splitQuotes(article: ParsedArticle, target: ToneTarget, options: ToneTowardOptions): { own: QuoteRecord[]; others: QuoteRecord[] } {
  let quotes = options.quotes;
  if (!quotes) {
    const own = validateRegistry({ actors: [{ id: TARGET_ID, name: target.name, aliases: target.forms, kind: target.person ? "person" : "group", side: "unknown" }] }, "toneToward target");
    const base = options.registry ?? defaultActorRegistry();
    quotes = extractQuotes(article, { registry: { ...base, actors: [...own.actors, ...base.actors] } });
  }
  const isOwn = (q: QuoteRecord) => {
    const said = q.speakerText ?? "";
    const pronoun = /^(he|she|i|the former|the latter)$/i.test(said.trim());
    if (q.speakerId === TARGET_ID) return pronoun || said === "" || namesTarget(said, target);
    return namesTarget(q.speaker ?? "", target) && (pronoun || said === "" || namesTarget(said, target));
  };
  return { own: quotes.filter(isOwn), others: quotes.filter((q) => !isOwn(q)) };
}

/**
 * Tone toward an actor or name in one article: what is said about it, weighted by nearness, apart from
 * what it says itself.
 * - Mentions: the target's forms (see toneTarget: aliases, case-sensitive on word boundaries; a person's
 *   surname; "Mr./Sen./President X" and given names widen a mention; "Mary Cheney" is not Liz Cheney).
 * - Own words: quotes whose speaker is the target (extractQuotes, with the target added to the registry
 *   so "Mr. X said" and "he said" after X resolve to it), direct, partial or reported. Their sentiment
 *   words are reported under `own` and, unless includeOwn, left out of `mean`.
 * - About: in every sentence naming the target, each sentiment word outside the target's quotes and
 *   outside the mention counts value x 2^-(d-1)/halfLife, d its distance in tokens (punctuation
 *   included) to the nearest mention, 0 beyond `window`; the weighted sum is squashed to
 *   s / sqrt(s^2 + 15) ("compound", as VADER). Quotes by others naming the target count here (unless
 *   othersQuotes is false). In a sentence holding the target's quote, narration without any sentiment
 *   word ("..., Mr. X said.") is only the attribution and is not counted as a neutral sentence.
 * - mean: the weighted mean of the evidence scores (pronoun sentences weigh pronounWeight, others 1).
 * Empty input (the target never named and never quoted) gives n 0, mean null (never NaN: write it as an
 * empty cell), no evidence and no interval.
 * Options (defaults): strategy "improved", halfLife 4, window Infinity, scale "compound", includeOwn
 * false, othersQuotes true, pronounWeight 0, registry seeds/actors.json, quotes extracted, person
 * guessed, roles headline, subheading, body. Weighting words by their distance to the target follows
 * lexicon-based targeted sentiment (Ding, Liu & Yu 2008 divide each word's value by its distance to the
 * feature); an exponential kernel is used so a word next to the name counts fully. Agreement with
 * annotators (BASIL, `npm run eval:tone`) is in the README.
 */
export function toneToward(article: ParsedArticle, target: string | readonly string[], options: ToneTowardOptions = {}): ToneToward {
  const { strategy = "improved", halfLife = 4, window = Infinity, scale = "compound", includeOwn = false, othersQuotes = true, pronounWeight = 0, roles = ["headline", "subheading", "body"] } = options;
  if (!(SENTIMENT_STRATEGIES as readonly string[]).includes(strategy)) throw unknownOption("sentiment strategy", strategy, SENTIMENT_STRATEGIES);
  if (!(TONE_SCALES as readonly string[]).includes(scale)) throw unknownOption("tone scale", scale, TONE_SCALES);
  if (typeof halfLife !== "number" || !(halfLife > 0)) throw new Error(`toneToward: option halfLife must be a number of tokens > 0 (Infinity for no decay), got ${String(halfLife)}`);
  for (const [name, v] of [["window", window], ["pronounWeight", pronounWeight]] as const) {
    if (typeof v !== "number" || !(v >= 0)) throw new Error(`toneToward: option ${name} must be a number >= 0, got ${String(v)}`);
  }
  const who = toneTarget(target, options.person);
  const mentions = findTargetMentions(article, who, roles);
  const quotes = splitQuotes(article, who, options);
  const own = quotes.own.map((q): Span => ({ start: q.start, end: q.end }));
  const skipped = othersQuotes ? [] : quotes.others.filter((q) => q.kind !== "indirect").map((q): Span => ({ start: q.start, end: q.end }));
  const bySentence = new Map<number, Span[]>();
  for (const m of mentions) {
    const inOwn = own.some((q) => m.start >= q.start && m.end <= q.end);
    if (!inOwn) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  }
  const settings = { strategy, halfLife, window, scale };
  const evidence: ToneEvidence[] = [];
  let prevNamed = -2;
  for (const s of article.sentences) {
    if (!roles.includes(s.role)) continue;
    const ownHere = own.filter((q) => q.start < s.end && q.end > s.start);
    let named = bySentence.get(s.index);
    let weight = 1;
    let via: ToneEvidence["via"] = "name";
    if (!named && pronounWeight > 0 && who.person && prevNamed === s.index - 1 && article.sentences[prevNamed].paragraph === s.paragraph) {
      const p = PRONOUN.exec(s.norm);
      if (p && !ownHere.some((q) => s.start + p.index >= q.start && s.start + p.index < q.end)) {
        named = [{ start: s.start + p.index, end: s.start + p.index + p[0].length }];
        weight = pronounWeight;
        via = "pronoun";
      }
    }
    if (bySentence.has(s.index)) prevNamed = s.index;
    if (!named && ownHere.length === 0) continue;
    evidence.push(...scoreToneSentence(article, s, named ?? [], ownHere, { ...settings, weight, via, skipped }));
  }
  const about = evidence.filter((e) => e.kind === "about");
  const ownItems = evidence.filter((e) => e.kind === "own");
  const used = includeOwn ? evidence : about;
  const mean = weightedMean(used);
  let interval: ToneToward["interval"] = null;
  if (used.length >= TONE_INTERVAL_MIN_N) {
    const ci = bootstrapCI(used, (sample) => weightedMean(sample) ?? 0, { iterations: 1000, seed: 1 });
    interval = { low: ci.low, high: ci.high };
  }
  return {
    target: who.name,
    articleId: article.id,
    forms: who.forms,
    n: used.length,
    mean,
    about: { n: about.length, mean: weightedMean(about) },
    own: { n: ownItems.length, mean: weightedMean(ownItems) },
    interval,
    evidence,
  };
}
