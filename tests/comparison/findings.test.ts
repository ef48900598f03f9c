import { test } from "uvu";
import * as assert from "uvu/assert";
import { holm, intervalDifference, outletFindings } from "../../src/comparison/findings";
import { outletFigure, shareWording, toneWording } from "../../src/comparison/headline";
import { OutletFigure, PairDifference } from "../../src/comparison/types";

// Half-widths of 0.98 are standard errors of 0.98 / 1.959964 = 0.5.
const narration = (outlet: string, value: number, n: number, half = 0.98): OutletFigure =>
  outletFigure({ outlet, metric: "tone:narration", label: "narration tone", scale: "score", value, low: value - half, high: value + half, n, unit: "sentences", section: "sentiment", wording: toneWording("narration"), evidence: [{ outlet, articleId: `${outlet.toLowerCase()}-1`, sentence: 2, text: `${outlet} sentence` }] });

test("intervalDifference reads each standard error off the interval's side facing the other estimate", () => {
  // se 0.5 each: diff -2 ± 1.959964 * sqrt(0.5) = -2 ± 1.3859; z = 2 / 0.70711 = 2.8284, p = 0.00468.
  const d = intervalDifference({ value: -1, low: -1.98, high: -0.02 }, { value: 1, low: 0.02, high: 1.98 })!;
  assert.is(d.diff, -2);
  assert.ok(Math.abs(d.low - -3.3859) < 1e-4 && Math.abs(d.high - -0.6141) < 1e-4);
  assert.ok(Math.abs(d.p - 0.00468) < 1e-4);
  // A skewed interval: only the upper half-width (toward the other) counts. se 0.2 and 0.3 -> sqrt(0.13).
  const s = intervalDifference({ value: 0, low: -5, high: 0.2 * 1.959964 }, { value: 1, low: 1 - 0.3 * 1.959964, high: 9 })!;
  assert.ok(Math.abs(s.high - (-1 + 1.959964 * Math.sqrt(0.13))) < 1e-9);
  assert.is(intervalDifference({ value: 1, low: 1, high: 1 }, { value: 1, low: 1, high: 1 }), null);
  assert.is(intervalDifference({ value: null, low: null, high: null }, { value: 1, low: 0, high: 2 }), null);
});

test("holm rejects step-down: p(i) against alpha / (k - i), stopping at the first that fails", () => {
  assert.equal(holm([0.01, 0.04, 0.03]), [true, false, false]); // 0.01 <= 0.0167; 0.03 > 0.025: stop
  assert.equal(holm([0.001, 0.02, 0.04]), [true, true, true]); // 0.001 <= 0.0167, 0.02 <= 0.025, 0.04 <= 0.05
  assert.equal(holm([]), []);
});

test("a supported difference is stated with both values, both intervals, both n and the difference's interval", () => {
  // A 0.00 [-0.98, 0.98] vs B 1.60 [0.62, 2.58]: the intervals overlap, but the difference -1.60 ± 1.3859 excludes 0 (p = 0.024).
  const f = outletFindings([narration("A", 0, 30), narration("B", 1.6, 40)]);
  assert.is(f.length, 1);
  assert.is(f[0].kind, "difference");
  assert.is(f[0].text, "A's narration is more negative than B's: 0.00 [-0.98, 0.98] vs 1.60 [0.62, 2.58] (n = 30 and 40 sentences; difference -1.60 [-2.99, -0.21]; 1 pair compared).");
  assert.equal(f[0].outlets, ["A", "B"]);
  assert.equal(f[0].evidence.map((e) => e.articleId), ["a-1", "b-1"]);
});

test("a share difference leads with the larger share and gives percentage points", () => {
  const share = (outlet: string, value: number, half: number) => outletFigure({ outlet, metric: "voice:us", label: "share of voice: US", scale: "share", value, low: value - half, high: value + half, n: 20, unit: "quotes", section: "quotes", wording: shareWording("share of quoted words for US") });
  // se 0.1 each (half-width 0.196): diff 0.5 ± 1.959964 * 0.141421 = [0.2228, 0.7772].
  const f = outletFindings([share("A", 0.2, 0.196), share("B", 0.7, 0.196)]);
  assert.is(f[0].text, "B's share of quoted words for US is larger than A's: 70% [50, 90] vs 20% [0, 40] (n = 20 and 20 quotes; difference +50.0 pp [+22.3 pp, +77.7 pp]; 1 pair compared).");
});

