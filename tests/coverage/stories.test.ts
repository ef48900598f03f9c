import { test } from "uvu";
import * as assert from "uvu/assert";
import { runSteps } from "../../src/cli/step";
import { DEFAULT_STORY, validateManifest } from "../../src/corpus/manifest";
import { parseArticle } from "../../src/corpus/parse";
import { analyzeCoverageByStory, analyzeCoverageFromParts, combineStoryCoverage } from "../../src/coverage/facts";
import { coveragePart } from "../../src/coverage/statements";
import { coverageStep } from "../../src/coverage/step";
import { articleRecord } from "../../src/pipeline/map-article";

// Two stories told by outlets A and B. Story "talks" and story "storm" share a sentence word for word
// ("Officials met in Geneva on Friday to discuss the plan."), which must not make a fact across stories.
const texts: Array<[string, string, string]> = [
  ["a1", "A", "Officials met in Geneva on Friday to discuss the plan. Blinken warned Lavrov about sanctions."],
  ["b1", "B", "Officials met in Geneva on Friday to discuss the plan. Lavrov rejected the warning from Blinken."],
  ["a2", "A", "Officials met in Geneva on Friday to discuss the plan. The storm flooded coastal towns overnight."],
  ["b2", "B", "Heavy rain flooded coastal towns overnight, said the weather service."],
];
const story = (id: string) => (id.endsWith("1") ? "talks" : "storm");
const articles = texts.map(([id, outlet, text]) => parseArticle(text, { id, outlet, headline: null, meta: { id, outlet, file: `${id}.txt`, headline: null, story: story(id) } }));
const parts = articles.map((a) => ({ ...coveragePart(a), story: story(a.id) }));

test("coverage within each story: the sentence both stories share makes one fact per story, never one across", () => {
  const stories = analyzeCoverageByStory(parts);
  assert.equal(stories.map((s) => [s.story, s.articles]), [["talks", 2], ["storm", 2]]);
  const all = combineStoryCoverage(stories);
  const shared = all.facts.filter((f) => f.label.startsWith("Officials met in Geneva"));
  // talks: A and B report it (one fact of two outlets); storm: only A (one fact of one outlet).
  assert.equal(shared.map((f) => [f.story, f.outlets]), [["talks", ["A", "B"]], ["storm", ["A"]]]);
  for (const f of all.facts) assert.ok(f.statements.every((s) => story(s.articleId) === f.story), `fact ${f.id} spans stories`);
  // Pooled, the storm article's copy of the sentence would join the talks fact.
  const pooled = analyzeCoverageFromParts(parts);
  assert.ok(pooled.facts.some((f) => f.statements.filter((s) => s.text.startsWith("Officials")).length === 3));
  // Ids run 1, 2, ... through the stories; omissions name their story.
  assert.equal(all.facts.map((f) => f.id), all.facts.map((_, i) => i + 1));
  assert.equal(all.facts.filter((f) => f.story === "talks").length, stories[0].coverage.facts.length);
  for (const m of all.omissions) assert.is(all.facts.find((f) => f.id === m.fact)!.story, m.story);
  // Similarity: the mean of the two stories' values; both outlets cover both stories.
  const per = stories.map((s) => s.coverage.similarity.matrix[0][1]);
  assert.ok(Math.abs(all.similarity.matrix[0][1] - (per[0] + per[1]) / 2) < 1e-12);
  assert.equal(all.similarity.stories, [[2, 2], [2, 2]]);
});

test("one story gives what analyzeCoverageFromParts gives, with the story added", () => {
  const one = parts.filter((p) => p.story === "talks");
  const all = combineStoryCoverage(analyzeCoverageByStory(one));
  const plain = analyzeCoverageFromParts(one);
  assert.equal(all.facts, plain.facts.map((f) => ({ ...f, story: "talks" })));
  assert.equal(all.similarity.matrix, plain.similarity.matrix);
});

test("the coverage step writes the story of each fact and omission, and says that it compared within stories", () => {
  const result = runSteps([coverageStep], { dir: ".", records: articles.map((a) => articleRecord(a)), warnings: [] }).get("coverage")!;
  const facts = result.tables.find((t) => t.name === "coverage")!;
  assert.equal(facts.columns.slice(0, 3), ["fact", "story", "outlets"]);
  assert.equal(Array.from(new Set(facts.rows.map((r) => r.story))), ["talks", "storm"]);
  assert.match(result.intro, /2 stories/);
  assert.match(result.summary[0], /in 2 stories/);
});

test("manifest: story and storyTitle are read (not left in extra), checked, and default to one story", () => {
  const m = validateManifest({ articles: [{ file: "a.txt", story: "s1", storyTitle: "Talks" }, { file: "b.txt", story: "s1" }, { file: "c.txt" }] }, "manifest.json");
  assert.equal(m.articles.map((a) => [a.story, a.storyTitle, a.extra]), [["s1", "Talks", {}], ["s1", undefined, {}], [undefined, undefined, {}]]);
  assert.is(DEFAULT_STORY, "all");
  assert.throws(() => validateManifest({ articles: [{ file: "a.txt", story: 3 }] }, "m.json"), /articles\[0\]\.story must be a non-empty string/);
  // Different titles for one story (each article's own summary of the event) are kept, each on its entry.
  const titled = validateManifest({ articles: [{ file: "a.txt", story: "s", storyTitle: "X" }, { file: "b.txt", story: "s", storyTitle: "Y" }] }, "m.json");
  assert.equal(titled.articles.map((a) => a.storyTitle), ["X", "Y"]);
});

test.run();
