import { test } from "uvu";
import * as assert from "uvu/assert";
import { storyCells } from "../../src/stories/cells";
import { record } from "./records";

// Story s1: A has two articles (tone 1 and 3 from one sentence each), B one (tone -2).
// Story s2: A has one article (two sentences: 0 and 2), C one (tone 4). No story given: the default story.
const records = [
  record({ id: "a1", outlet: "A", story: "s1", storyTitle: "First", sentences: [{ score: 1 }] }),
  record({ id: "b1", outlet: "B", story: "s1", storyTitle: "Another title", sentences: [{ score: -2 }] }),
  record({ id: "a2", outlet: "A", story: "s1", sentences: [{ score: 3 }] }),
  record({ id: "a3", outlet: "A", story: "s2", sentences: [{ score: 0 }, { score: 2 }] }),
  record({ id: "c1", outlet: "C", story: "s2", sentences: [{ score: 4 }] }),
  record({ id: "d1", outlet: "D", sentences: [{ score: 5 }] }),
];

test("StoryCells: one value per story and outlet, articles of an outlet in a story summed (not averaged)", () => {
  const cells = storyCells(records);
  assert.equal(cells.stories(), ["s1", "s2", "all"]);
  assert.is(cells.title("s1"), "First", "the first title given names the story");
  const tone = cells.rows().filter((r) => r.metric === "tone");
  assert.equal(tone.map((r) => [r.story, r.outlet, r.articles, r.value, r.n]), [
    ["s1", "A", 2, 2, 2], ["s1", "B", 1, -2, 1], ["s2", "A", 1, 1, 2], ["s2", "C", 1, 4, 1], ["all", "D", 1, 5, 1],
  ]);
  assert.ok(tone.every((r) => r.level === "outlet" && r.unit === "sentences"));
});

test("StoryCells: a group's cell merges its outlets' articles within the story; groups with no article there are left out", () => {
  const rows = storyCells(records).rows({ AB: ["A", "B"], CD: ["C", "D"] }).filter((r) => r.metric === "tone" && r.level === "group");
  // s1: AB = (1 + 3 - 2) / 3; s2: AB = A only (0 + 2) / 2, CD = C; all: CD = D.
  assert.equal(rows.map((r) => [r.story, r.outlet, r.articles, r.value]), [["s1", "AB", 3, 2 / 3], ["s2", "AB", 1, 1], ["s2", "CD", 1, 4], ["all", "CD", 1, 5]]);
});

test("StoryCells.pooled: each outlet's sums over all its stories, divided once", () => {
  const pooled = storyCells(records).pooled({ AB: ["A", "B"] }).filter((p) => p.metric === "tone");
  // A: (1 + 3 + 0 + 2) / 4 sentences; AB adds B's -2 over 5 sentences.
  assert.equal(pooled.map((p) => [p.level, p.outlet, p.value, p.n, p.articles]), [["outlet", "A", 1.5, 4, 3], ["outlet", "B", -2, 1, 1], ["outlet", "C", 4, 1, 1], ["outlet", "D", 5, 1, 1], ["group", "AB", 0.8, 5, 4]]);
});

test("StoryCells of no records gives no rows", () => {
  assert.equal(storyCells([]).rows(), []);
});

test.run();
