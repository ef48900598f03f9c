import { defaultActorRegistry } from "../actors/registry";
import { AnalysisStep, StepResult } from "../cli/step";
import { NamedFigure } from "../charts/types";
import { storyFigures, storyOverviewMetrics, storyPairDifferences } from "../comparison/story-figures";
import { StoryCells, StoryMetric } from "./cells";
import { storyEffectsChart, storyHeatmap, storyPickerChart } from "./charts";
import { StoryTermCounts } from "./consistent-terms";
import { OutletEffect, withinStoryEffects } from "./effects";

const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

/** Sides drawn in the effects charts and heatmap at most (by quoted words or sentences pooled). */
const TOP_SIDES = 4;

/**
 * The across-stories section: every per-outlet metric per story × outlet (stories.csv), each outlet's
 * (and group's) effect measured within stories with intervals from resampling stories (outlets.csv), and
 * the terms an outlet favours consistently within stories (emphasis-stories.csv). With one story the
 * tables are written but the report leaves the section out (there is nothing to compare across).
 */
export const storiesStep: AnalysisStep = {
  id: "stories",
  title: "Across stories",
  scope: "per-story",
  begin(shared) {
    const cells = new StoryCells();
    const terms = new StoryTermCounts(shared?.terms);
    return {
      add(record) {
        cells.add(record);
        terms.add(record);
      },
      finish(corpus): StepResult {
        const groups = corpus.groups ?? {};
        // Sides are named as the registry in use labels them ("share of voice: United States").
        // Actors by their canonical names ("tone toward Sergei Lavrov").
        const registry = corpus.registry ?? defaultActorRegistry();
        const sideLabel = new Map(registry.sides.map((s) => [s.id, s.label]));
        const actorName = new Map(registry.actors.map((a) => [a.id, a.name]));
        const named = <T extends { metric: string; label: string }>(r: T): T => {
          const i = r.metric.indexOf(":");
          const family = r.metric.slice(0, i);
          const key = r.metric.slice(i + 1);
          const label = family === "about" ? actorName.get(key) : family === "voice" || family === "toward" ? sideLabel.get(key) : undefined;
          if (i < 0 || label === undefined) return r;
          return { ...r, label: family === "voice" ? `share of voice: ${label}` : `tone toward ${label}` };
        };
        const rows = cells.rows(groups).map(named);
        const effects = withinStoryEffects(rows, cells.pooled(groups));
        const stories = cells.stories();
        const consistent = stories.length >= 2 ? terms.consistentTerms({ minStories: Math.min(3, stories.length) }) : [];
        const main = mainMetrics(effects);
        const described = (id: string) => ({ id, label: effects.find((e) => e.metric === id)?.label ?? id, scale: id.startsWith("tone") || id.startsWith("toward") ? ("score" as const) : ("share" as const) });
        const figures: NamedFigure[] =
          stories.length < 2
            ? []
            : [
                { name: "stories-tone", title: "Tone within stories", caption: "Each outlet's sentence tone against the mean of the outlets covering the same story, averaged over stories, with 95% intervals from resampling stories.", figure: storyEffectsChart(effects.filter((e) => main.score.includes(e.metric)), "score", "Tone within stories: difference from the story mean", { outlets: corpus.outlets }) },
                { name: "stories-shares", title: "Voices and frames within stories", caption: "Share of voice by side and frame shares, each against the story mean, in percentage points, with 95% intervals from resampling stories.", figure: storyEffectsChart(effects.filter((e) => main.share.includes(e.metric)), "share", "Voices and frames within stories: difference from the story mean", { outlets: corpus.outlets }) },
                { name: "stories-heatmap", title: "Story by story", caption: "One row per story: each outlet against the mean of the outlets covering it. Pick the metric in the menu.", figure: storyHeatmap(rows, main.heatmap.map(described), { outlets: corpus.outlets }) },
                { name: "stories-picker", title: "One story at a time", caption: "Pick a story: its outlets' tone and shares side by side, as measured in that story alone.", figure: storyPickerChart(rows, [...main.score.filter((m) => m.startsWith("tone")), ...main.share].map(described), { outlets: corpus.outlets }) },
              ];
        const units = Array.from(new Set(effects.map((e) => e.outlet)));
        const tone = effects.filter((e) => e.metric === "tone");
        return {
          intro:
            `<p>${stories.length} ${stories.length === 1 ? "story" : "stories"} (the manifest's <code>story</code> field). Comparing outlets over many stories by pooling their articles mixes the stories' differences with the outlets': an outlet that covered grimmer events looks more negative. So each metric is computed per story and outlet (<code>stories.csv</code>), and an outlet's <em>effect</em> is its difference from the mean of the outlets covering the same story, averaged over the stories it covers, with a 95% interval from resampling stories (not sentences) and the number of stories in which it is highest and lowest (<code>outlets.csv</code>; pooled values beside, labelled pooled).${corpus.groups ? " Manifest groups are compared the same way, group against group (rows with level <code>group</code>)." : ""} Terms an outlet favours consistently within stories are in <code>emphasis-stories.csv</code>: the share of stories where its log-odds z against the story's other outlets is positive.</p>`,
          tables: [
            { name: "stories", title: "Every metric per story and outlet", columns: ["story", "storyTitle", "level", "outlet", "articles", "family", "metric", "label", "value", "n", "unit"], rows: rows.map((r) => ({ ...r, value: r4(r.value) })) },
            { name: "outlets", title: "Each outlet against the story mean, over stories", columns: ["level", "outlet", "family", "metric", "label", "stories", "effect", "low", "high", "aboveShare", "highest", "lowest", "pooled", "pooledN", "unit"], rows: effects.map((e) => ({ ...e, effect: r4(e.effect), low: r4(e.low), high: r4(e.high), aboveShare: r4(e.aboveShare), pooled: r4(e.pooled) })) },
            { name: "emphasis-stories", title: "Terms each outlet favours consistently within stories", columns: ["outlet", "term", "stories", "favoured", "favouredShare", "favouredLow", "meanZ", "count"], rows: consistent.map((t) => ({ ...t, favouredShare: r4(t.favouredShare), favouredLow: r4(t.favouredLow), meanZ: r4(t.meanZ) })) },
          ],
          figures,
          reportSection: stories.length >= 2,
          // For the outlet comparison: within-story effects and differences, when there are stories to compare within.
          ...(stories.length >= 2 ? { headlines: storyFigures(effects, storyOverviewMetrics(effects)), pairs: storyPairDifferences(rows, storyOverviewMetrics(effects)) } : {}),
          summary: [
            `${stories.length} ${stories.length === 1 ? "story" : "stories"}, ${units.length} outlets${corpus.groups ? " and groups" : ""}; ${rows.length} story-outlet metric values in stories.csv, within-story effects in outlets.csv`,
            ...(stories.length >= 2 ? [`tone within stories: ${tone.slice(0, 8).map((e) => `${e.outlet} ${signed(e.effect)}${e.low !== null ? ` [${signed(e.low)}, ${signed(e.high)}]` : ""} (${e.stories} stories)`).join("; ")}${tone.length > 8 ? `; ${tone.length - 8} more in outlets.csv` : ""}`] : []),
          ],
        };
      },
    };
  },
};