test("overlapping intervals give the cannot-tell-apart sentence with every outlet's n", () => {
  const f = outletFindings([narration("A", -0.5, 30), narration("B", 0, 40)]);
  assert.equal(f.map((x) => x.kind), ["no-difference"]);
  assert.is(f[0].text, "The articles cannot tell the outlets apart on narration tone: no difference between two of them clears its interval (1 pair compared; n = A 30, B 40 sentences).");
});

test("with three outlets the pairs are Holm-corrected: a pair significant alone is not stated among three", () => {
  // Pairs: A-B p = 0.024, A-C p = 0.89, B-C p = 0.034; Holm's first threshold is 0.05 / 3 = 0.0167.
  const f = outletFindings([narration("A", 0, 30), narration("B", 1.6, 40), narration("C", 0.1, 25)]);
  assert.equal(f.map((x) => x.kind), ["no-difference"]);
  assert.match(f[0].text, /\(3 pairs compared, Holm-corrected; n = A 30, B 40, C 25 sentences\)\.$/);
  assert.is(f[0].pairs, 3);
});

test("a supported pair among several is stated, and the rest are said to be not told apart", () => {
  const f = outletFindings([narration("A", 0, 30), narration("B", 0.2, 40), narration("C", 5, 25)]);
  assert.equal(f.map((x) => [x.kind, x.outlets.join("")]), [["difference", "AC"], ["difference", "BC"], ["no-difference", "AB"]]);
  assert.match(f[0].text, /^A's narration is more negative than C's: 0\.00 \[-0\.98, 0\.98\] vs 5\.00 \[4\.02, 5\.98\] \(n = 30 and 25 sentences; difference -5\.00 \[-6\.39, -3\.61\]; 3 pairs compared, Holm-corrected\)\.$/);
  assert.is(f[2].text, "The other 1 of 3 pairs of outlets cannot be told apart on narration tone (n = A 30, B 40 sentences).");
});

test("outlets under minN are named and left out; with fewer than two left, the sentence says too few", () => {
  const f = outletFindings([narration("A", 0, 30), narration("B", 5, 3)]);
  assert.is(f[0].text, "Too few observations to compare the outlets on narration tone (n = A 30, B 3 sentences): a comparison needs at least 5 sentences and an interval for each of two outlets.");
  // Named when the others are compared.
  const three = outletFindings([narration("A", 0, 30), narration("B", 0.1, 30), narration("C", 5, 2)]);
  assert.match(three[0].text, /\(1 pair compared; n = A 30, B 30 sentences\)\. Not compared: C \(n = 2\), with fewer than 5 sentences or no interval\.$/);
  assert.equal(outletFindings([narration("A", 0, 30)]), []);
  assert.equal(outletFindings([]), []);
});

test("with several stories a pooled metric that has a within-story counterpart is left to it, judged on the story pairs", () => {
  const within = (outlet: string, value: number) => outletFigure({ outlet, metric: "story:tone:narration", label: "narration tone, within stories", scale: "score", basis: "within-story", value, low: value - 0.5, high: value + 0.5, n: 6, unit: "stories", section: "stories", wording: toneWording("narration") });
  const pairs: PairDifference[] = [{ metric: "story:tone:narration", a: "A", b: "B", stories: 6, diff: -1.2, low: -1.9, high: -0.4, p: 0.004 }];
  const f = outletFindings([narration("A", 0, 30), narration("B", 1.6, 40), within("A", -0.6), within("B", 0.6)], { stories: 6, pairs });
  assert.equal(f.map((x) => [x.kind, x.metric]), [["difference", "story:tone:narration"]]);
  assert.is(f[0].text, "Within stories, A's narration is more negative than B's: -0.60 [-1.10, -0.10] vs +0.60 [+0.10, +1.10] (each against the story mean, over 6 and 6 stories; difference within the 6 stories both cover -1.20 [-1.90, -0.40], from resampling stories; 1 pair compared).");
  // A pooled metric without a within-story counterpart says it pools the stories.
  const pooledOnly = outletFindings([narration("A", -0.5, 30), narration("B", 0, 40)], { stories: 6 });
  assert.match(pooledOnly[0].text, /n = A 30, B 40 sentences, pooled over the corpus's 6 stories\)\.$/);
});

test("coverage counts give a descriptive note, not a comparison", () => {
  const only = (outlet: string, value: number) => outletFigure({ outlet, metric: "only", label: "facts only this outlet reports", scale: "count", value, n: 10, unit: "facts", section: "coverage" });
  const f = outletFindings([only("A", 3), only("B", 0)]);
  assert.is(f[0].kind, "note");
  assert.match(f[0].text, /^Facts only one outlet reports: A 3, B 0\./);
});

test.run();
