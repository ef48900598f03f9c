import { AnalysisStep } from "../cli/step";
import { emphasisFigures } from "../comparison/emphasis-figures";
import { escapeHtml } from "../render/escape";
import { FREQUENCY_Z_POINTS, distinctiveTermsChart, frequencyVsZChart, loadedTermsChart, positionEmphasisChart } from "./charts";
import { backgroundCoverageFromParts } from "./background";
import { loadedTermsFromParts } from "./contrast";
import { TermEmphasis, distinctiveTermsFromCounts, topDistinctive } from "./distinctive";
import { firstSorted, groupBy, sortedByKeyDesc } from "./select";
import { spooledTable } from "../tables/spool";
import { DENSE_SLOTS, EmphasisMerger } from "./part";
import { positionEmphasisFromParts } from "./position";

const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);

/**
 * `rows.slice().sort((a, b) => a.outlet.localeCompare(b.outlet) || key(b) - key(a))` with one
 * localeCompare per outlet rather than per pair of rows and no comparisons of rows: outlets sorted, then
 * each outlet's rows (in their order) by key, highest first. Outlets that localeCompare as equal are
 * sorted together. A NaN key would make the comparison inconsistent: then everything is sorted as written
 * above.
 */
function byOutletThen<T extends { outlet: string }>(rows: readonly T[], key: (row: T) => number): T[] {
  if (rows.some((r) => key(r) !== key(r))) return rows.slice().sort((a, b) => a.outlet.localeCompare(b.outlet) || key(b) - key(a));
  const groups = groupBy(rows, (r) => r.outlet);
  const outlets = Array.from(groups.keys()).sort((a, b) => a.localeCompare(b));
  const out: T[] = [];
  for (let i = 0; i < outlets.length; ) {
    let j = i + 1;
    while (j < outlets.length && outlets[i].localeCompare(outlets[j]) === 0) j++;
    const together = new Set(outlets.slice(i, j));
    for (const r of sortedByKeyDesc(j === i + 1 ? groups.get(outlets[i])! : rows.filter((r) => together.has(r.outlet)), key)) out.push(r);
    i = j;
  }
  return out;
}

/**
 * The word-emphasis section: distinctive terms, loaded word choices, headline and lead emphasis. With
 * `background` (term -> count, e.g. from loadFrequencyList; `backgroundName` names it in the report), the
 * log-odds prior comes from it rather than from the pooled corpus.
 */
