import { test } from "uvu";
import * as assert from "uvu/assert";
import { StoryMetric } from "../../src/stories/cells";
import { withinStoryEffects } from "../../src/stories/effects";

const row = (story: string, outlet: string, value: number, level: StoryMetric["level"] = "outlet"): StoryMetric => ({ story, storyTitle: "", level, outlet, articles: 1, metric: "tone", family: "tone", label: "sentence tone", value, n: 10, unit: "sentences" });

// Story A: X 1, Y 3 (mean 2). Story B: X 0, Y 2, Z 4 (mean 2). Story C: X alone, so no comparison there.
const rows = [row("A", "X", 1), row("A", "Y", 3), row("B", "X", 0), row("B", "Y", 2), row("B", "Z", 4), row("C", "X", 9)];

test("withinStoryEffects: the mean difference from each story's mean, over the stories with another outlet", () => {
  const fx = withinStoryEffects(rows);
  const by = (o: string) => fx.find((e) => e.outlet === o)!;
  // X: -1 in A, -2 in B; C is left out (X alone). Y: +1, 0. Z: +2 in B only.
  assert.equal([by("X").stories, by("X").effect, by("X").highest, by("X").lowest, by("X").aboveShare], [2, -1.5, 0, 2, 0]);
  assert.equal([by("Y").stories, by("Y").effect, by("Y").highest, by("Y").lowest, by("Y").aboveShare], [2, 0.5, 1, 0, 0.5]);
  assert.equal([by("Z").stories, by("Z").effect, by("Z").highest, by("Z").lowest], [1, 2, 1, 0]);
  // Intervals come from resampling stories: within the range of the story effects, none below 2 stories.
  assert.ok(by("X").low! >= -2 && by("X").high! <= -1 && by("X").low! < by("X").high!);
  assert.is(by("Z").low, null);
  assert.is(by("Z").high, null);
  assert.is(by("X").pooled, null, "no pooled values given");
});

test("withinStoryEffects: groups are compared with groups, never with outlets", () => {
  const fx = withinStoryEffects([...rows, row("A", "G1", 0, "group"), row("A", "G2", 4, "group")]);
  const g = fx.filter((e) => e.level === "group");
  assert.equal(g.map((e) => [e.outlet, e.effect]), [["G1", -2], ["G2", 2]]);
  assert.is(fx.find((e) => e.outlet === "X")!.effect, -1.5, "outlets' effects do not change");
});

test("withinStoryEffects: an outlet covering only stories it covers alone gets a row with no effect, and pooled values ride along", () => {
  const fx = withinStoryEffects([row("A", "X", 1)], [{ level: "outlet", outlet: "X", metric: "tone", value: 1, n: 10, articles: 1 }]);
  assert.equal(fx.map((e) => [e.outlet, e.stories, e.effect, e.aboveShare, e.pooled, e.pooledN]), [["X", 0, null, null, 1, 10]]);
  assert.equal(withinStoryEffects([]), []);
});

test.run();
