import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { loadedTerms } from "../../src/emphasis/contrast";
import { distinctiveTerms, topDistinctive } from "../../src/emphasis/distinctive";
import { g2, logOddsDirichlet, logRatio } from "../../src/emphasis/keyness";
import { kwic, kwicMany } from "../../src/emphasis/kwic";
import { positionEmphasis } from "../../src/emphasis/position";
import { countTerms } from "../../src/emphasis/terms";
import { backgroundCoverage, loadFrequencyList, parseFrequencyList } from "../../src/emphasis/background";
import { distinctiveTermsChart, loadedTermsChart, positionEmphasisChart } from "../../src/emphasis/charts";
import { chartNote } from "../../src/charts/theme";

const close = (a: number, b: number, eps = 1e-9) => Math.abs(a - b) < eps;

test("logOddsDirichlet follows Monroe, Colaresi & Quinn (2008) on a hand-computed case", () => {
  // y1=3 of n1=10, y2=1 of n2=10, prior a=2 of a0=10:
  // delta = ln(5/15) - ln(3/17) = ln(17/9) = 0.6360; variance = 1/5 + 1/3 = 0.5333; z = 0.6360/0.7303 = 0.8709
  const r = logOddsDirichlet(3, 10, 1, 10, 2, 10);
  assert.ok(close(r.delta, Math.log(17 / 9)));
  assert.ok(close(r.variance, 1 / 5 + 1 / 3));
  assert.ok(close(r.z, Math.log(17 / 9) / Math.sqrt(8 / 15)));
});

test("logRatio is log2 of the relative-frequency ratio, with 0.5 for a zero count", () => {
  assert.is(logRatio(4, 100, 1, 100), 2);
  assert.is(logRatio(0, 100, 2, 100), -2);
});

test("g2 matches Rayson's formula and is signed by direction", () => {
  // y1=10 of 100, y2=0 of 100: E1 = E2 = 5; G2 = 2 * 10 ln(10/5) = 13.8629
  assert.ok(close(g2(10, 100, 0, 100), 20 * Math.log(2)));
  assert.ok(close(g2(0, 100, 10, 100), -20 * Math.log(2)));
  assert.is(g2(5, 100, 5, 100), 0);
});

const a = parseArticle("Russian tensions rise\n\nThe invasion fears grow. Tensions rose after the invasion warning.", { id: "a", outlet: "A" });
const b = parseArticle("Talks in Geneva\n\nThe talks were useful. Diplomats held talks in Geneva about the incursion.", { id: "b", outlet: "B" });

test("countTerms counts lemmas of content words and adjacent bigrams, never stop words or numbers", () => {
  const c = countTerms(parseArticle("Tensions rose. The 100 tensions grow fast.", { headline: null }));
  assert.is(c.get("tension"), 2);
  assert.is(c.get("tension rise"), 1);
  assert.is(c.get("the"), undefined);
  assert.is(c.get("100"), undefined);
  assert.is(c.get("tension grow"), 1);
  assert.throws(() => countTerms(a, { ngrams: [3] }), /unknown n-gram size 3; expected 1 or 2/);
});

test("distinctiveTerms ranks each outlet's own words above the other's, with counts and rates", () => {
  const rows = distinctiveTerms([a, b], { minCount: 2 });
  const tA = rows.find((r) => r.outlet === "A" && r.term === "tension")!;
  assert.equal([tA.count, tA.otherCount], [2, 0]);
  assert.ok(tA.z > 0 && tA.log_ratio > 0 && tA.g2 > 0);
  const tB = rows.find((r) => r.outlet === "B" && r.term === "tension")!;
  assert.ok(tB.z < 0);
  assert.is(topDistinctive(rows, 1).filter((r) => r.outlet === "A")[0].z, Math.max(...rows.filter((r) => r.outlet === "A").map((r) => r.z)));
  assert.equal(distinctiveTerms([]), []);
});