export function makeEmphasisStep(options: { background?: ReadonlyMap<string, number>; backgroundName?: string } = {}): AnalysisStep {
  const { background, backgroundName = "a background frequency list" } = options;
  return {
    id: "emphasis",
    title: "Word emphasis",
    begin(shared) {
      const merger = new EmphasisMerger(DENSE_SLOTS, shared?.terms);
      return {
        add: (r) => merger.add(r.emphasis),
        finish(corpus) {
          // The merged parts without their term counts: only the background's coverage reads those.
          const parts = merger.partsWithout();
          // distinctiveTermsFromParts(merger.parts()), from the merger's counts as they are.
          const terms = distinctiveTermsFromCounts(merger.termCounts(), { background });
          const top = topDistinctive(terms, 10);
          // One row per outlet and term (every term of the corpus for every outlet): spooled, not held as objects.
          const table = spooledTable("emphasis", "Every term per outlet: count, rate, log-odds delta and z, log ratio, G2, TF-IDF", ["outlet", "term", "count", "rate", "delta", "z", "log_ratio", "g2", "n", "otherCount", "variance", "tfidf"]);
          table.readerColumns = ["outlet", "term", "count", "rate", "delta", "z", "log_ratio", "g2", "tfidf"];
          // The keys of { ...t, rate: r3(t.rate), ... }, in its order.
          for (const t of byOutletThen(terms, (t) => t.z)) {
            table.add({ outlet: t.outlet, term: t.term, n: t.n, count: t.count, rate: r3(t.rate), otherCount: t.otherCount, delta: r3(t.delta), variance: r3(t.variance), z: r3(t.z), log_ratio: r3(t.log_ratio), g2: r3(t.g2), tfidf: r3(t.tfidf) });
          }
          const loaded = loadedTermsFromParts(parts);
          const allPosition = positionEmphasisFromParts(parts);
          const position = byOutletThen(allPosition.filter((p) => p.top >= 1), (p) => p.top);
          const sig: TermEmphasis[] = [];
          const perOutlet = new Map<string, number>();
          for (const t of terms) {
            if (Math.abs(t.z) >= 1.96) sig.push(t);
            if (t.count > 0) perOutlet.set(t.outlet, (perOutlet.get(t.outlet) ?? 0) + 1);
          }
          const cutTerms = Array.from(perOutlet.values()).some((n) => n > FREQUENCY_Z_POINTS);
          const coverage = background ? backgroundCoverageFromParts(merger.parts(), background) : 1;
          const coverageNote = background ? `The background lists the words of ${(100 * coverage).toFixed(0)}% of the corpus's word occurrences${coverage < 0.5 ? "; that is too few: the prior piles onto the listed words and inflates their z-scores, so prefer the pooled prior or a fuller list" : ""}. ` : "";
          return {
            intro:
              `<p>Distinctive terms compare each outlet with all the others by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008; prior: ${background ? escapeHtml(backgroundName) : "the pooled corpus"}), with Log Ratio (effect size) and Dunning's G2 beside it; terms are lemmas of content words and two-word phrases. ` +
              coverageNote +
              `${sig.length} of ${terms.length} outlet-term pairs reach |z| ≥ 1.96${sig.length * 4 < terms.length ? ": with few or short articles most differences are leanings" : ""}, and the charts grey out the rest. Loaded word choices count alternative words for the same thing (invasion or incursion, Kyiv or Kiev).</p>`,
            tables: [
              table,
              { name: "emphasis-loaded", title: "Loaded word choices per outlet", columns: ["set", "term", "outlet", "count", "setTotal", "shareOfSet", "per1000", "examples"], readerGroupBy: "set", rows: loaded.map((l) => ({ ...l, per1000: r3(l.per1000), shareOfSet: r3(l.shareOfSet), examples: l.examples.map((e) => `…${e.left}[${e.match}]${e.right}…`).join(" | ") })) },
              { name: "emphasis-position", title: "Terms and actors in the headline and lead vs the rest", columns: ["outlet", "kind", "item", "top", "rest", "topShare", "restShare", "lift"], rows: position.map((p) => ({ ...p, topShare: r3(p.topShare), restShare: r3(p.restShare), lift: Number.isFinite(p.lift) ? r3(p.lift) : "only up front" })) },
            ],
            figures: [
              { name: "emphasis-distinctive", title: "Distinctive terms per outlet", caption: "Each outlet's ten most over- and under-used terms by z; only coloured bars clear |z| ≥ 1.96.", figure: distinctiveTermsChart(top, { outlets: corpus.outlets }) },
              { name: "emphasis-frequency-z", title: "Frequency vs z", caption: `Every term per outlet: how often it occurs against how distinctive it is.${cutTerms ? ` Where an outlet uses more than ${FREQUENCY_Z_POINTS} terms, its panel shows the ${FREQUENCY_Z_POINTS} with |z| ≥ 1.96 or else the most frequent; emphasis.csv has every term.` : ""}`, figure: frequencyVsZChart(terms, { outlets: corpus.outlets }) },
              { name: "emphasis-loaded", title: "Loaded word choices", caption: "Which of several words for the same thing each outlet picks, as a share of its uses of the set (n in the tick labels); hover for counts and the rate per 1,000 words.", figure: loadedTermsChart(loaded, { outlets: corpus.outlets }) },
              { name: "emphasis-position-actors", title: "Actors up front", caption: "Mentions of each actor in the headline and lead paragraph per outlet; hover for the rest of the article and the lift.", figure: positionEmphasisChart(allPosition, { kind: "actor", outlets: corpus.outlets }) },
              { name: "emphasis-position-terms", title: "Words up front", caption: "Each outlet's most frequent content words in the headline and lead paragraph.", figure: positionEmphasisChart(allPosition, { kind: "term", outlets: corpus.outlets }) },
            ],
            headlines: emphasisFigures(Array.from(perOutlet.keys()), terms, loaded),
            summary: [
              ...(background ? [`prior from ${backgroundName}, covering ${(100 * coverage).toFixed(0)}% of word occurrences${coverage < 0.5 ? " (warning: under 50%, z-scores of listed words are inflated)" : ""}`] : []),
              // The strongest few by |z|, whatever the corpus size; emphasis.csv has every pair.
              `${terms.length} outlet-term pairs scored; ${sig.length} with |z| >= 1.96${sig.length ? ` (${firstSorted(sig, SUMMARY_PAIRS, (t) => Math.abs(t.z), (a, b) => Math.abs(b.z) - Math.abs(a.z)).map((s) => `${s.outlet}: ${s.term}`).join(", ")}${sig.length > SUMMARY_PAIRS ? `, ... ${sig.length - SUMMARY_PAIRS} more in emphasis.csv` : ""})` : ""}`,
            ],
          };
        },
      };
    },
  };
}

/** Outlet-term pairs named in the terminal summary at most. */
const SUMMARY_PAIRS = 12;

/** The word-emphasis step with the pooled-corpus prior. */
export const emphasisStep: AnalysisStep = makeEmphasisStep();
