import { AnalysisStep, CorpusInfo, StepResult } from "../cli/step";
import { compareOutlets } from "./compare";
import { FEW, mainMetrics, overviewChart } from "./chart";
import { OutletComparison } from "./types";

/**
 * The comparison step: reads every earlier step's headline figures (StepResult.headlines) and the
 * within-story differences (StepResult.pairs), and makes the outlet comparison that opens the report:
 * the overview (overview.csv, one row per outlet), the findings (findings.csv) and the small multiples.
 * It folds nothing of its own, so it must run after the steps it reads (last in ANALYSIS_STEPS).
 */
export const comparisonStep: AnalysisStep = {
  id: "comparison",
  title: "The outlets compared",
  begin() {
    return {
      add() {},
      finish(corpus, previous) {
        return comparisonResult(corpus, previous);
      },
    };
  },
};

/** The comparison step's result from the earlier steps' results (see comparisonStep). */
export function comparisonResult(corpus: Pick<CorpusInfo, "outlets" | "stories">, previous: ReadonlyMap<string, StepResult>): StepResult {
  const results = Array.from(previous.values());
  const figures = results.flatMap((r) => r.headlines ?? []);
  const pairs = results.flatMap((r) => r.pairs ?? []);
  const c = compareOutlets(figures, { outlets: corpus.outlets, stories: corpus.stories, pairs });
  const metrics = mainMetrics(c);
  const differences = c.findings.filter((f) => f.kind === "difference");
  return {
    intro: comparisonIntro(c),
    tables: [
      { name: "overview", title: "The outlets compared: headline figures per outlet", columns: c.columns, rows: c.rows },
      { name: "findings", title: "Findings", columns: ["kind", "metric", "label", "outlets", "pairs", "text"], rows: c.findings.map((f) => ({ kind: f.kind, metric: f.metric, label: f.label, outlets: f.outlets.join("; "), pairs: f.pairs, text: f.text })) },
    ],
    figures: metrics.length
      ? [{ name: "overview", title: "The outlets side by side", caption: `Each panel one metric, the outlets in the same order and colour, each a dot with its 95% interval${c.stories > 1 && metrics.some((m) => m.startsWith("story:")) ? " (within stories: the outlet's mean difference from the story mean, intervals from resampling stories)" : ""}. n: ${nRange(c, metrics)}; a hollow dot rests on fewer than ${FEW}${c.stories > 1 ? " (within stories: 2 stories)" : ""}. Hover for each value.`, figure: overviewChart(c, metrics) }]
      : [],
    summary: [`${differences.length} supported difference(s) between outlets${differences.length ? `: ${differences.slice(0, 3).map((f) => f.text.replace(/:.*$/, "")).join("; ")}${differences.length > 3 ? "; ..." : ""}` : ""}; every finding in findings.csv, the overview in overview.csv`],
    comparison: c,
  };
}

/** "29-48 sentences per outlet; 1-5 articles" for the chart's note. */
function nRange(c: OutletComparison, metrics: readonly string[]): string {
  const parts: string[] = [];
  for (const m of metrics) {
    const list = c.figures.filter((f) => f.metric === m && f.value !== null);
    if (!list.length) continue;
    const ns = list.map((f) => f.n);
    const lo = Math.min(...ns);
    const hi = Math.max(...ns);
    parts.push(`${list[0].label} ${lo === hi ? lo : `${lo}-${hi}`} ${list[0].unit}`);
  }
  return parts.join("; ");
}

function comparisonIntro(c: OutletComparison): string {
  const pooled = c.stories > 1
    ? `<p class="note">The corpus holds ${c.stories} stories. Rows marked <em>within stories</em> compare each outlet with the mean of the outlets covering the same story (see <a href="#stories">Across stories</a>), and the findings use them; the other rows pool each outlet's articles over every story it covered, so they mix how an outlet tells a story with which stories it told, and say so.</p>`
    : "";
  return (
    `<p>The headline figure of every analysis, outlet by outlet. Each cell links to its section; ¶ opens the sentences behind it. ` +
    `Means and shares carry 95% intervals. A finding states a difference between two outlets only when the 95% interval of the difference excludes 0 and the difference survives Holm's correction over the pairs of outlets compared on that metric; otherwise it says the articles cannot tell them apart, with the sample sizes. Click a finding for its sentences.</p>${pooled}`
  );
}
