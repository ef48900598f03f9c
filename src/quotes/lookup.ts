import { actorById } from "../actors/registry";
import { ActorMention, ActorRegistry } from "../actors/types";
import { Paragraph, ParsedArticle, Sentence, Span } from "../corpus/types";

/**
 * Offset lookups that quote extraction asks for many times per article, each answered by binary search
 * over arrays that are already in text order (sentences, paragraphs, tokens, quoted spans, mentions)
 * instead of by a scan, so that extraction stays linear-logarithmic in article length. Each function
 * returns exactly what the scan it replaces returned.
 */

/** Smallest i in [0, n) with `below(i)` false, where `below` is true then false along the range; n when none. */
export function lowerBound(n: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First token index whose start is at or after `offset` (tokens.length when none). */
export function tokenFrom(article: ParsedArticle, offset: number): number {
  const t = article.tokens;
  return lowerBound(t.length, (i) => t[i].start < offset);
}

/** First token index whose end is at or after `offset`, or -1 (as `tokens.findIndex((x) => x.end >= offset)`). */
export function tokenEndingFrom(article: ParsedArticle, offset: number): number {
  const t = article.tokens;
  const i = lowerBound(t.length, (k) => t[k].end < offset);
  return i < t.length ? i : -1;
}

/** The first item with `start <= offset <= end` (as `items.find`), for items in text order. */
function spanAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  const i = lowerBound(items.length, (k) => items[k].end < offset);
  return i < items.length && items[i].start <= offset ? items[i] : undefined;
}

/** The sentence with `start <= offset <= end` (the earlier of two that touch). */
export function sentenceAt(article: ParsedArticle, offset: number): Sentence | undefined {
  return spanAt(article.sentences, offset);
}

/** The paragraph with `start <= offset <= end` (the earlier of two that touch). */
export function paragraphAt(article: ParsedArticle, offset: number): Paragraph | undefined {
  return spanAt(article.paragraphs, offset);
}

/** Index of the sentence with `start <= offset < end`, or -1. */
export function sentenceHolding(article: ParsedArticle, offset: number): number {
  const s = article.sentences;
  const i = lowerBound(s.length, (k) => s[k].end <= offset);
  return i < s.length && s[i].start <= offset ? s[i].index : -1;
}

/** Quoted spans, sorted by start, with the running maximum of their ends (spans may nest or overlap). */
export class SpanLookup {
  private readonly spans: readonly Span[];
  private readonly maxEnd: Float64Array;
  private quotedBounds: QuotedBounds | null = null;

  constructor(
    spans: readonly Span[],
    private readonly textLength: number,
  ) {
    this.spans = spans.slice().sort((a, b) => a.start - b.start);
    this.maxEnd = new Float64Array(this.spans.length);
    let max = -Infinity;
    this.spans.forEach((q, i) => {
      max = Math.max(max, q.end);
      this.maxEnd[i] = max;
    });
  }

  /** Index of the last span with `start - shift <= offset`, or -1. */
  private lastStartingBy(offset: number, shift: number): number {
    return lowerBound(this.spans.length, (i) => this.spans[i].start - shift <= offset) - 1;
  }

  /** True when `offset` is inside a span or on one of its marks: `start - 1 <= offset <= end` for some span. */
  covers(offset: number): boolean {
    const k = this.lastStartingBy(offset, 1);
    return k >= 0 && this.maxEnd[k] >= offset;
  }

  /** True when some span holds all of `[start, end)`. */
  contains(start: number, end: number): boolean {
    const k = this.lastStartingBy(start, 0);
    return k >= 0 && this.maxEnd[k] >= end;
  }

  /**
   * The first opening mark (`span.start - 1`) at or after `from` and before `to`, else `to`. With
   * `keepClosed`, spans that close before `to` (a quoted fragment inside the stretch) are passed over: the
   * cut is at the first that runs past `to`.
   */
  cutAtOpening(from: number, to: number, keepClosed = false): number {
    let i = lowerBound(this.spans.length, (k) => this.spans[k].start - 1 < from);
    if (keepClosed) while (i < this.spans.length && this.spans[i].start - 1 < to && this.spans[i].end < to) i++;
    return i < this.spans.length && this.spans[i].start - 1 < to ? this.spans[i].start - 1 : to;
  }

  /**
   * Characters of `[from, to)` inside spans, counted once per span holding them: `quotedBefore(to) -
   * quotedBefore(from)`, offsets clamped to the text.
   */
  quotedChars(from: number, to: number): number {
    if (to <= from) return 0;
    return this.quotedBefore(this.clip(to)) - this.quotedBefore(this.clip(from));
  }

  /** An offset moved into `[0, textLength]`. */
  private clip(x: number): number {
    return Math.max(0, Math.min(this.textLength, x));
  }

