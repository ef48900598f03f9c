import { Side, UNKNOWN_SIDE } from "../actors/types";
import { ParsedArticle } from "../corpus/types";
import { CueStance, cueStance } from "./cues";
import { StringPool } from "../pipeline/string-pool";
import { QuoteRecord, QuoteVoice } from "./types";

/**
 * Word count of a quote's text: runs of letters or digits, an apostrophe or hyphen between two such runs
 * keeping them one word ("don't", "break-through"); what the regular expression
 * `[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*` (flags gu) matches, counted in one pass without making
 * the matches (the share-of-voice folds count every quote several times).
 */
export function quoteWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (isWordPoint(cp)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (cp === 39 || cp === 0x2019 || cp === 45)) {
      // A joiner keeps the word going only when a letter or digit follows it.
      inWord = i + 1 < text.length && isWordPoint(text.codePointAt(i + 1)!);
    } else inWord = false;
    i += size;
  }
  return n;
}

const ASCII_WORD_POINT = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const WORD_POINT = /^[\p{L}\p{N}]$/u;

function isWordPoint(cp: number): boolean {
  return cp < 128 ? ASCII_WORD_POINT[cp] === 1 : WORD_POINT.test(String.fromCodePoint(cp));
}

/** Per outlet and side: how many quotes and quoted words, and each side's share of the outlet's voice. */
export type SideVoice = {
  outlet: string;
  side: Side;
  quotes: number;
  words: number;
  /** Share of the outlet's quoted words (0..1). */
  shareOfVoice: number;
  direct: number;
  partial: number;
  indirect: number;
  /** Quotes in the speaker's own words (direct or partial) over all quotes of the side. */
  directShare: number;
  speakers: string;
};

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k) ?? [];
    list.push(x);
    m.set(k, list);
  }
  return m;
}

/**
 * Share of voice per outlet and side, by quoted words (quotes of every kind; an indirect quote's words
 * are the reporter's paraphrase of the speaker). Sides with no quote are left out; empty input gives [].
 */
export function voicesBySide(quotes: readonly QuoteVoice[]): SideVoice[] {
  const out: SideVoice[] = [];
  for (const [outlet, list] of groupBy(quotes, (q) => q.outlet)) {
    const total = list.reduce((s, q) => s + quoteWords(q.text), 0);
    for (const [side, qs] of groupBy(list, (q) => q.side)) {
      const words = qs.reduce((s, q) => s + quoteWords(q.text), 0);
      const count = (k: string) => qs.filter((q) => q.kind === k).length;
      out.push({
        outlet, side: side as Side, quotes: qs.length, words, shareOfVoice: total ? words / total : 0,
        direct: count("direct"), partial: count("partial"), indirect: count("indirect"),
        directShare: (count("direct") + count("partial")) / qs.length,
        speakers: Array.from(new Set(qs.map((q) => q.speaker ?? "?"))).join("; "),
      });
    }
  }
  return out;
}

/** Quoted words per speaker and outlet. */
export type SpeakerVoice = { outlet: string; speaker: string; side: Side; quotes: number; words: number };

export function voicesBySpeaker(quotes: readonly QuoteVoice[]): SpeakerVoice[] {
  return Array.from(groupBy(quotes, (q) => `${q.outlet}\u0000${q.speaker ?? "(unattributed)"}`).values()).map((qs) => ({
    outlet: qs[0].outlet, speaker: qs[0].speaker ?? "(unattributed)", side: qs[0].side, quotes: qs.length, words: qs.reduce((s, q) => s + quoteWords(q.text), 0),
  }));
}

/**
 * A quote's QuoteVoice as a new object of just those fields, its short strings (outlet, article, kind,
 * cue, speaker, side) taken from `pool` so that the quotes a fold keeps share one copy of each.
 */
export function quoteVoice(q: QuoteRecord, pool: StringPool): QuoteVoice {
  return { articleId: pool.get(q.articleId), outlet: pool.get(q.outlet), kind: pool.get(q.kind), text: q.text, start: q.start, sentence: q.sentence, cue: pool.get(q.cue), speaker: pool.get(q.speaker), side: pool.get(q.side) };
}

