import { AnalysisStep } from "../cli/step";
import { coverageFigures } from "../comparison/coverage-figures";
import { coverageMatrixChart, coverageSummaryChart, short, similarityHeatmap } from "./charts";
import { storyOf } from "../corpus/manifest";
import { alignEach, alignStoriesInWorkers } from "./by-story-workers";
import { Fact, StoryCoverage, combineStoryCoverage, uniqueFactsPerOutlet } from "./facts";
import { CoveragePartStore } from "./part-store";
import { spooledTable } from "../tables/spool";

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Sets `key` as an object literal or a spread would (a data property even for "__proto__"). */
function define(row: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
  else row[key] = value;
}

/** How many times each value occurs. */
function tally(values: readonly string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return n;
}

/** The coverage section: facts aligned across outlets, what only one outlet reports, what each leaves out, and similarity. */
export const coverageStep: AnalysisStep = {
  id: "coverage",
  title: "Coverage and omission",
  scope: "per-story",
  begin() {
    // Alignment is a second pass over every statement of a story (see analyzeCoverageByStory): the parts
    // are kept packed (see CoveragePartStore) until then.
    const store = new CoveragePartStore();
    let aligned: StoryCoverage[] | undefined;
    return {
      add(r) {
        store.add(r.coverage, storyOf(r.meta));
      },
      // The stories' alignments, in worker threads (see alignStoriesInWorkers).
      async prepare({ jobs }) {
        if (jobs > 1) aligned = await alignStoriesInWorkers(store.take(), { jobs });
      },
      finish() {
        const stories = aligned ?? alignEach(store.take());
        aligned = undefined;
        const cov = combineStoryCoverage(stories);
        const { facts, outlets, similarity: sim } = cov;
        const only = facts.filter((f) => f.outlets.length === 1);
        const onlyBy = tally(only.map((f) => f.outlets[0]));
        const omittedBy = tally(cov.omissions.map((m) => m.outlet));
        const many = stories.length > 1;
        // With several stories a chart label says which story the fact is from.
        const label = many ? (f: Fact) => `[${f.story}] ${f.label}` : undefined;
        // Each outlet's statements of a fact, joined: cells in the order of `outlets`.
        const column = new Map(outlets.map((o, i) => [o, i]));
        const said = (f: Fact): string[] => {
          const cells: Array<string | undefined> = outlets.map(() => undefined);
          for (const s of f.statements) {
            const i = column.get(s.outlet);
            if (i !== undefined) cells[i] = cells[i] === undefined ? s.text : `${cells[i]} | ${s.text}`;
          }
          return cells.map((c) => c ?? "");
        };
        // A row per fact (tens of thousands in a large corpus, each with every outlet's sentences): written to
        // a spool as they are made, not kept as objects until the files are written.
        const coverageTable = spooledTable<Record<string, unknown>>("coverage", "Facts and the outlets that report them", ["fact", "story", "outlets", "reportedBy", "label", "cohesion", ...outlets, "nearestOutlet", "nearestSim", "nearestText"]);
        for (const f of facts) {
          // The object { fact, ..., cohesion, ...{ [outlet]: text }, nearestOutlet, ... } would be, key for key.
          const row: Record<string, unknown> = { fact: f.id, story: f.story, outlets: f.outlets.length, reportedBy: f.outlets.join("; "), label: f.label, cohesion: round3(f.cohesion) };
          said(f).forEach((text, i) => define(row, outlets[i], text));
          row.nearestOutlet = f.nearest?.outlet ?? "";
          row.nearestSim = f.nearest ? round3(f.nearest.sim) : "";
          row.nearestText = f.nearest?.text ?? "";
          coverageTable.add(row);
        }
        const omissionsTable = spooledTable<Record<string, unknown>>("coverage-omissions", "Facts most other outlets report that an outlet leaves out", ["outlet", "fact", "story", "reportedBy", "label"]);
        for (const m of cov.omissions) omissionsTable.add({ outlet: m.outlet, fact: m.fact, story: m.story, reportedBy: m.reportedBy.join("; "), label: m.label });
        const storyNote = many
          ? `<p>The corpus holds ${stories.length} stories (the manifest's <code>story</code> field): facts, omissions and similarity are computed within each story, never across, so an outlet only 'leaves out' what others reported about the same event. The similarity of two outlets is the mean over the stories both cover.</p>`
          : "";
        return {
          intro: storyNote + "<p>Statements (sentences of headline and body) are aligned across outlets into facts. Each statement's best match in every other outlet is a candidate link when their content-word vectors (lemmas, TF-IDF weighted) reach cosine 0.3 and share at least two words; links are taken strongest first, and join two groups only while the mean cosine between all their members stays at 0.3 or more (average linkage), so loose chains cannot merge unrelated facts. A fact only one outlet reports is what the others leave out; coverage.csv gives its closest sentence elsewhere. An outlet 'leaves out' a fact that more than half of the other outlets report. Sentence-level alignment misses a fact mentioned in passing inside a sentence about something else, and can join two statements that share names but not claims: check the sentences (hover, or coverage.csv).</p>",
          tables: [coverageTable, omissionsTable,
            { name: "coverage-similarity", title: "Outlet-by-outlet similarity", columns: ["outlet", ...outlets], rows: outlets.map((o, i) => ({ outlet: o, ...Object.fromEntries(outlets.map((p, j) => [p, round3(sim.matrix[i][j])])) })) },
          ],
          figures: [
            { name: "coverage-matrix", title: "Coverage matrix", caption: "Shared facts (blue) and the most substantial facts only one outlet reports (orange); hover for each outlet's sentence. Every fact is in coverage.csv.", figure: coverageMatrixChart(facts, outlets, { label }) },
            { name: "coverage-summary", title: "Reported and left out", caption: "Per outlet: facts it shares with others, facts only it reports, and facts most others report that it leaves out (hover for the list).", figure: coverageSummaryChart(cov) },
            { name: "coverage-similarity", title: "Similarity between outlets", caption: `Mean best-match cosine similarity of the outlets' statements, both ways${many ? ", averaged over the stories both outlets cover" : ""}. The diagonal is blank; colours span the other cells only.`, figure: similarityHeatmap(sim) },
          ],
          headlines: coverageFigures(outlets, facts, cov.omissions, stories.length),
          summary: [
            `${facts.length} facts${many ? ` in ${stories.length} stories` : ""}, ${facts.length - only.length} reported by 2+ outlets; only-one-outlet statements: ${outlets.map((o) => `${o} ${onlyBy.get(o) ?? 0}`).join(", ")}`,
            `left out (facts more than half the others report): ${outlets.map((o) => `${o} ${omittedBy.get(o) ?? 0}`).join(", ")}`,
            ...uniqueFactsPerOutlet(facts, outlets, { limit: 1 }).map((top, i) => `only ${outlets[i]}: ${top.map((f) => `"${short(f.label, 90)}"`).join("") || "none"}`),
          ],
        };
      },
    };
  },
};
