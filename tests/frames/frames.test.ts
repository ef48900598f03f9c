import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { detectFrames, frameShares, framesPart, frameSharesFromParts, FramesPart } from "../../src/frames/detect";
import { wilsonInterval } from "../../src/stats/proportion";

const art = parseArticle("Talks fail\n\nRussia and the West clash over Ukraine. Sanctions would cost the economy billions. Families grieve their loved ones. Nothing else happened here.", { id: "a", outlet: "A" });

test("detectFrames finds each frame's indicators by lemma and phrase, keeping the sentence", () => {
  const ev = detectFrames([art]);
  assert.equal(ev.map((e) => [e.frame, e.indicators.sort().join("+")]), [
    ["conflict", "clash+the west"],
    ["economic", "billion+cost+economy+sanction"],
    ["human interest", "family+loved one"],
  ]);
  assert.is(art.text.slice(ev[0].start, ev[0].end), "Russia and the West clash over Ukraine.");
  assert.throws(() => detectFrames([art], [{ frame: "fear" as never, items: "", indicators: [] }]), /unknown frame "fear"/);
});

test("detectFrames counts 'right' as moral only in 'human rights' and 'right and wrong', not 'the right track'", () => {
  const a = parseArticle("We are on the right track. Human rights groups protested. He knows right and wrong.", { id: "m", outlet: "M", headline: null });
  assert.equal(detectFrames([a]).filter((e) => e.frame === "morality").map((e) => [e.sentence, e.indicators]), [[1, ["human right"]], [2, ["right and wrong"]]]);
});

test("frameShares gives every frame per outlet with Wilson intervals over the outlet's sentences", () => {
  const shares = frameShares([art], detectFrames([art]));
  const conflict = shares.find((s) => s.frame === "conflict")!;
  assert.equal([conflict.sentences, conflict.n, conflict.share], [1, 5, 0.2]);
  const w = wilsonInterval(1, 5);
  assert.equal([conflict.low, conflict.high], [w.low, w.high]);
  assert.is(shares.find((s) => s.frame === "morality")!.sentences, 0);
  assert.is(shares.length, 5);
});

const other = parseArticle("Sanctions hit\n\nThe economy suffers under sanctions. Families fear the cost.", { id: "b", outlet: "B" });
const again = parseArticle("More talks\n\nThe rivals clash again.", { id: "a2", outlet: "A" });
const articles = [art, other, again];
const parts = articles.map((x) => framesPart(x));

test("framesPart keeps one article's sentence count and frame evidence", () => {
  const p = framesPart(art);
  assert.equal([p.articleId, p.outlet, p.sentences], ["a", "A", 5]);
  assert.equal(p.evidence, detectFrames([art]));
  assert.throws(() => framesPart(art, [{ frame: "fear" as never, items: "", indicators: [] }]), /unknown frame "fear"/);
});

test("frameSharesFromParts gives what frameShares gives, summing an outlet's articles", () => {
  assert.equal(frameSharesFromParts(parts), frameShares(articles, detectFrames(articles)));
  const conflictA = frameSharesFromParts(parts).find((s) => s.outlet === "A" && s.frame === "conflict")!;
  // A: 5 sentences in "art" (one with "clash"), 2 in "again" (one with "clash").
  assert.equal([conflictA.sentences, conflictA.n, conflictA.topIndicators], [2, 7, "clash×2, the west×1, rival×1"]);
});

test("frameSharesFromParts does not depend on the parts' order, except outlet order and the order of tied indicators", () => {
  // Indicators tied in count are listed in the order the parts give them: compare them as sets.
  const strip = (rows: ReturnType<typeof frameSharesFromParts>) => rows.map((r) => JSON.stringify({ ...r, topIndicators: r.topIndicators.split(", ").sort() })).sort();
  assert.equal(strip(frameSharesFromParts(parts.slice().reverse())), strip(frameSharesFromParts(parts)));
  assert.equal(Array.from(new Set(frameSharesFromParts([parts[1], parts[0]]).map((r) => r.outlet))), ["B", "A"]);
});

test("a frames part survives structuredClone and a JSON round trip", () => {
  const json: FramesPart[] = parts.map((p) => JSON.parse(JSON.stringify(p)));
  assert.equal(parts.map((p) => structuredClone(p)), parts);
  assert.equal(json, parts);
  assert.equal(frameSharesFromParts(json), frameSharesFromParts(parts));
});

test("an empty article gives 0 sentences and no evidence; no parts give no shares", () => {
  const p = framesPart(parseArticle("", { id: "e", outlet: "E" }));
  assert.equal([p.sentences, p.evidence], [0, []]);
  const shares = frameSharesFromParts([p]);
  assert.equal(shares.map((s) => [s.sentences, s.n]), [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
  assert.equal(frameSharesFromParts([]), []);
});

test("wilsonInterval matches the textbook value and stays inside [0, 1]", () => {
  // k=1, n=5: centre (0.2 + 0.384146)/1.768292 = 0.330345; half 0.276289 -> [0.036, 0.624]
  const w = wilsonInterval(1, 5);
  assert.ok(Math.abs(w.low - 0.0362) < 1e-3 && Math.abs(w.high - 0.6245) < 1e-3);
  assert.is(wilsonInterval(0, 4).low, 0);
  assert.is(wilsonInterval(4, 4).high, 1);
  assert.ok(Number.isNaN(wilsonInterval(0, 0).p));
});

test.run();
