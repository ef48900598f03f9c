import { test } from "uvu";
import * as assert from "uvu/assert";
import { StoryTermCounts } from "../../src/stories/consistent-terms";
import { record } from "./records";

// Three stories, outlets A and B in each. A uses "alpha" three times in every story, B never; both use
// "beta" twice. In story s3 only, B uses "gamma" four times (A once).
function counts(): StoryTermCounts {
  const c = new StoryTermCounts();
  for (const story of ["s1", "s2", "s3"]) {
    c.add(record({ id: `a-${story}`, outlet: "A", story, terms: [["alpha", 3], ["beta", 2], ...(story === "s3" ? [["gamma", 1] as [string, number]] : [])] }));
    c.add(record({ id: `b-${story}`, outlet: "B", story, terms: [["beta", 2], ["delta", 3], ...(story === "s3" ? [["gamma", 4] as [string, number]] : [])] }));
  }
  return c;
}

test("consistentTerms: a term an outlet uses more than the story's other outlets in every story is favoured in all of them", () => {
  const rows = counts().consistentTerms({ minStories: 3 });
  const alpha = rows.find((r) => r.outlet === "A" && r.term === "alpha")!;
  assert.equal([alpha.stories, alpha.favoured, alpha.favouredShare, alpha.count], [3, 3, 1, 9]);
  assert.ok(Math.abs(alpha.favouredLow - 0.4385) < 1e-4, "Wilson lower bound of 3 of 3");
  assert.ok(alpha.meanZ > 0);
  const bAlpha = rows.find((r) => r.outlet === "B" && r.term === "alpha")!;
  assert.equal([bAlpha.favoured, bAlpha.favouredShare, bAlpha.count], [0, 0, 0]);
  // gamma occurs in one story only: below minStories, so left out.
  assert.not.ok(rows.some((r) => r.term === "gamma"));
  // Per outlet, rows run from the most consistently favoured.
  assert.is(rows.find((r) => r.outlet === "A")!.term, "alpha");
  assert.is(rows.find((r) => r.outlet === "B")!.term, "delta");
});

test("consistentTerms: minStories 1 keeps a term of one story; a story covered by one outlet is skipped", () => {
  const c = counts();
  c.add(record({ id: "a-solo", outlet: "A", story: "solo", terms: [["alpha", 50]] }));
  const rows = c.consistentTerms({ minStories: 1 });
  assert.is(rows.find((r) => r.outlet === "B" && r.term === "gamma")!.favoured, 1);
  assert.is(rows.find((r) => r.outlet === "A" && r.term === "alpha")!.count, 9, "the solo story adds nothing");
  assert.throws(() => c.consistentTerms({ minStories: 0 }), /minStories must be a whole number >= 1, got 0/);
  assert.equal(new StoryTermCounts().consistentTerms(), []);
});

test("consistentTerms sums an outlet's records of one story before scoring: split over records, the same rows as in one", () => {
  const whole = counts().consistentTerms({ minStories: 1 });
  const split = new StoryTermCounts();
  for (const story of ["s1", "s2", "s3"]) {
    // A's terms over two records (alpha 1 + 2, beta 2 + 0) and a record with no terms; B's as before.
    split.add(record({ id: `a1-${story}`, outlet: "A", story, terms: [["alpha", 1], ["beta", 2]] }));
    split.add(record({ id: `a0-${story}`, outlet: "A", story, terms: [] }));
    split.add(record({ id: `a2-${story}`, outlet: "A", story, terms: [["alpha", 2], ...(story === "s3" ? [["gamma", 1] as [string, number]] : [])] }));
    split.add(record({ id: `b-${story}`, outlet: "B", story, terms: [["beta", 2], ["delta", 3], ...(story === "s3" ? [["gamma", 4] as [string, number]] : [])] }));
  }
  assert.equal(split.consistentTerms({ minStories: 1 }), whole);
  assert.is(whole.find((r) => r.outlet === "A" && r.term === "alpha")!.count, 9);
});

test.run();
