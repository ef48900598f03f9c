import { test } from "uvu";
import * as assert from "uvu/assert";
import * as path from "path";
import { loadCorpus } from "../../src/corpus/load";
import { parseArticle } from "../../src/corpus/parse";
import { alignStatements, analyzeCoverage, analyzeCoverageFromParts, bestMatches, cosine, coveragePart, CoveragePart, outletSimilarity, statementVectors, statementVectorsFromParts, uniqueFacts } from "../../src/coverage/index";
import { coverageMatrixChart, coverageSummaryChart } from "../../src/coverage/charts";

const art = (id: string, text: string) => parseArticle(text, { id, outlet: id.toUpperCase(), headline: null });
const a = art("a", "Blinken and Lavrov met in Geneva on Friday. Russia announced naval drills with warships. The weather was cold. Blinken and Lavrov met again in Geneva.");
const b = art("b", "Lavrov and Blinken met in Geneva on Friday for talks. Habeck suggested energy cooperation with Moscow. The talks made progress.");
const c = art("c", "Blinken met Lavrov in Geneva. Habeck suggested energy cooperation. Warships sailed for naval drills.");
const d = art("d", "The weather made progress.");
const close = (x: number, y: number, eps = 1e-9) => assert.ok(Math.abs(x - y) < eps, `${x} != ${y}`);

test("statementVectors weights lemmas by smoothed idf: ln((N+1)/(df+1)) + 1", () => {
  const st = statementVectors([a, b, c, d]);
  assert.is(st.length, 11);
  close(st[0].vector.get("friday")!, Math.log(12 / 3) + 1); // in 2 of 11 statements
  close(st[1].vector.get("announce")!, Math.log(12 / 2) + 1); // in 1
  assert.ok(st[0].vector.has("meet") && !st[0].vector.has("and"), "lemmas, no stop words");
});

test("cosine of a statement with itself is 1 and with an unrelated one 0", () => {
  const st = statementVectors([a, b]);
  close(cosine(st[0], st[0]), 1);
  assert.is(cosine(st[2], st[4]), 0); // weather vs Habeck
});

test("bestMatches ignores a candidate sharing a single word", () => {
  const st = statementVectors([a, d]);
  // "The weather was cold." and "The weather made progress." share only "weather".
  assert.ok(cosine(st[2], st[4]) > 0.3);
  assert.is(bestMatches(st)[2].get("D"), undefined);
  assert.is(bestMatches(st, { minShared: 1 })[2].get("D")!.j, 4);
});

test("bestMatches: a copy in another outlet is the best match at cosine 1, and repeats point to the first copy", () => {
  const wire = parseArticle("Habeck suggested energy cooperation with Moscow.", { id: "w", outlet: "W", headline: null });
  const again = parseArticle("Habeck suggested energy cooperation with Moscow.", { id: "w2", outlet: "W", headline: null });
  const st = statementVectors([b, wire, again]);
  const best = bestMatches(st);
  assert.equal(best[1].get("W"), { j: 3, sim: 1 }); // B's Habeck sentence -> W's first copy
  assert.equal(best[3].get("B"), { j: 1, sim: 1 });
  assert.equal(best[4].get("B"), { j: 1, sim: 1 });
  assert.is(best[3].get("W"), undefined, "never a match in its own outlet");
  assert.equal(bestMatches([]), []);
});

test("bestMatches: the same words in another order are the same vector, matched as a copy", () => {
  const one = parseArticle("Habeck suggested energy cooperation with Moscow.", { id: "x", outlet: "X", headline: null });
  const two = parseArticle("With Moscow, Habeck suggested energy cooperation.", { id: "y", outlet: "Y", headline: null });
  const st = statementVectors([one, two]);
  assert.not.equal(Array.from(st[0].vector.keys()), Array.from(st[1].vector.keys()));
  assert.equal(bestMatches(st)[1].get("X"), { j: 0, sim: 1 });
});

