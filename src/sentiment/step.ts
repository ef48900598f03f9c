import { defaultActorRegistry, registryLabel } from "../actors/registry";
import { AnalysisStep } from "../cli/step";
import { SentimentEvidence, sentimentFigures } from "../comparison/sentiment-figures";
import { escapeHtml } from "../render/escape";
import { StringPool } from "../pipeline/string-pool";
import { spooledTable } from "../tables/spool";
import { ContributionMerger, ExtremeSentences, SentenceScore, lexiconOrdering, outletSentiment, slimScore, toneTowardSides } from "./aggregate";
import { narrationVsQuotesChart, outletMeansChart, sentimentArcChart, sideToneHeatmap, topWordsChart } from "./charts";
import { SentenceSentiment, meansFromSums } from "./sentences";

/** The arc chart draws the sentences of at most this many articles per outlet (all are in sentences.csv). */
export const ARC_ARTICLES = 12;
/** ... and at most this many sentences per outlet (a very long article is drawn up to the limit). */
export const ARC_SENTENCES = 600;

const round = (x: number, d = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

/** The sentiment section: per-outlet tone with intervals, narration vs quotes, sides, arc, words, VADER check. */
export const sentimentStep: AnalysisStep = {
  id: "sentiment",
  title: "Sentiment",
  begin(shared) {
    // Per sentence the aggregates need numbers only: text and evidence go to the spooled sentences table,
    // contributions are summed per outlet, and just the extremes and the arc's sentences keep their text.
    const scores: SentenceScore[] = [];
    // One copy of each outlet's name for every kept score (see slimScore).
    const pool = shared?.strings ?? new StringPool();
    const plain: Array<readonly [string, { sum: number; n: number }]> = [];
    const contributions = new ContributionMerger();
    const extremesSoFar = new ExtremeSentences<SentenceSentiment>(3);
    const arc: SentenceSentiment[] = [];
    const arcArticles = new Map<string, number>();
    const arcSentences = new Map<string, number>();
    const evidence = new SentimentEvidence();
    const table = spooledTable("sentences", "Every scored sentence", ["outlet", "articleId", "index", "voice", "role", "lead", "score", "comparative", "compound", "vader", "sides", "text", "start", "end", "contributors"]);
    table.readerColumns = ["outlet", "articleId", "voice", "role", "score", "compound", "vader", "text", "sides", "contributors"];
    return {
      add(r) {
        plain.push([r.outlet, r.plain]);
        contributions.add(r.sentences);
        extremesSoFar.add(r.sentences);
        evidence.add(r.sentences);
        const shown = arcArticles.get(r.outlet) ?? 0;
        const room = ARC_SENTENCES - (arcSentences.get(r.outlet) ?? 0);
        if (shown < ARC_ARTICLES && room > 0 && r.sentences.length) {
          const drawn = r.sentences.slice(0, room);
          arcArticles.set(r.outlet, shown + 1);
          arcSentences.set(r.outlet, ARC_SENTENCES - room + drawn.length);
          arc.push(...drawn);
        }
        const outlet = pool.get(r.outlet);
        for (const s of r.sentences) {
          scores.push(slimScore(s, r.id, outlet));
          table.add({ ...s, comparative: round(s.comparative), compound: round(s.compound), sides: s.sides.join(" "), contributors: s.contributors.map((w) => `${w.word}${w.negated ? "(neg)" : ""}:${round(w.value, 2)}`).join(" ") });
        }
      },
      finish(corpus) {
        const registry = corpus.registry ?? defaultActorRegistry();
        const outlets = outletSentiment(scores);
        const ordering = lexiconOrdering(outlets, meansFromSums(plain));
        const sides = toneTowardSides(scores);
        const words = contributions.top(10);
        const extremes = extremesSoFar.result().map(({ outlet, score, voice, text }) => ({ outlet, score, voice, text }));
        const arcCut = table.spool.length > arc.length;
        const outletCols = Object.keys(outlets[0] ?? { outlet: "" });
        const overlapping = outlets.filter((a) => outlets.some((b) => b !== a && b.low <= a.high && a.low <= b.high)).length;
        return {
          intro:
            `<p>Each sentence (captions left out) is scored with AFINN-165 through framelens' improved strategy (curly quotes, negation scope, lemmas, multi-word entries, reviewed domain adjustments); the outlet figure is the mean over its sentences with a 95% bootstrap interval. ` +
            `A lexicon sees words, not meaning: irony, the stakes of a threat, or a quoted insult count like any other word. With ${scores.length} sentences across ${outlets.length} outlets, ` +
            `${overlapping} of ${outlets.length} outlets have intervals overlapping another's: where intervals overlap, do not rank. VADER's compound score is computed on the same sentences as a check: the two lexicons' outlet orderings correlate at Spearman ${escapeHtml(round(ordering.spearman, 2).toString())}.</p>`,
          tables: [
            { name: "sentiment", title: "Sentiment per outlet (means with 95% bootstrap intervals)", columns: outletCols, rows: outlets.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? round(v) : v]))) },
            table,
            { name: "sentiment-sides", title: "Tone toward each side (sentences naming its actors)", columns: ["outlet", "side", "n", "mean", "low", "high"], rows: sides.map((s) => ({ ...s, mean: round(s.mean), low: round(s.low), high: round(s.high) })) },
            { name: "sentiment-lexicons", title: "Does the outlet ordering survive a change of lexicon?", columns: ["outlet", "afinnMean", "afinnRank", "vaderMean", "vaderRank", "plainMean", "plainRank"], rows: ordering.rows.map((r) => ({ ...r, afinnMean: round(r.afinnMean), vaderMean: round(r.vaderMean), plainMean: round(r.plainMean) })) },
            { name: "sentiment-words", title: "Words that moved each outlet's score most", columns: ["outlet", "word", "total", "count"], rows: words.map((w) => ({ ...w, total: round(w.total, 3) })) },
            { name: "sentiment-extremes", title: "Most negative and most positive sentences per outlet", columns: ["outlet", "score", "voice", "text"], rows: extremes },
          ],
          figures: [
            { name: "sentiment-outlets", title: "Sentence tone per outlet", caption: "Mean sentence score per outlet with 95% bootstrap intervals and the number of sentences. Overlapping intervals: no ranking.", figure: outletMeansChart(outlets, { outlets: corpus.outlets }) },
            { name: "sentiment-narration-quotes", title: "Narration vs quoted voices", caption: "The outlet's own sentences against the sentences that are mostly quotation, with intervals and n.", figure: narrationVsQuotesChart(outlets, { outlets: corpus.outlets }) },
            { name: "sentiment-sides", title: "Tone toward each side", caption: `Mean score of the sentences that name each side's actors (registry: ${registryLabel(corpus.registryFile)}). Small n says little.`, figure: sideToneHeatmap(sides, registry.sides, { outlets: corpus.outlets }) },
            { name: "sentiment-arc", title: "Sentence tone along each article", caption: `Each dot a sentence, in order; star = headline, diamond = lead paragraph; hollow = mostly quoted.${arcCut ? ` Drawn: the first ${ARC_ARTICLES} articles of each outlet, at most ${ARC_SENTENCES} sentences per outlet (${arc.length} of ${scores.length} sentences); every sentence is in sentences.csv.` : ""}`, figure: sentimentArcChart(arc, { outlets: corpus.outlets }) },
            { name: "sentiment-words", title: "Top contributing words", caption: "The lexicon words whose summed contributions moved each outlet's score most; every outlet on one scale; hover for ×n, the occurrences.", figure: topWordsChart(words, { outlets: corpus.outlets }) },
          ],
          headlines: sentimentFigures(outlets, sides, evidence, registry.sides),
          summary: [
            outlets.map((o) => `${o.outlet} ${o.mean.toFixed(2)} [${o.low.toFixed(2)}, ${o.high.toFixed(2)}] n=${o.sentences}`).join("; "),
            `AFINN vs VADER outlet ordering: Spearman ${round(ordering.spearman, 2)}; quoted voice from the extracted quote spans`,
          ],
        };
      },
    };
  },
};
