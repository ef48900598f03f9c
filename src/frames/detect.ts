import { articleSentences } from "../corpus/parse";
import { ParsedArticle } from "../corpus/types";
import { wilsonInterval } from "../stats/proportion";
import { DEFAULT_FRAME_LEXICON, FRAMES, Frame, FrameLexicon } from "./lexicon";

/** One sentence carrying one frame, with the indicators that fired. */
export type FrameEvidence = { outlet: string; articleId: string; sentence: number; frame: Frame; indicators: string[]; start: number; end: number; text: string };

type CompiledFrame = { frame: Frame; words: Set<string>; phrases: string[][] };

/**
 * Validates a lexicon (every frame one of FRAMES) and splits its indicators into words and phrases. Not
 * cached: a lexicon is a plain, editable object, and compiling it costs little next to one article.
 */
function compile(lexicon: FrameLexicon): CompiledFrame[] {
  for (const d of lexicon) if (!(FRAMES as readonly string[]).includes(d.frame)) throw new Error(`unknown frame "${d.frame}"; expected one of ${FRAMES.join(", ")}`);
  return lexicon.map((d) => ({ frame: d.frame, words: new Set(d.indicators.filter((i) => !/[\s-]/.test(i))), phrases: d.indicators.filter((i) => /[\s-]/.test(i)).map((p) => p.split(/\s+|(-)/).filter(Boolean)) }));
}

function evidenceOf(a: ParsedArticle, defs: readonly CompiledFrame[]): FrameEvidence[] {
  const out: FrameEvidence[] = [];
  for (const s of articleSentences(a)) {
    const toks = a.tokens.slice(s.tokenStart, s.tokenEnd);
    const forms = toks.map((t) => [t.lemma, t.norm]);
    for (const d of defs) {
      const hits = new Set<string>();
      forms.forEach(([lemma, norm]) => {
        if (d.words.has(lemma)) hits.add(lemma);
        else if (d.words.has(norm)) hits.add(norm);
      });
      for (const p of d.phrases)
        for (let i = 0; i + p.length <= forms.length; i++)
          if (p.every((w, k) => forms[i + k][0] === w || forms[i + k][1] === w)) hits.add(p.join(" ").replace(/ - /g, "-"));
      if (hits.size) out.push({ outlet: a.outlet, articleId: a.id, sentence: s.index, frame: d.frame, indicators: Array.from(hits), start: s.start, end: s.end, text: s.text });
    }
  }
  return out;
}

/**
 * Finds frame indicators in each sentence (captions left out): a token's lemma or lower-cased form equal
 * to a one-word indicator, or a run of tokens equal to a phrase indicator ("red line", "loved one").
 * Returns one record per sentence and frame it carries. Empty input gives []. The same records as the
 * `evidence` of each article's framesPart, in article order.
 */
export function detectFrames(articles: readonly ParsedArticle[], lexicon: FrameLexicon = DEFAULT_FRAME_LEXICON): FrameEvidence[] {
  const defs = compile(lexicon);
  return articles.flatMap((a) => evidenceOf(a, defs));
}

/**
 * Everything frames need from one article, as a compact record (structured-clone and JSON safe): the
 * number of sentences frame shares divide by (headline, subheading and body) and the frame evidence.
 */
export type FramesPart = { articleId: string; outlet: string; sentences: number; evidence: FrameEvidence[] };

/**
 * The per-article part of frames (the map step). An empty article gives 0 sentences and no evidence.
 * `lexicon` defaults to DEFAULT_FRAME_LEXICON; an unknown frame in it throws.
 */
export function framesPart(article: ParsedArticle, lexicon: FrameLexicon = DEFAULT_FRAME_LEXICON): FramesPart {
  return { articleId: article.id, outlet: article.outlet, sentences: articleSentences(article).length, evidence: evidenceOf(article, compile(lexicon)) };
}

/** Share of an outlet's sentences carrying a frame, with a 95% Wilson interval and n. */
export type FrameShare = { outlet: string; frame: Frame; sentences: number; n: number; share: number; low: number; high: number; topIndicators: string };

/** Frame shares per outlet for every frame (zero rows included, so absences show). */
export function frameShares(articles: readonly ParsedArticle[], evidence: readonly FrameEvidence[]): FrameShare[] {
  const n = new Map<string, number>();
  for (const a of articles) n.set(a.outlet, (n.get(a.outlet) ?? 0) + articleSentences(a).length);
  return shareRows(n, evidence);
}

/**
 * frameShares from per-article parts (the merge): sentence counts and evidence are summed per outlet, so
 * counts, shares and intervals do not depend on the order of `parts`. Outlets come in order of first
 * appearance, and indicators tied in count within `topIndicators` in the order the parts give them. No
 * parts gives [].
 */
export function frameSharesFromParts(parts: ReadonlyArray<Pick<FramesPart, "outlet" | "sentences"> & { evidence: readonly ShareEvidence[] }>): FrameShare[] {
  const n = new Map<string, number>();
  for (const p of parts) n.set(p.outlet, (n.get(p.outlet) ?? 0) + p.sentences);
  return shareRows(n, parts.flatMap((p) => p.evidence));
}

/** What frame shares need of a detection: outlet, frame and the indicator words (not the sentence). */
export type ShareEvidence = Pick<FrameEvidence, "outlet" | "frame" | "indicators">;

/** The rows for outlets with `n` sentences each (in the map's order), from the evidence of those outlets. */
function shareRows(n: ReadonlyMap<string, number>, evidence: readonly ShareEvidence[]): FrameShare[] {
  // Evidence grouped by outlet and frame once, in its order.
  const grouped = new Map<string, Map<string, ShareEvidence[]>>();
  for (const e of evidence) {
    let byFrame = grouped.get(e.outlet);
    if (!byFrame) grouped.set(e.outlet, (byFrame = new Map()));
    const list = byFrame.get(e.frame);
    if (list) list.push(e);
    else byFrame.set(e.frame, [e]);
  }
  const out: FrameShare[] = [];
  for (const [outlet, total] of n)
    for (const frame of FRAMES) {
      const ev = grouped.get(outlet)?.get(frame) ?? [];
      const ci = wilsonInterval(ev.length, total);
      const counts = new Map<string, number>();
      for (const e of ev) for (const i of e.indicators) counts.set(i, (counts.get(i) ?? 0) + 1);
      out.push({ outlet, frame, sentences: ev.length, n: total, share: ci.p, low: ci.low, high: ci.high, topIndicators: Array.from(counts).sort((x, y) => y[1] - x[1]).slice(0, 6).map(([w, c]) => `${w}×${c}`).join(", ") });
    }
  return out;
}