test("a background frequency list sets the prior's shape, rescaled to the corpus's size", () => {
  const withBg = distinctiveTerms([a, b], { background: new Map([["tension", 1000], ["talk", 1000]]), minCount: 2 });
  const pooled = distinctiveTerms([a, b], { minCount: 2 });
  const row = (rows: typeof pooled) => rows.find((r) => r.outlet === "A" && r.term === "tension")!;
  // A has n1 unigrams, B n2; the prior's a0 is n1 + n2 and "tension" holds half the background: a = a0 / 2.
  const n1 = Array.from(countTerms(a).entries()).filter(([k]) => !k.includes(" ")).reduce((s, [, v]) => s + v, 0);
  const n2 = Array.from(countTerms(b).entries()).filter(([k]) => !k.includes(" ")).reduce((s, [, v]) => s + v, 0);
  assert.equal([n1, n2], [10, 9]); // russian tension rise invasion fear grow tension rise invasion warning; talk geneva talk useful diplomat hold talk geneva incursion
  assert.ok(close(row(withBg).z, logOddsDirichlet(2, 10, 0, 9, 19 / 2, 19).z));
  assert.ok(close(row(pooled).z, logOddsDirichlet(2, 10, 0, 9, 2, 19).z), "pooled prior: a = the pooled count");
  const small = distinctiveTerms([a, b], { background: new Map([["tension", 1], ["talk", 1]]), minCount: 2 });
  assert.ok(close(row(small).z, row(withBg).z), "only the background's shares matter");
});

test("backgroundCoverage is the share of word occurrences the background lists", () => {
  // A: russian tension rise invasion fear grow tension rise invasion warning; "tension" is 2 of 10.
  assert.is(backgroundCoverage([a], new Map([["tension", 5], ["talk", 9]])), 0.2);
  assert.is(backgroundCoverage([a, b], new Map([["tension", 5], ["talk", 9]])), 5 / 19);
  assert.is(backgroundCoverage([], new Map([["talk", 1]])), 0);
});

test("parseFrequencyList reads term/count lines, skipping a header and comments, adding repeats", () => {
  const m = parseFrequencyList("\uFEFFterm,count\n# from a news corpus\nTension\t120\ntalk, 80\n\ntension,5\ncold war\t3\n", "bg.csv");
  assert.equal(Array.from(m), [["tension", 125], ["talk", 80], ["cold war", 3]]);
});

test("parseFrequencyList names the file and line of a bad entry", () => {
  assert.throws(() => parseFrequencyList("tension\t12\ntalk\n", "bg.tsv"), /^bg\.tsv: line 2: expected "term<TAB>count" or "term,count", got "talk"$/);
  assert.throws(() => parseFrequencyList("tension\t12\ntalk\tmany\n", "bg.tsv"), /bg\.tsv: line 2: count "many" is not a non-negative number/);
  assert.throws(() => parseFrequencyList("tension\t-3\n", "bg.tsv"), /line 1: count "-3"/);
  assert.throws(() => parseFrequencyList("# nothing\n", "bg.tsv"), /bg\.tsv: no term counts found; expected/);
  assert.throws(() => parseFrequencyList("talk\tlots\n", "bg.tsv"), /bg\.tsv: no term counts found \(line 1, "talk\\tlots", was taken for a header\)/);
  assert.throws(() => loadFrequencyList("/no/such/list.tsv"), /\/no\/such\/list\.tsv: cannot read the background frequency list \(ENOENT\)/);
});

test("kwic finds a lemma in any inflection, with context and offsets", () => {
  const k = kwic([a, b], "tension");
  assert.equal(k.map((x) => [x.outlet, x.match]), [["A", "tensions"], ["A", "Tensions"]]);
  assert.is(a.text.slice(k[1].start, k[1].end), "Tensions");
  assert.is(kwic([a, b], "talk", { outlet: "B" }).length, 3); // headline "Talks", "talks", "talks"
  assert.equal(kwic([a], "nothing"), []);
  const many = kwicMany([a, b], ["tension", "talk", "invasion warning", "stand-off"]);
  assert.equal(Array.from(many, ([t, hits]) => [t, hits.length]), [["tension", 2], ["talk", 3], ["invasion warning", 1], ["stand-off", 0]]);
  assert.is(kwicMany([parseArticle("A tense stand-off.", { headline: null })], ["stand-off"]).get("stand-off")![0].match, "stand-off");
});