/** A part made by hand: one statement per list of terms, each term counted once. */
const handPart = (id: string, outlet: string, statements: string[][]): CoveragePart => ({
  articleId: id, outlet, statements: statements.map((terms, i) => ({ sentence: i, start: 0, end: 0, text: terms.join(" "), tf: terms.map((t) => [t, 1] as [string, number]) })),
});

test("bestMatches examines at most maxCandidates index entries per statement, its rarest terms first", () => {
  // A's statement shares two rare words with B's and two middling ones with each of C's four statements.
  const st = statementVectorsFromParts([
    handPart("a", "A", [["rare1", "rare2", "mid1", "mid2"]]),
    handPart("b", "B", [["rare1", "rare2", "b"]]),
    handPart("c", "C", [1, 2, 3, 4].map((i) => ["mid1", "mid2", `c${i}`])),
  ]);
  const all = bestMatches(st);
  assert.equal([all[0].get("B")!.j, all[0].get("C")!.j], [1, 2]);
  // rare1 and rare2 have 2 index entries each, mid1 and mid2 5: a budget of 4 keeps the rare ones only.
  const capped = bestMatches(st, { maxCandidates: 4 });
  assert.is(capped[0].get("B")!.j, 1);
  assert.is(capped[0].get("C"), undefined);
  assert.equal(bestMatches(st, { maxCandidates: 14 }), all, "a budget that fits every list changes nothing");
  assert.throws(() => bestMatches(st, { maxCandidates: 0 }), /maxCandidates must be at least 1, got 0/);
});

test("analyzeCoverageFromParts gives what analyzeCoverage gives, and passes maxCandidates on", () => {
  const arts = [a, b, c, d];
  assert.equal(analyzeCoverageFromParts(arts.map((x) => coveragePart(x))), analyzeCoverage(arts));
  const roles = ["headline", "body", "subheading"];
  assert.equal(analyzeCoverageFromParts(arts.map((x) => coveragePart(x, roles)), { threshold: 0.2, omissionShare: 0.9 }), analyzeCoverage(arts, { roles, threshold: 0.2, omissionShare: 0.9 }));
  assert.equal(analyzeCoverageFromParts(arts.map((x) => coveragePart(x)), { maxCandidates: 1 }), analyzeCoverage(arts, { maxCandidates: 1 }));
  assert.throws(() => analyzeCoverageFromParts([], { roles: ["body"] } as never), /roles are chosen when the parts are made/);
  assert.throws(() => analyzeCoverageFromParts([], { threshold: 2 }), /threshold must be in \(0, 1\], got 2/);
  assert.equal(analyzeCoverageFromParts([]), { outlets: [], facts: [], omissions: [], similarity: { outlets: [], matrix: [] } });
});

test("analyzeCoverageFromParts on cloned or JSON round-tripped parts gives the same coverage", () => {
  const parts = [a, b, c, d].map((x) => coveragePart(x));
  const expected = analyzeCoverageFromParts(parts);
  assert.equal(analyzeCoverageFromParts(parts.map((p) => structuredClone(p))), expected);
  assert.equal(analyzeCoverageFromParts(parts.map((p) => JSON.parse(JSON.stringify(p)))), expected);
});

test("an outlet whose only article has no statements is still listed, with nothing reported", () => {
  const empty = parseArticle("", { id: "e", outlet: "E" });
  const cov = analyzeCoverageFromParts([a, b, empty].map((x) => coveragePart(x)));
  assert.equal(cov.outlets, ["A", "B", "E"]);
  assert.equal(cov.similarity.matrix[2], [0, 0, 1]);
  assert.equal(cov, analyzeCoverage([a, b, empty]));
});