  /**
   * Characters before offset `x` inside spans (clipped to the text), counted once per span: the sum over
   * spans [a, b) of min(x, b) - a where a < x, that is `x * #(a < x) - sum(a < x)` less the same over the
   * ends b < x. Answered by binary search over the sorted starts and ends with their running sums, built
   * once from the spans alone: a per-character table would cost memory and time in the text's length for
   * every article with a reported quote.
   */
  private quotedBefore(x: number): number {
    if (!this.quotedBounds) {
      const kept = this.spans.map((q) => [this.clip(q.start), this.clip(q.end)]).filter(([a, b]) => b > a);
      this.quotedBounds = { starts: sortedSums(kept.map(([a]) => a)), ends: sortedSums(kept.map(([, b]) => b)) };
    }
    const { starts, ends } = this.quotedBounds;
    const below = (xs: SortedSums) => {
      const k = lowerBound(xs.values.length, (i) => xs.values[i] < x);
      return x * k - xs.sums[k];
    };
    return below(starts) - below(ends);
  }
}

/** Numbers in ascending order, and sums[k], the sum of the first k of them. */
interface SortedSums {
  values: number[];
  sums: number[];
}

/** The starts and the ends of the quoted spans, clipped to the text (empty spans left out). */
interface QuotedBounds {
  starts: SortedSums;
  ends: SortedSums;
}

function sortedSums(xs: number[]): SortedSums {
  const values = xs.sort((a, b) => a - b);
  const sums = [0];
  for (const v of values) sums.push(sums[sums.length - 1] + v);
  return { values, sums };
}

/**
 * Actor mentions in text order, and the mentions outside quoted spans (pronoun antecedents) with, for
 * every prefix, the last person / non-person mention and the former / latter person of the prefix's
 * last sentence, so that a pronoun is resolved in constant time instead of by a pass over all mentions.
 */
export class MentionLookup {
  readonly sorted: readonly ActorMention[];
  /** Mentions not inside a quoted span, in text order. */
  readonly free: readonly ActorMention[];
  /** For a prefix of `free` of length L: index of its last person mention (kind "person"), or -1. */
  readonly lastPerson: Int32Array;
  /** ... of its last mention whose kind is not "person" (unknown actors included), or -1. */
  readonly lastNotPerson: Int32Array;
  /** ... of its last mention of a known non-person kind, or -1. */
  readonly lastOtherKind: Int32Array;
  /** ... of the first person named in the sentence of its last mention ("the former"), or -1. */
  readonly former: Int32Array;
  /** ... of the first mention of the last new person named in that sentence ("the latter"), or -1. */
  readonly latter: Int32Array;

  constructor(mentions: readonly ActorMention[], quoted: SpanLookup, registry: ActorRegistry) {
    this.sorted = mentions.slice().sort((a, b) => a.start - b.start);
    this.free = this.sorted.filter((m) => !quoted.contains(m.start, m.end));
    const n = this.free.length;
    this.lastPerson = new Int32Array(n + 1).fill(-1);
    this.lastNotPerson = new Int32Array(n + 1).fill(-1);
    this.lastOtherKind = new Int32Array(n + 1).fill(-1);
    this.former = new Int32Array(n + 1).fill(-1);
    this.latter = new Int32Array(n + 1).fill(-1);
    let seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const m = this.free[i];
      const kind = actorById(registry, m.actorId)?.kind;
      this.lastPerson[i + 1] = kind === "person" ? i : this.lastPerson[i];
      this.lastNotPerson[i + 1] = kind !== "person" ? i : this.lastNotPerson[i];
      this.lastOtherKind[i + 1] = kind !== undefined && kind !== "person" ? i : this.lastOtherKind[i];
      const sameSentence = i > 0 && this.free[i - 1].sentence === m.sentence;
      if (!sameSentence) seen = new Set();
      let former = sameSentence ? this.former[i] : -1;
      let latter = sameSentence ? this.latter[i] : -1;
      if (kind === "person" && !seen.has(m.actorId)) {
        seen.add(m.actorId);
        if (former < 0) former = i;
        latter = i;
      }
      this.former[i + 1] = former;
      this.latter[i + 1] = latter;
    }
  }

  /**
   * How many free mentions end at or before `offset`. They form a prefix of `free`: mentions never
   * overlap (findActorMentions matches left to right within a sentence), so their ends are in order too.
   */
  freeBefore(offset: number): number {
    return lowerBound(this.free.length, (i) => this.free[i].end <= offset);
  }

  /** The first mention (text order) starting at or after `from` and ending at or before `to`. */
  firstWithin(from: number, to: number): ActorMention | undefined {
    return this.within(from, to, 1)[0];
  }

  /** Every mention inside `[from, to)`, in text order; only the first `limit` of them when given. */
  within(from: number, to: number, limit = Infinity): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = lowerBound(this.sorted.length, (k) => this.sorted[k].start < from); out.length < limit && i < this.sorted.length && this.sorted[i].start < to; i++) {
      if (this.sorted[i].end <= to) out.push(this.sorted[i]);
    }
    return out;
  }
}
