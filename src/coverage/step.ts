import { AnalysisStep } from "../cli/step";
import { alignStatements, outletSimilarity } from "./align";
import { coverageMatrixChart, similarityHeatmap } from "./charts";

/** The coverage section: facts aligned across outlets, what only one outlet reports, and similarity. */
export const coverageStep: AnalysisStep = {
  id: "coverage",
  title: "Coverage and omission",
  run(corpus) {
    const facts = alignStatements(corpus.articles);
    const sim = outletSimilarity(corpus.articles);
    const outlets = sim.outlets;
    const only = facts.filter((f) => f.outlets.length === 1);
    return {
      intro: "<p>Statements (sentences of headline and body) are aligned across outlets into facts: two statements are the same fact when their content-word vectors (lemmas, TF-IDF weighted) reach cosine 0.3 and each is the other's best match. A fact only one outlet reports is what the others leave out. Sentence-level alignment misses a fact mentioned in passing inside a sentence about something else, and can join two statements that share names but not claims: check the sentences (hover, or coverage.csv).</p>",
      tables: [
        {
          name: "coverage", title: "Facts and the outlets that report them",
          columns: ["fact", "outlets", "reportedBy", "label", "cohesion", ...outlets],
          rows: facts.map((f) => ({ fact: f.id, outlets: f.outlets.length, reportedBy: f.outlets.join("; "), label: f.label, cohesion: Math.round(f.cohesion * 1000) / 1000, ...Object.fromEntries(outlets.map((o) => [o, f.statements.filter((s) => s.outlet === o).map((s) => s.text).join(" | ")])) })),
        },
        { name: "coverage-similarity", title: "Outlet-by-outlet similarity", columns: ["outlet", ...outlets], rows: outlets.map((o, i) => ({ outlet: o, ...Object.fromEntries(outlets.map((p, j) => [p, Math.round(sim.matrix[i][j] * 1000) / 1000])) })) },
      ],
      figures: [
        { name: "coverage-matrix", title: "Coverage matrix", caption: "Shared facts (blue) and a few facts only one outlet reports (orange); hover for each outlet's sentence.", figure: coverageMatrixChart(facts, outlets) },
        { name: "coverage-similarity", title: "Similarity between outlets", caption: "Mean best-match cosine similarity of the outlets' statements, both ways.", figure: similarityHeatmap(sim) },
      ],
      summary: [`${facts.length} facts, ${facts.length - only.length} reported by 2+ outlets; only-one-outlet statements: ${outlets.map((o) => `${o} ${only.filter((f) => f.outlets[0] === o).length}`).join(", ")}`],
    };
  },
};
