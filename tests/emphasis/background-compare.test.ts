import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { mostFrequentTerm, pooledTermCounts, termZByBackground } from "../../src/emphasis/background-compare";

const close = (a: number | null, b: number, eps = 1e-9) => a !== null && Math.abs(a - b) < eps;
// Outlet A counts peace 2, war 1; outlet B war 2, talk 1 (unigrams, lemmas).
const a = parseArticle("peace peace war.", { id: "a", outlet: "A" });
const b = parseArticle("war war talks.", { id: "b", outlet: "B" });
const unigrams = { ngrams: [1] } as const;

test("pooledTermCounts sums every outlet's counts, terms in order of first appearance", () => {
  assert.equal(Array.from(pooledTermCounts([a, b], unigrams)), [["peace", 2], ["war", 3], ["talk", 1]]);
  assert.equal(pooledTermCounts([]).size, 0);
});

test("mostFrequentTerm takes the highest count, the first on a tie, null for no terms", () => {
  assert.is(mostFrequentTerm(new Map([["a", 1], ["b", 3], ["c", 3]])), "b");
  assert.is(mostFrequentTerm(new Map()), null);
});

test("termZByBackground reads each outlet's z under each prior (hand-computed log-odds)", () => {
  // Default prior = pooled counts: a0 = 6 unigrams, a(peace) = 6 * 2/6 = 2. For A: y1 = 2 of n1 = 3,
  // y2 = 0 of n2 = 3: delta = ln(4/5) - ln(2/7) = ln 2.8, variance = 1/4 + 1/2, z = ln 2.8 / sqrt(0.75).
  // Background {peace: 1, war: 5}: a(peace) = 6 * 1/6 = 1: delta = ln(3/6) - ln(1/8) = ln 4,
  // variance = 1/3 + 1/1, z = ln 4 / sqrt(4/3). B mirrors A (its counts are A's swapped).
  const rows = termZByBackground([a, b], "peace", { default: null, pooled: pooledTermCounts([a, b], unigrams), skewed: new Map([["peace", 1], ["war", 5]]) }, unigrams);
  assert.equal(rows.map((r) => [r.outlet, r.term, Object.keys(r.z)]), [["A", "peace", ["default", "pooled", "skewed"]], ["B", "peace", ["default", "pooled", "skewed"]]]);
  const zDefault = Math.log(2.8) / Math.sqrt(0.75);
  const zSkewed = Math.log(4) / Math.sqrt(4 / 3);
  assert.ok(close(rows[0].z.default, zDefault), String(rows[0].z.default));
  assert.ok(close(rows[0].z.pooled, zDefault));
  assert.ok(close(rows[0].z.skewed, zSkewed), String(rows[0].z.skewed));
  assert.ok(close(rows[1].z.default, -zDefault));
  assert.ok(close(rows[1].z.skewed, -zSkewed));
});

test("termZByBackground gives null for a term below minCount or absent, [] for no articles, and rejects an empty term", () => {
  const rows = termZByBackground([a, b], "talk", { default: null }, unigrams);
  assert.equal(rows.map((r) => r.z), [{ default: null }, { default: null }]);
  assert.equal(termZByBackground([a, b], "unicorn", { default: null }, unigrams)[0].z, { default: null });
  assert.equal(termZByBackground([], "peace", { default: null }), []);
  assert.throws(() => termZByBackground([a], " ", { default: null }), /termZByBackground: the term is empty; give a framelens term/);
});

test.run();
