import { test } from "uvu";
import * as assert from "uvu/assert";
import { runSteps } from "../../src/cli/step";
import { comparisonStep } from "../../src/comparison/step";
import { buildReport } from "../../src/render/report";
import { sentimentStep } from "../../src/sentiment/step";
import { storiesStep } from "../../src/stories/step";
import { record } from "../stories/records";

const corpus = (records: ReturnType<typeof record>[]) => ({ dir: "c", records, warnings: [] });

// Two outlets over four stories, one sentence each per story. A - B per story: 2, 1, 3, 1.
const scores: Array<[string, number, number]> = [["s1", 2, 0], ["s2", 1, 0], ["s3", 3, 0], ["s4", 2, 1]];
const records = scores.flatMap(([story, a, b]) => [record({ id: `a-${story}`, outlet: "A", story, sentences: [{ score: a }] }), record({ id: `b-${story}`, outlet: "B", story, sentences: [{ score: b }] })]);

test("with several stories the comparison compares within stories: effects, the paired difference, and pooled rows labelled", () => {
  const results = runSteps([sentimentStep, storiesStep, comparisonStep], corpus(records));
  const c = results.get("comparison")!.comparison!;
  assert.is(c.stories, 4);
  // Story means 1, 0.5, 1.5, 1.5: A's differences 1, 0.5, 1.5, 0.5 (mean 0.875), B's the opposite.
  const within = c.figures.filter((f) => f.metric === "story:tone");
  assert.equal(within.map((f) => [f.outlet, f.value, f.n, f.basis, f.section]), [["A", 0.875, 4, "within-story", "stories"], ["B", -0.875, 4, "within-story", "stories"]]);
  // The pooled sentence tone is not compared; the within-story one is: mean difference -1.75, paired t = 3.656 on 3 df (p = 0.035).
  const tone = c.findings.filter((f) => f.metric === "tone" || f.metric === "story:tone");
  assert.equal(tone.map((f) => [f.kind, f.metric]), [["difference", "story:tone"]]);
  assert.match(tone[0].text, /^Within stories, B's sentence tone is more negative than A's: -0\.88 \[[^\]]+\] vs \+0\.88 \[[^\]]+\] \(each against the story mean, over 4 and 4 stories; difference within the 4 stories both cover -1\.75 \[-2\.\d\d, -1\.\d\d\], from resampling stories; 1 pair compared\)\.$/);
  // The sentences behind it are borrowed from the pooled figure (here the records carry no text, so the score).
  assert.ok(tone[0].evidence.length > 0);
  // The small multiples draw the within-story versions.
  assert.equal(results.get("comparison")!.figures[0].figure.data.map((d) => d.xaxis), ["x", "x", "x2", "x2"]);
  // In the report, the pooled rows say they pool the stories.
  const sections = [sentimentStep, storiesStep, comparisonStep].map((step) => ({ step, result: results.get(step.id)! }));
  const html = buildReport({ title: "t", articles: 8, outlets: ["A", "B"], warnings: [], stories: 4 }, sections, { generated: new Date(0) });
  assert.match(html, /<th class="metric">sentence tone <span class="note">\(pooled over stories\)<\/span><\/th>/);
  // Each within-story row follows its pooled row.
  assert.match(html, /<th class="metric">sentence tone <span class="note">\(pooled over stories\)<\/span><\/th>.*?<\/tr>\n<tr><th class="metric">sentence tone, within stories<\/th>/);
  assert.ok(html.indexOf('<section id="comparison">') < html.indexOf('<section id="sentiment">'));
});

test("with one story the stories step adds no within-story figures and the pooled figures are compared", () => {
  const one = records.filter((r) => r.meta.story === "s1").map((r) => ({ ...r, meta: { ...r.meta, story: undefined } }));
  const results = runSteps([sentimentStep, storiesStep, comparisonStep], corpus(one));
  assert.equal(results.get("stories")!.headlines, undefined);
  const c = results.get("comparison")!.comparison!;
  assert.ok(c.figures.every((f) => !f.metric.startsWith("story:")));
  assert.is(c.findings.find((f) => f.metric === "tone")!.text, "Too few observations to compare the outlets on sentence tone (n = A 1, B 1 sentences): a comparison needs at least 5 sentences and an interval for each of two outlets.");
});

test.run();