test("loadedTerms counts each contrast term per outlet, zeros included", () => {
  const rows = loadedTerms([a, b], [{ name: "move", terms: ["invasion", "incursion"] }]);
  assert.equal(rows.map((r) => [r.term, r.outlet, r.count]), [["invasion", "A", 2], ["invasion", "B", 0], ["incursion", "A", 0], ["incursion", "B", 1]]);
  assert.is(rows[0].examples[0].match, "invasion");
  // A: invasion 2 of 2 uses of the set; B: incursion 1 of 1.
  assert.equal(rows.map((r) => [r.setTotal, r.shareOfSet]), [[2, 1], [1, 0], [2, 0], [1, 1]]);
  assert.equal(loadedTerms([a], [{ name: "capital", terms: ["kyiv", "kiev"] }]).map((r) => [r.setTotal, r.shareOfSet]), [[0, 0], [0, 0]]);
});

test("positionEmphasis compares headline and lead with the rest", () => {
  const art = parseArticle("Invasion fears\n\nTalks began. Invasion fears grew.\n\nLater the talks ended and talks resumed.", { id: "p", outlet: "P" });
  const rows = positionEmphasis([art]).filter((r) => r.kind === "term");
  const talk = rows.find((r) => r.item === "talk")!;
  // up front: invasion, fear (headline), talk, begin, invasion, fear, grow (lead) = 7 words; rest: later? talk, end, talk, resume
  assert.equal([talk.top, talk.rest], [1, 2]);
  assert.is(rows.find((r) => r.item === "invasion")!.lift, Infinity);
});

test("distinctiveTermsChart colours only |z| >= 1.96", () => {
  const rows = [{ outlet: "A", term: "x", n: 1, count: 3, rate: 1, otherCount: 0, delta: 1, variance: 1, z: 2.5, log_ratio: 1, g2: 1, tfidf: 0 }, { outlet: "A", term: "y", n: 1, count: 1, rate: 1, otherCount: 1, delta: 0, variance: 1, z: 0.5, log_ratio: 0, g2: 0, tfidf: 0 }];
  const fig = distinctiveTermsChart(rows);
  assert.equal((fig.data[0].marker as { color: string[] }).color, ["#bbb", "#0072B2"]);
});

test("loadedTermsChart stacks each outlet's share of the set, with n in the tick labels", () => {
  const fig = loadedTermsChart(loadedTerms([a, b], [{ name: "move", terms: ["invasion", "incursion", "attack"] }]));
  assert.equal(fig.data.map((t) => t.name), ["invasion", "incursion"]); // nobody says "attack"
  assert.equal(fig.data.map((t) => t.x), [[100, 0], [0, 100]]);
  assert.equal(fig.data[0].y, ["A (n=2)", "B (n=1)"]);
  assert.equal(fig.data[0].text, ["invasion 2", ""]);
  // A set no outlet uses gets no panel; the note names it.
  const two = loadedTermsChart(loadedTerms([a, b], [{ name: "move", terms: ["invasion", "incursion"] }, { name: "capital", terms: ["kyiv", "kiev"] }]));
  assert.equal(Array.from(new Set(two.data.map((t) => t.legendgroup))), ["move"]);
  assert.match(chartNote(two.layout), /No outlet uses the words of: capital\./);
});

test("positionEmphasisChart counts items in the headline and lead per outlet", () => {
  const art = parseArticle("Invasion fears\n\nTalks began. Invasion fears grew.\n\nLater the talks ended and talks resumed.", { id: "p", outlet: "P" });
  const fig = positionEmphasisChart(positionEmphasis([art, a]), { kind: "term", perOutlet: 2 });
  // P up front: invasion 2, fear 2, talk 1, ...; A (all of it is headline + lead): invasion 2, rise 2,
  // tension 2, ... ties broken alphabetically.
  assert.equal(fig.data[0].y, ["fear", "invasion", "rise"]);
  assert.equal(fig.data[0].z, [[2, 1], [2, 2], [0, 2]]);
  assert.throws(() => positionEmphasisChart([], { kind: "word" as "term" }), /unknown kind "word"; expected one of "actor", "term"/);
});

test.run();
