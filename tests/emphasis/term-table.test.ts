import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { EmphasisMerger, emphasisPart } from "../../src/emphasis/part";
import { TermTable } from "../../src/emphasis/term-table";
import { StoryTermCounts } from "../../src/stories/consistent-terms";
import { record } from "../stories/records";

test("TermTable numbers terms 0, 1, ... in order of first appearance", () => {
  const t = new TermTable();
  assert.equal([t.id("b"), t.id("a"), t.id("b"), t.id("c")], [0, 1, 0, 2]);
  assert.equal(t.terms, ["b", "a", "c"]);
});

test("TermTable.idsOf gives a list's ids in order, the same array on a second call, and nothing for an empty list", () => {
  const t = new TermTable();
  const pairs: Array<[string, number]> = [["x", 2], ["y", 1], ["x", 5]];
  const ids = t.idsOf(pairs);
  assert.equal(Array.from(ids), [0, 1, 0]);
  assert.is(t.idsOf(pairs), ids);
  assert.equal(Array.from(t.idsOf([])), []);
  // An equal list that is another array is looked up again, to the same ids.
  assert.equal(Array.from(t.idsOf([["y", 1]])), [1]);
});

test("TermTable: the emphasis merger and the story term counts sharing one table give what each gives with its own", () => {
  const texts = ["Tensions rise\n\nThe invasion fears grow over the invasion.", "Talks in Geneva\n\nThe talks eased tensions.", "Fears grow\n\nTalks failed; fears grow.", "Invasion fears\n\nThe talks failed as tensions rose."];
  const articles = texts.map((text, i) => parseArticle(text, { id: `a${i}`, outlet: i % 2 ? "B" : "A" }));
  const records = articles.map((a, i) => record({ id: a.id, outlet: a.outlet, story: `s${i >> 1}`, terms: emphasisPart(a).terms }));
  const parts = articles.map((a) => emphasisPart(a));
  const table = new TermTable();
  const [shared, alone] = [new EmphasisMerger(undefined, table), new EmphasisMerger()];
  const [sharedStories, aloneStories] = [new StoryTermCounts(table), new StoryTermCounts()];
  records.forEach((r, i) => {
    // As analyze folds them: each record through every fold, stories' first here.
    sharedStories.add({ ...r, emphasis: parts[i] });
    shared.add(parts[i]);
    aloneStories.add({ ...r, emphasis: parts[i] });
    alone.add(parts[i]);
  });
  assert.equal(shared.parts(), alone.parts());
  assert.equal(shared.termCounts(), alone.termCounts());
  const consistent = sharedStories.consistentTerms({ minStories: 1, minCount: 1 });
  assert.ok(consistent.length > 0);
  assert.equal(consistent, aloneStories.consistentTerms({ minStories: 1, minCount: 1 }));
});

test.run();