/** Who is quoted first and last in each article, and who in its headline and lead paragraph. */
export type QuotePositions = {
  articleId: string;
  outlet: string;
  firstSpeaker: string;
  firstSide: Side | "";
  lastSpeaker: string;
  lastSide: Side | "";
  headline: string;
  lead: string;
};

export function quotePositions(articles: readonly ParsedArticle[], quotes: readonly QuoteRecord[]): QuotePositions[] {
  return articles.map((a) => {
    const qs = quotes.filter((q) => q.articleId === a.id && q.speaker).sort((x, y) => x.start - y.start);
    const first = qs[0];
    const last = qs[qs.length - 1];
    const lead = a.paragraphs.find((p) => p.role === "body");
    const names = (pred: (q: QuoteRecord) => boolean) => Array.from(new Set(qs.filter(pred).map((q) => `${q.speaker} (${q.side})`))).join("; ");
    return {
      articleId: a.id, outlet: a.outlet,
      firstSpeaker: first?.speaker ?? "", firstSide: first?.side ?? "", lastSpeaker: last?.speaker ?? "", lastSide: last?.side ?? "",
      headline: a.headline ? names((q) => q.start >= a.headline!.start && q.start < a.headline!.end) : "",
      lead: lead ? names((q) => q.start >= lead.start && q.start < lead.end) : "",
    };
  });
}

/** How often each side is introduced by verbs of each stance, per outlet, with the verbs used. */
export type CueUse = { outlet: string; side: Side; stance: CueStance | "none"; count: number; cues: string };

export function cueStances(quotes: readonly QuoteVoice[]): CueUse[] {
  return Array.from(groupBy(quotes, (q) => `${q.outlet}\u0000${q.side}\u0000${q.cue ? cueStance(q.cue) ?? "none" : "none"}`).values()).map((qs) => {
    const counts = new Map<string, number>();
    for (const q of qs) counts.set(q.cue ?? "(colon)", (counts.get(q.cue ?? "(colon)") ?? 0) + 1);
    return {
      outlet: qs[0].outlet, side: qs[0].side, stance: qs[0].cue ? cueStance(qs[0].cue) ?? "none" : "none", count: qs.length,
      cues: Array.from(counts, ([c, n]) => `${c}×${n}`).join(", "),
    };
  });
}

/** Speakers the registry could not resolve, so a user can add them to the registry. */
export function unresolvedSpeakers(quotes: readonly QuoteVoice[]): Array<{ outlet: string; speaker: string; quotes: number; example: string }> {
  return Array.from(groupBy(quotes.filter((q) => q.side === UNKNOWN_SIDE), (q) => `${q.outlet}\u0000${q.speaker ?? ""}`).values()).map((qs) => ({
    outlet: qs[0].outlet, speaker: qs[0].speaker ?? "(none)", quotes: qs.length, example: qs[0].text.slice(0, 120),
  }));
}

/**
 * Who speaks first, in one summary line: each article's first speaker when every outlet has one article
 * (the seeds), else per outlet the side that most often speaks first and in how many of its articles.
 */
export function firstWordSummary(positions: ReadonlyArray<{ outlet: string; firstSpeaker: string; firstSide: string }>): string {
  const outlets = Array.from(new Set(positions.map((p) => p.outlet)));
  if (outlets.length === positions.length) return positions.map((p) => `${p.outlet} first: ${p.firstSpeaker || "-"}`).join("; ");
  return outlets
    .map((o) => {
      const mine = positions.filter((p) => p.outlet === o && p.firstSpeaker);
      const bySide = new Map<string, number>();
      for (const p of mine) bySide.set(p.firstSide, (bySide.get(p.firstSide) ?? 0) + 1);
      const top = Array.from(bySide).sort((a, b) => b[1] - a[1])[0];
      const of = positions.filter((p) => p.outlet === o).length;
      return top ? `${o} first word most often ${top[0]} (${top[1]} of ${of} articles)` : `${o}: no quotes`;
    })
    .join("; ");
}
