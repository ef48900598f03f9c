import { AnalysisStep } from "../cli/step";
import { distinctiveTermsChart, frequencyVsZChart, loadedTermsChart } from "./charts";
import { loadedTerms } from "./contrast";
import { distinctiveTerms, topDistinctive } from "./distinctive";
import { positionEmphasis } from "./position";

const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);

/** The word-emphasis section: distinctive terms, loaded word choices, headline and lead emphasis. */
export const emphasisStep: AnalysisStep = {
  id: "emphasis",
  title: "Word emphasis",
  run(corpus) {
    const terms = distinctiveTerms(corpus.articles);
    const top = topDistinctive(terms, 10);
    const loaded = loadedTerms(corpus.articles);
    const position = positionEmphasis(corpus.articles).filter((p) => p.top >= 1).sort((a, b) => a.outlet.localeCompare(b.outlet) || b.top - a.top);
    const sig = terms.filter((t) => Math.abs(t.z) >= 1.96);
    return {
      intro:
        "<p>Distinctive terms compare each outlet with the other four by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), with Log Ratio (effect size) and Dunning's G2 beside it; terms are lemmas of content words and two-word phrases. " +
        `Only ${sig.length} of ${terms.length} outlet-term pairs reach |z| ≥ 1.96: with five short articles most differences are leanings, and the charts grey them out. Loaded word choices count alternative words for the same thing (invasion or incursion, Kyiv or Kiev).</p>`,
      tables: [
        { name: "emphasis", title: "Every term per outlet: count, rate, log-odds delta and z, log ratio, G2, TF-IDF", columns: ["outlet", "term", "count", "rate", "delta", "z", "log_ratio", "g2", "n", "otherCount", "variance", "tfidf"], rows: terms.slice().sort((a, b) => a.outlet.localeCompare(b.outlet) || b.z - a.z).map((t) => ({ ...t, rate: r3(t.rate), delta: r3(t.delta), z: r3(t.z), log_ratio: r3(t.log_ratio), g2: r3(t.g2), variance: r3(t.variance), tfidf: r3(t.tfidf) })) },
        { name: "emphasis-loaded", title: "Loaded word choices per outlet", columns: ["set", "term", "outlet", "count", "per1000", "examples"], rows: loaded.map((l) => ({ ...l, per1000: r3(l.per1000), examples: l.examples.map((e) => `…${e.left}[${e.match}]${e.right}…`).join(" | ") })) },
        { name: "emphasis-position", title: "Terms and actors in the headline and lead vs the rest", columns: ["outlet", "kind", "item", "top", "rest", "topShare", "restShare", "lift"], rows: position.map((p) => ({ ...p, topShare: r3(p.topShare), restShare: r3(p.restShare), lift: Number.isFinite(p.lift) ? r3(p.lift) : "only up front" })) },
      ],
      figures: [
        { name: "emphasis-distinctive", title: "Distinctive terms per outlet", caption: "Each outlet's ten most over- and under-used terms by z; only coloured bars clear |z| ≥ 1.96.", figure: distinctiveTermsChart(top) },
        { name: "emphasis-frequency-z", title: "Frequency vs z", caption: "Every term per outlet: how often it occurs against how distinctive it is.", figure: frequencyVsZChart(terms) },
        { name: "emphasis-loaded", title: "Loaded word choices", caption: "Counts of alternative words for the same thing, per outlet; hover for the rate per 1,000 words.", figure: loadedTermsChart(loaded) },
      ],
      summary: [`${terms.length} outlet-term pairs scored; ${sig.length} with |z| >= 1.96 (${sig.map((s) => `${s.outlet}: ${s.term}`).join(", ")})`],
    };
  },
};