function signed(x: number | null): string {
  if (x === null) return "n/a";
  return `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
}

/**
 * The metrics drawn in the across-stories charts: the three tones and tone toward the most-named sides
 * (score scale); share of voice of the most-quoted sides and the five frames (share scale); and for the
 * heatmap, sentence tone, narration tone, the most-quoted side's share of voice and the conflict frame.
 */
function mainMetrics(effects: readonly OutletEffect[]): { score: string[]; share: string[]; heatmap: string[] } {
  const pooledSize = new Map<string, number>();
  // How much each metric rests on: a side's quoted words for share of voice, else the pooled n.
  for (const e of effects) if (e.level === "outlet") pooledSize.set(e.metric, (pooledSize.get(e.metric) ?? 0) + (e.family === "voice" ? (e.pooled ?? 0) * e.pooledN : e.pooledN));
  const top = (family: string) =>
    Array.from(pooledSize.keys())
      .filter((m) => m.startsWith(`${family}:`) && m !== `${family}:unknown`)
      .sort((a, b) => pooledSize.get(b)! - pooledSize.get(a)!)
      .slice(0, TOP_SIDES);
  const has = (m: string) => pooledSize.has(m);
  const voice = top("voice");
  return {
    score: ["tone", "tone:narration", "tone:quotes", ...top("toward")].filter(has),
    share: [...voice, ...Array.from(pooledSize.keys()).filter((m) => m.startsWith("frame:"))],
    heatmap: ["tone", "tone:narration", ...voice.slice(0, 1), "frame:conflict"].filter(has),
  };
}

export type { StoryMetric };
