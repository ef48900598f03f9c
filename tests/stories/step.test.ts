import { test } from "uvu";
import * as assert from "uvu/assert";
import { runSteps } from "../../src/cli/step";
import { buildReport } from "../../src/render/report";
import { storiesStep } from "../../src/stories/step";
import { record } from "./records";

const corpus = (records: ReturnType<typeof record>[], groups?: Record<string, string[]>) => ({ dir: "c", records, warnings: [], ...(groups ? { groups } : {}) });

test("storiesStep with one story writes its tables, leaves the report section out and draws nothing", () => {
  const res = runSteps([storiesStep], corpus([record({ id: "a", outlet: "A", sentences: [{ score: 1, sides: ["us"], actors: ["antony-blinken"] }] }), record({ id: "b", outlet: "B", sentences: [{ score: -1 }] })])).get("stories")!;
  // Sides and actors are named as the registry (here the default) names them.
  const labels = new Map(res.tables[0].rows.map((r) => [r.metric, r.label]));
  assert.is(labels.get("toward:us"), "tone toward United States");
  assert.is(labels.get("about:antony-blinken"), "tone toward Antony Blinken");
  assert.equal(res.tables.map((t) => t.name), ["stories", "outlets", "emphasis-stories"]);
  assert.is(res.reportSection, false);
  assert.equal(res.figures, []);
  const tone = res.tables[1].rows.filter((r) => r.metric === "tone");
  assert.equal(tone.map((r) => [r.outlet, r.stories, r.effect, r.low, r.pooled]), [["A", 1, 1, null, 1], ["B", 1, -1, null, -1]]);
  assert.match(res.summary[0], /^1 story, 2 outlets;/);
});

test("storiesStep with two stories and a group: effects per outlet and group, four figures, a summary of tone within stories", () => {
  const records = [
    record({ id: "a1", outlet: "A", story: "s1", sentences: [{ score: 2 }] }),
    record({ id: "b1", outlet: "B", story: "s1", sentences: [{ score: 0 }] }),
    record({ id: "c1", outlet: "C", story: "s1", sentences: [{ score: -2 }] }),
    record({ id: "a2", outlet: "A", story: "s2", sentences: [{ score: 1 }] }),
    record({ id: "b2", outlet: "B", story: "s2", sentences: [{ score: 1 }] }),
  ];
  const res = runSteps([storiesStep], corpus(records, { AB: ["A", "B"], Conly: ["C"] })).get("stories")!;
  assert.is(res.reportSection, true);
  assert.equal(res.figures.map((f) => f.name), ["stories-tone", "stories-shares", "stories-heatmap", "stories-picker"]);
  const outlets = res.tables.find((t) => t.name === "outlets")!.rows.filter((r) => r.metric === "tone");
  // s1: mean 0, so A +2, B 0, C -2; s2: mean 1, A 0, B 0. Groups in s1: AB 1 vs C -2 (mean -0.5); s2: AB only.
  assert.equal(outlets.map((r) => [r.level, r.outlet, r.stories, r.effect, r.highest, r.lowest]), [
    ["outlet", "A", 2, 1, 2, 1], ["outlet", "B", 2, 0, 1, 1], ["outlet", "C", 1, -2, 0, 1], ["group", "AB", 1, 1.5, 1, 0], ["group", "Conly", 1, -1.5, 0, 1],
  ]);
  const stories = res.tables.find((t) => t.name === "stories")!.rows;
  assert.ok(stories.some((r) => r.level === "group" && r.outlet === "AB" && r.story === "s1" && r.value === 1));
  assert.match(res.summary[1], /^tone within stories: A \+1\.00 \[\+0\.00, \+2\.00\] \(2 stories\); B \+0\.00/);
  assert.match(res.intro, /2 stories/);
  assert.match(res.intro, /level <code>group<\/code>/);
});

test("the report says a pooled section pools stories, and leaves the across-stories section out for one story", () => {
  const records = [record({ id: "a1", outlet: "A", story: "s1", sentences: [{ score: 1 }] }), record({ id: "b1", outlet: "B", story: "s1", sentences: [{ score: 0 }] }), record({ id: "a2", outlet: "A", story: "s2", sentences: [{ score: 2 }] }), record({ id: "b2", outlet: "B", story: "s2", sentences: [{ score: 1 }] })];
  const pooledStep = { id: "pooledthing", title: "Pooled thing", begin: () => ({ add() {}, finish: () => ({ intro: "<p>intro</p>", tables: [], figures: [], summary: [] }) }) };
  const two = runSteps([pooledStep, storiesStep], corpus(records));
  const sections = [{ step: pooledStep, result: two.get("pooledthing")! }, { step: storiesStep, result: two.get("stories")! }];
  const html = buildReport({ title: "t", articles: 4, outlets: ["A", "B"], warnings: [], stories: 2 }, sections, { generated: new Date(0) });
  assert.match(html, /Pooled: these numbers put together all of an outlet's articles over the corpus's 2 stories/);
  assert.match(html, /<section id="stories">/);
  const one = runSteps([pooledStep, storiesStep], corpus(records.slice(0, 2)));
  const html1 = buildReport({ title: "t", articles: 2, outlets: ["A", "B"], warnings: [], stories: 1 }, [{ step: pooledStep, result: one.get("pooledthing")! }, { step: storiesStep, result: one.get("stories")! }], { generated: new Date(0) });
  assert.not.match(html1, /Pooled:/);
  assert.not.match(html1, /<section id="stories">/);
});

test.run();