test("analyzeCoverage joins restatements and keeps each outlet's own facts single", () => {
  const cov = analyzeCoverage([a, b, c, d]);
  assert.equal(cov.facts.map((f) => f.outlets), [["A", "B", "C"], ["A", "C"], ["B", "C"], ["D"], ["A"], ["B"]]);
  // A tells the meeting twice; both sentences belong to the one fact.
  assert.equal(cov.facts[0].statements.map((s) => s.text), ["Blinken and Lavrov met in Geneva on Friday.", "Blinken and Lavrov met again in Geneva.", "Lavrov and Blinken met in Geneva on Friday for talks.", "Blinken met Lavrov in Geneva."]);
  assert.equal(cov.facts.map((f) => f.id), [1, 2, 3, 4, 5, 6]);
  assert.is(cov.facts[3].nearest, null); // shares only "weather" or "progress" with anything
});

test("a fact's cohesion is the mean pairwise cosine of its statements", () => {
  const fact = alignStatements([a, b, c, d])[0];
  // The fact keeps its statements without vectors (FactStatement): the vectors are looked up by article and sentence.
  const vectors = statementVectors([a, b, c, d]);
  const s = fact.statements.map((f) => vectors.find((v) => v.articleId === f.articleId && v.sentence === f.sentence)!);
  assert.equal(fact.statements.map((f) => f.words), s.map((v) => v.vector.size));
  let sum = 0;
  for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) sum += cosine(s[i], s[j]);
  close(fact.cohesion, sum / 6);
  assert.is(alignStatements([a, b, c, d])[3].cohesion, 1);
});

test("average linkage keeps a chain of loose matches from merging unrelated statements", () => {
  // A~B and B~C have cosine 2*1.288^2 / (sqrt(2*1.693^2 + 2*1.288^2) * sqrt(4*1.288^2)) = 0.428; A~C 0.
  const x = art("x", "Tanks, trucks, muddy rivers.");
  const y = art("y", "Muddy rivers, gas pipelines.");
  const z = art("z", "Gas pipelines, German factories.");
  const facts = alignStatements([x, y, z]);
  assert.equal(facts.map((f) => f.outlets), [["X", "Y"], ["Z"]]);
  close(facts[0].cohesion, 0.428, 1e-3);
  // Z's best match reaches the threshold, but Z is unlike X: the mean over the merged group is 0.214.
  assert.is(facts[1].nearest!.outlet, "Y");
  close(facts[1].nearest!.sim, 0.428, 1e-3);
});

test("omissions: facts more than half of the other outlets report (at least two)", () => {
  const cov = analyzeCoverage([a, b, c, d]);
  // Of 3 other outlets, 2 are needed.
  assert.equal(cov.omissions.map((m) => [m.outlet, m.fact]), [["A", 3], ["B", 2], ["D", 1], ["D", 2], ["D", 3]]);
  assert.equal(analyzeCoverage([a, b, c, d], { omissionShare: 0.9 }).omissions.map((m) => [m.outlet, m.fact]), [["D", 1]]);
  assert.equal(analyzeCoverage([a, b]).omissions, []); // two outlets: nothing can be reported by two others
});

test("analyzeCoverage rejects a threshold outside (0, 1] and gives empty results for no articles", () => {
  assert.throws(() => analyzeCoverage([a], { threshold: 0 }), /threshold must be in \(0, 1\], got 0/);
  assert.throws(() => analyzeCoverage([a], { omissionShare: 2 }), /omissionShare/);
  assert.equal(analyzeCoverage([]), { outlets: [], facts: [], omissions: [], similarity: { outlets: [], matrix: [] } });
});

test("outletSimilarity is symmetric with ones on the diagonal and 0 for outlets sharing nothing", () => {
  const { outlets, matrix } = outletSimilarity([a, b, c, d]);
  assert.equal(outlets, ["A", "B", "C", "D"]);
  assert.equal(matrix.map((r, i) => r[i]), [1, 1, 1, 1]);
  assert.is(matrix[0][1], matrix[1][0]);
  assert.ok(matrix[0][1] > 0 && matrix[0][1] < 1);
  assert.equal(matrix[3].slice(0, 3), [0, 0, 0]);
});

