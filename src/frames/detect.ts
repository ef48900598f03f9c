import { articleSentences } from "../corpus/parse";
import { ParsedArticle, Token } from "../corpus/types";
import { wilsonInterval } from "../stats/proportion";
import { DEFAULT_FRAME_LEXICON, FRAMES, Frame, FrameLexicon } from "./lexicon";

/** One sentence carrying one frame, with the indicators that fired. */
export type FrameEvidence = { outlet: string; articleId: string; sentence: number; frame: Frame; indicators: string[]; start: number; end: number; text: string };

/** A phrase indicator of one definition: its words ("-" stands alone) and the indicator it reports. */
type CompiledPhrase = { definition: number; parts: string[]; label: string };

/**
 * A lexicon ready for matching, indexed by word, so that a token costs one or two map look-ups however
 * many definitions and indicators there are, rather than a test of every definition's words and phrases.
 */
type CompiledLexicon = {
  frames: Frame[];
  /** Definitions (indices, ascending) with the word among their one-word indicators. */
  wordDefinitions: Map<string, number[]>;
  /** Each definition's phrases, in the order it lists them. */
  phrases: CompiledPhrase[][];
  /** Phrases by their first word. */
  phrasesByFirst: Map<string, CompiledPhrase[]>;
  /** Phrases of no words (an indicator of only white space), which match every sentence. */
  emptyPhrases: CompiledPhrase[];
};

/**
 * Validates a lexicon (every frame one of FRAMES), splits its indicators into words and phrases, and
 * indexes them.
 */
function compile(lexicon: FrameLexicon): CompiledLexicon {
  for (const d of lexicon) if (!(FRAMES as readonly string[]).includes(d.frame)) throw new Error(`unknown frame "${d.frame}"; expected one of ${FRAMES.join(", ")}`);
  const compiled: CompiledLexicon = { frames: lexicon.map((d) => d.frame), wordDefinitions: new Map(), phrases: [], phrasesByFirst: new Map(), emptyPhrases: [] };
  lexicon.forEach((d, definition) => {
    const phrases: CompiledPhrase[] = [];
    for (const indicator of d.indicators) {
      if (!/[\s-]/.test(indicator)) {
        const list = compiled.wordDefinitions.get(indicator) ?? [];
        if (list[list.length - 1] !== definition) list.push(definition);
        compiled.wordDefinitions.set(indicator, list);
        continue;
      }
      const parts = indicator.split(/\s+|(-)/).filter(Boolean);
      const phrase = { definition, parts, label: parts.join(" ").replace(/ - /g, "-") };
      phrases.push(phrase);
      if (parts.length === 0) compiled.emptyPhrases.push(phrase);
      else compiled.phrasesByFirst.set(parts[0], [...(compiled.phrasesByFirst.get(parts[0]) ?? []), phrase]);
    }
    compiled.phrases.push(phrases);
  });
  return compiled;
}

/** What a lexicon holds that compiling reads, in one flat list: each frame, its indicator count, its indicators. */
function contentOf(lexicon: FrameLexicon): Array<string | number> {
  const content: Array<string | number> = [];
  for (const d of lexicon) {
    content.push(d.frame, d.indicators.length);
    for (const indicator of d.indicators) content.push(indicator);
  }
  return content;
}

function sameContent(lexicon: FrameLexicon, content: readonly (string | number)[]): boolean {
  let k = 0;
  for (const d of lexicon) {
    if (content[k++] !== d.frame || content[k++] !== d.indicators.length) return false;
    for (const indicator of d.indicators) if (content[k++] !== indicator) return false;
  }
  return k === content.length;
}

/** Each lexicon compiled so far, with what it held then. */
const compiledLexicons = new WeakMap<FrameLexicon, { content: Array<string | number>; compiled: CompiledLexicon }>();

/**
 * The compiled lexicon, compiled again only when the lexicon's frames or indicators changed since (a
 * lexicon is a plain, editable object). Compiling once per article took a third of frame detection;
 * comparing what it holds costs a small fraction of that.
 */
function compiledLexicon(lexicon: FrameLexicon): CompiledLexicon {
  const known = compiledLexicons.get(lexicon);
  if (known && sameContent(lexicon, known.content)) return known.compiled;
  const compiled = compile(lexicon);
  compiledLexicons.set(lexicon, { content: contentOf(lexicon), compiled });
  return compiled;
}

/** Adds to `found` the phrases starting with `first` whose words follow from token `i` on (before `end`). */
function findPhrases(lex: CompiledLexicon, tokens: readonly Token[], i: number, end: number, first: string, found: Set<CompiledPhrase>): void {
  const candidates = lex.phrasesByFirst.get(first);
  if (!candidates) return;
  for (const p of candidates) {
    if (i + p.parts.length > end) continue;
    let k = 1;
    while (k < p.parts.length && (tokens[i + k].lemma === p.parts[k] || tokens[i + k].norm === p.parts[k])) k++;
    if (k === p.parts.length) found.add(p);
  }
}

function addHit(hits: Array<Set<string> | undefined>, definition: number, indicator: string): void {
  (hits[definition] ??= new Set()).add(indicator);
}

/**
 * The frame evidence of one article. Per sentence, each definition's indicators come in the order the
 * definitions were always searched: its words in token order, then its phrases in the order it lists them.
 */
function evidenceOf(a: ParsedArticle, lex: CompiledLexicon): FrameEvidence[] {
  const out: FrameEvidence[] = [];
  const { tokens } = a;
  for (const s of articleSentences(a)) {
    const hits: Array<Set<string> | undefined> = []; // per definition, the indicators found
    const phrasesFound = new Set(lex.emptyPhrases);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const { lemma, norm } = tokens[i];
      // A token gives a definition its lemma when that is an indicator, else its lower-cased form.
      const byLemma = lex.wordDefinitions.get(lemma);
      if (byLemma) for (const d of byLemma) addHit(hits, d, lemma);
      findPhrases(lex, tokens, i, s.tokenEnd, lemma, phrasesFound);
      if (norm !== lemma) {
        const byNorm = lex.wordDefinitions.get(norm);
        if (byNorm) for (const d of byNorm) if (!byLemma?.includes(d)) addHit(hits, d, norm);
        findPhrases(lex, tokens, i, s.tokenEnd, norm, phrasesFound);
      }
    }
    if (phrasesFound.size) for (const phrases of lex.phrases) for (const p of phrases) if (phrasesFound.has(p)) addHit(hits, p.definition, p.label);
    for (let d = 0; d < hits.length; d++) {
      const found = hits[d];
      if (found) out.push({ outlet: a.outlet, articleId: a.id, sentence: s.index, frame: lex.frames[d], indicators: Array.from(found), start: s.start, end: s.end, text: s.text });
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
  const lex = compiledLexicon(lexicon);
  return articles.flatMap((a) => evidenceOf(a, lex));
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
  return { articleId: article.id, outlet: article.outlet, sentences: articleSentences(article).length, evidence: evidenceOf(article, compiledLexicon(lexicon)) };
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
