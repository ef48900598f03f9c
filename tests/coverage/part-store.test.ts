import { test } from "uvu";
import * as assert from "uvu/assert";
import { CoveragePartStore, unpackStory } from "../../src/coverage/part-store";
import { CoveragePart } from "../../src/coverage/statements";

const part = (articleId: string, outlet: string, statements: Array<[number, string, Array<[string, number]>]>): CoveragePart => ({
  articleId,
  outlet,
  statements: statements.map(([sentence, text, tf]) => ({ sentence, start: sentence * 100, end: sentence * 100 + text.length, text, tf })),
});

const a = part("a", "A", [[0, "Talks in Geneva.", [["talk", 1], ["geneva", 1]]], [2, "Geneva talks, again talks.", [["geneva", 1], ["talk", 2]]]]);
const b = part("b", "B", [[1, "Storm floods towns.", [["storm", 1], ["flood", 1], ["town", 1]]]]);
const c = part("c", "B", [[0, "Geneva again.", [["geneva", 1]]]]);
const empty = part("d", "C", []);

test("CoveragePartStore gives back every part of every story as it was added, stories in order of first appearance", () => {
  const store = new CoveragePartStore();
  store.add(a, "talks");
  store.add(b, "storm");
  store.add(c, "talks");
  store.add(empty, "storm");
  assert.is(store.statements, 4);
  assert.is(store.storyCount, 2);
  const stories = store.take();
  assert.equal(stories.map((s) => s.story), ["talks", "storm"]);
  assert.equal(unpackStory(stories[0]), [{ ...a, story: "talks" }, { ...c, story: "talks" }]);
  assert.equal(unpackStory(stories[1]), [{ ...b, story: "storm" }, { ...empty, story: "storm" }]);
});

test("CoveragePartStore.take numbers each story's terms in order of first use and empties the store", () => {
  const store = new CoveragePartStore();
  store.add(b, "storm");
  store.add(a, "talks");
  store.add(c, "talks");
  const [storm, talks] = store.take();
  assert.equal(storm.terms, ["storm", "flood", "town"]);
  assert.equal(talks.terms, ["talk", "geneva"]);
  // a: talk(0) 1, geneva(1) 1 | geneva(1) 1, talk(0) 2; statement ends after 4 and 8 numbers of tf.
  assert.equal(Array.from(talks.parts[0].tf), [0, 1, 1, 1, 1, 1, 0, 2]);
  assert.equal(Array.from(talks.parts[0].nums), [0, 0, 16, 4, 2, 200, 226, 8]);
  assert.equal(Array.from(talks.parts[1].tf), [1, 1]);
  assert.is(store.statements, 0);
  assert.equal(store.take(), []);
});

test("CoveragePartStore on nothing takes no stories", () => {
  assert.equal(new CoveragePartStore().take(), []);
});

test.run();