test("uniqueFacts ranks an outlet's own facts by content words and drops short ones", () => {
  const facts = alignStatements([a, b, c, d]);
  assert.equal(uniqueFacts(facts, "A", { minWords: 1 }).map((f) => f.label), ["The weather was cold."]);
  assert.equal(uniqueFacts(facts, "A"), []);
  assert.equal(uniqueFacts(facts, "C", { minWords: 1 }), []);
});

test("uniqueFacts picks what sorting all of an outlet's own facts picks, for any limit", () => {
  const facts = analyzeCoverage([a, b, c, d]).facts;
  const size = (f: (typeof facts)[number]) => f.statements[0].words;
  for (const outlet of ["A", "B", "C", "D"])
    for (const limit of [1, 2, 3, 64, 65, Infinity, 0])
      for (const minWords of [0, 1, 3]) {
        const want = facts.filter((f) => f.outlets.length === 1 && f.outlets[0] === outlet && size(f) >= minWords).sort((x, y) => size(y) - size(x) || x.id - y.id).slice(0, limit);
        assert.equal(uniqueFacts(facts, outlet, { minWords, limit }), want, `${outlet} ${limit} ${minWords}`);
      }
});

test("a part naming a term twice in a statement aligns as its vector (the term once)", () => {
  const twice = handPart("t", "T", [["x", "y", "z"]]);
  twice.statements[0].tf.push(["x", 1]);
  const cov = analyzeCoverageFromParts([twice, handPart("u", "U", [["x", "y", "z"]])]);
  assert.is(cov.facts[0].statements[0].words, 3);
  assert.equal(cov.facts.map((f) => f.outlets), [["T", "U"]]);
});

test("coverageMatrixChart marks shared facts 1 and single-outlet facts 0.5", () => {
  const facts = alignStatements([a, b, c, d]);
  const fig = coverageMatrixChart(facts, ["A", "B", "C", "D"], { uniqueMinWords: 1 });
  const z = fig.data[0].z as number[][];
  assert.equal(z.slice(0, 3), [[1, 1, 1, 0], [1, 0, 1, 0], [0, 1, 1, 0]]);
  assert.equal(z.slice(3), [[0.5, 0, 0, 0], [0, 0.5, 0, 0], [0, 0, 0, 0.5]]);
  assert.is((coverageMatrixChart(facts, ["A", "B", "C", "D"], { maxShared: 1, uniquePerOutlet: 0 }).data[0].y as string[]).length, 1);
});

test("coverageSummaryChart counts shared, own and left-out facts per outlet", () => {
  const fig = coverageSummaryChart(analyzeCoverage([a, b, c, d]));
  assert.equal(fig.data.map((t) => t.x), [[2, 2, 3, 0], [1, 1, 0, 1], [-1, -1, 0, -3]]);
});

test("seeds: the meeting is shared by all five; drills, recruitment and Habeck are each one outlet's", () => {
  const corpus = loadCorpus(path.resolve(__dirname, "../../seeds"));
  const cov = analyzeCoverage(corpus.articles);
  const factOf = (re: RegExp) => cov.facts.filter((f) => f.statements.some((s) => re.test(s.text)));
  assert.equal(cov.facts[0].outlets.length, 5);
  assert.match(cov.facts[0].label, /Blinken and Russian Foreign Minister Sergei Lavrov met for talks in Geneva/);
  // Sky names the drills in passing inside a sentence about Biden's warning; the drills themselves are the BBC's.
  assert.equal(factOf(/naval drills involving more than 140 warships/).map((f) => f.outlets), [["BBC"]]);
  assert.equal(factOf(/recruiting current and former Ukrainian/).map((f) => f.outlets), [["BBC"]]);
  assert.equal(factOf(/Habeck/).map((f) => f.outlets), [["DW"], ["DW"]]); // two sentences, both DW-only
  assert.ok(cov.facts.every((f) => f.cohesion >= 0.3 - 1e-9), "every fact holds together at the threshold");
  assert.ok(uniqueFacts(cov.facts, "DW", { limit: 1 })[0].label.startsWith("German Minister for Economic Affairs and Climate Action Robert Habeck"));
});

test.run();
