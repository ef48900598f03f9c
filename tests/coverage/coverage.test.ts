import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { alignStatements, cosine, outletSimilarity, statementVectors } from "../../src/coverage/align";
import { coverageMatrixChart } from "../../src/coverage/charts";

const a = parseArticle("Blinken and Lavrov met in Geneva on Friday. Russia announced naval drills with warships. The weather was cold.", { id: "a", outlet: "A", headline: null });
const b = parseArticle("Lavrov and Blinken met in Geneva on Friday for talks. Habeck suggested energy cooperation with Moscow.", { id: "b", outlet: "B", headline: null });

test("cosine of a statement with itself is 1 and with an unrelated one 0", () => {
  const st = statementVectors([a, b]);
  assert.ok(Math.abs(cosine(st[0], st[0]) - 1) < 1e-12);
  assert.is(cosine(st[2], st[4]), 0); // weather vs Habeck
});

test("alignStatements joins the shared fact and leaves each outlet's own facts single", () => {
  const facts = alignStatements([a, b]);
  assert.equal(facts[0].outlets, ["A", "B"]);
  assert.match(facts[0].label, /met in Geneva on Friday/);
  const single = facts.filter((f) => f.outlets.length === 1).map((f) => [f.outlets[0], f.label]);
  assert.equal(single, [["A", "Russia announced naval drills with warships."], ["B", "Habeck suggested energy cooperation with Moscow."], ["A", "The weather was cold."]]);
  assert.equal(facts.map((f) => f.id), [1, 2, 3, 4]);
  assert.equal(alignStatements([]), []);
});

test("outletSimilarity is symmetric with ones on the diagonal", () => {
  const { outlets, matrix } = outletSimilarity([a, b]);
  assert.equal(outlets, ["A", "B"]);
  assert.equal([matrix[0][0], matrix[1][1]], [1, 1]);
  assert.is(matrix[0][1], matrix[1][0]);
  assert.ok(matrix[0][1] > 0 && matrix[0][1] < 1);
});

test("coverageMatrixChart marks shared facts 1 and single-outlet facts 0.5", () => {
  const fig = coverageMatrixChart(alignStatements([a, b]), ["A", "B"], { uniqueMinWords: 1 });
  assert.equal((fig.data[0].z as number[][])[0], [1, 1]);
  assert.equal((fig.data[0].z as number[][])[1], [0.5, 0]);
});

test.run();
