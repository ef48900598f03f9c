import { test } from "uvu";
import * as assert from "uvu/assert";
import { EvidenceSample, clip, outletFigure, valueText } from "../../src/comparison/headline";
import { ratioInterval } from "../../src/comparison/ratio-interval";
import { studentTwoSidedP } from "../../src/comparison/student-t";
import { storyPairDifferences } from "../../src/comparison/story-figures";
import { bootstrapMeanCI } from "../../src/stats/bootstrap";

test("valueText prints scores to two decimals, shares as percent, within-story values signed (pp for shares)", () => {
  assert.is(valueText("score", "pooled", -1.0655, -1.8907, -0.2386), "-1.07 [-1.89, -0.24]");
  assert.is(valueText("share", "pooled", 0.406, 0.2552, 0.5774), "41% [26, 58]");
  assert.is(valueText("score", "within-story", 0.31, 0.1, 0.52), "+0.31 [+0.10, +0.52]");
  assert.is(valueText("share", "within-story", 0.052, -0.01, 0.094), "+5.2 pp [-1.0, +9.4]");
  assert.is(valueText("score", "pooled", 0.5), "0.50");
  assert.is(valueText("score", "pooled", null), "n/a");
  assert.is(valueText("count", "pooled", 17), "17");
});

test("outletFigure turns NaN bounds (no observation) into null and keeps at most three pieces of evidence", () => {
  const ev = (i: number) => ({ outlet: "A", articleId: `a${i}`, text: `t${i}` });
  const f = outletFigure({ outlet: "A", metric: "tone:quotes", label: "quoted tone", scale: "score", value: NaN, low: NaN, high: NaN, n: 0, unit: "sentences", section: "sentiment", evidence: [ev(1), ev(2), ev(3), ev(4)] });
  assert.equal([f.value, f.low, f.high, f.display, f.basis], [null, null, null, "n/a", "pooled"]);
  assert.equal(f.evidence.map((e) => e.articleId), ["a1", "a2", "a3"]);
});

test("EvidenceSample keeps the k items of greatest weight per key, the earlier on ties", () => {
  const s = new EvidenceSample(2);
  const e = (t: string) => ({ outlet: "A", articleId: "a", text: t });
  s.add("k", e("w1"), 1);
  s.add("k", e("w3"), 3);
  s.add("k", e("w3 later"), 3);
  s.add("k", e("w2"), 2);
  s.add("other", e("x"), 0);
  assert.equal(s.get("k").map((x) => x.text), ["w3", "w3 later"]);
  assert.equal(s.get("other").map((x) => x.text), ["x"]);
  assert.equal(s.get("none"), []);
  // Full at k = 2 with weights 3 and 3: a weight of 3 is not wanted, 4 is; an unseen key always is.
  assert.equal([s.wants("k", 3), s.wants("k", 4), s.wants("new", 0)], [false, true, true]);
});

test("clip cuts long text at a word boundary with an ellipsis and squeezes white space", () => {
  assert.is(clip("one  two\nthree"), "one two three");
  assert.is(clip("alpha beta gamma delta", 12), "alpha beta…");
});

test("ratioInterval: a side never quoted gets the Wilson interval of 0 of n quotes, not a zero-width one", () => {
  // 0 of 4 quotes: Wilson upper bound z^2 / (n + z^2) = 3.8415 / 7.8415 = 0.4899.
  const none = ratioInterval([[0, 5], [0, 10], [0, 3], [0, 7]]);
  assert.is(none.estimate, 0);
  assert.is(none.low, 0);
  assert.ok(Math.abs(none.high - 0.4899) < 1e-4);
  // Every quote the side's: 1, with the Wilson lower bound 4 / 7.8415 = 0.5101.
  const all = ratioInterval([[5, 5], [10, 10], [3, 3], [7, 7]]);
  assert.equal([all.estimate, all.high], [1, 1]);
  assert.ok(Math.abs(all.low - 0.5101) < 1e-4);
  // Mixed: the estimate is the ratio of sums (9 of 30 words), inside its bootstrap interval.
  const mixed = ratioInterval([[5, 5], [0, 10], [4, 8], [0, 7]]);
  assert.ok(Math.abs(mixed.estimate - 0.3) < 1e-12 && mixed.low < 0.3 && mixed.high > 0.3 && mixed.low >= 0 && mixed.high <= 1);
  assert.ok(Number.isNaN(ratioInterval([]).estimate));
});

test("studentTwoSidedP matches the closed forms for 1 and 2 degrees of freedom and the normal for many", () => {
  // df 1: p = 1 - (2/pi) atan(t); df 2: p = 1 - t / sqrt(2 + t^2).
  assert.ok(Math.abs(studentTwoSidedP(1, 1) - 0.5) < 1e-9);
  assert.ok(Math.abs(studentTwoSidedP(3.4641016, 2) - (1 - 3.4641016 / Math.sqrt(14))) < 1e-7);
  assert.ok(Math.abs(studentTwoSidedP(1.959964, 1e6) - 0.05) < 1e-5);
  assert.is(studentTwoSidedP(0, 3), 1);
  assert.throws(() => studentTwoSidedP(1, 0), /degrees of freedom must be > 0, got 0/);
});

test("storyPairDifferences pairs outlets within the stories both cover: mean difference, story bootstrap, paired t", () => {
  const row = (story: string, outlet: string, value: number) => ({ story, level: "outlet" as const, outlet, metric: "tone", value });
  // A - B per story: 1, 2, 3 (s4 only A): mean 2, sd 1, t = 2 / (1 / sqrt 3) = 3.4641 on 2 df, p = 0.0742.
  const rows = [row("s1", "A", 1), row("s1", "B", 0), row("s2", "A", 2), row("s2", "B", 0), row("s3", "A", 3), row("s3", "B", 0), row("s4", "A", 9), { ...row("s1", "G", 5), level: "group" as const }];
  const [d, ...rest] = storyPairDifferences(rows, ["tone", "frame:conflict"]);
  assert.equal(rest, []);
  assert.equal([d.metric, d.a, d.b, d.stories, d.diff], ["story:tone", "A", "B", 3, 2]);
  assert.ok(Math.abs(d.p! - (1 - 3.4641016 / Math.sqrt(14))) < 1e-6);
  const ci = bootstrapMeanCI([1, 2, 3]);
  assert.equal([d.low, d.high], [ci.low, ci.high]);
  // One shared story: a difference without interval or p.
  const one = storyPairDifferences([row("s1", "A", 1), row("s1", "B", 3)], ["tone"]);
  assert.equal(one, [{ metric: "story:tone", a: "A", b: "B", stories: 1, diff: -2, low: null, high: null, p: null }]);
});

test.run();
