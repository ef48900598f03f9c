import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { CoveragePart, coveragePart, statementVectors, statementVectorsFromParts } from "../../src/coverage/statements";

const art = (id: string, text: string) => parseArticle(text, { id, outlet: id.toUpperCase(), headline: null });
const a = art("a", "Blinken and Lavrov met in Geneva on Friday. It is so. Blinken met Lavrov again.");
const b = art("b", "Lavrov and Blinken met in Geneva for talks.");
const close = (x: number, y: number, eps = 1e-12) => assert.ok(Math.abs(x - y) < eps, `${x} != ${y}`);

test("coveragePart counts content-word lemmas per sentence and leaves out sentences without one", () => {
  const p = coveragePart(a);
  assert.equal([p.articleId, p.outlet], ["a", "A"]);
  // "It is so." holds only stop words: no statement.
  assert.equal(p.statements.map((s) => s.sentence), [0, 2]);
  assert.equal(p.statements[0].tf, [["blinken", 1], ["lavrov", 1], ["meet", 1], ["geneva", 1], ["friday", 1]]);
  assert.equal(p.statements[1].tf, [["blinken", 1], ["meet", 1], ["lavrov", 1]]);
  assert.is(a.text.slice(p.statements[1].start, p.statements[1].end), "Blinken met Lavrov again.");
  assert.is(p.statements[1].text, "Blinken met Lavrov again.");
});

test("statementVectorsFromParts weights by smoothed idf over every part's statements, as statementVectors does", () => {
  const parts = [coveragePart(a), coveragePart(b)];
  const st = statementVectorsFromParts(parts);
  assert.equal(st, statementVectors([a, b]));
  // 3 statements; "friday" in 1, "blinken" in all 3: ln(4/2) + 1 and ln(4/4) + 1.
  close(st[0].vector.get("friday")!, Math.log(4 / 2) + 1);
  close(st[0].vector.get("blinken")!, 1);
  assert.equal(st.map((s) => [s.outlet, s.articleId, s.sentence]), [["A", "a", 0], ["A", "a", 2], ["B", "b", 0]]);
});

test("statement weights do not depend on the parts' order; the statements follow it", () => {
  const forward = statementVectorsFromParts([coveragePart(a), coveragePart(b)]);
  const backward = statementVectorsFromParts([coveragePart(b), coveragePart(a)]);
  assert.equal(backward.map((s) => s.articleId), ["b", "a", "a"]);
  assert.equal(backward.slice(1), forward.slice(0, 2));
  assert.equal(backward[0], forward[2]);
});

test("a coverage part survives structuredClone and a JSON round trip", () => {
  const parts = [coveragePart(a), coveragePart(b)];
  const json: CoveragePart[] = parts.map((p) => JSON.parse(JSON.stringify(p)));
  assert.equal(parts.map((p) => structuredClone(p)), parts);
  assert.equal(json, parts);
  assert.equal(statementVectorsFromParts(json), statementVectorsFromParts(parts));
});

test("an empty article gives no statements, and no parts give no vectors", () => {
  assert.equal(coveragePart(parseArticle("", { id: "e", outlet: "E" })).statements, []);
  assert.equal(statementVectorsFromParts([]), []);
  assert.equal(statementVectorsFromParts([coveragePart(parseArticle("", { id: "e", outlet: "E" }))]), []);
});

test.run();
