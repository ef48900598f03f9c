import { test } from "uvu";
import * as assert from "uvu/assert";
import { ActorRegistry } from "../../src/actors/types";
import { parseArticle } from "../../src/corpus/parse";
import { backgroundCoverage, backgroundCoverageFromParts } from "../../src/emphasis/background";
import { loadedTerms, loadedTermsFromParts } from "../../src/emphasis/contrast";
import { distinctiveTerms, distinctiveTermsFromCounts, distinctiveTermsFromParts } from "../../src/emphasis/distinctive";
import { EmphasisMerger, emphasisPart, EmphasisPart } from "../../src/emphasis/part";
import { positionEmphasis, positionEmphasisFromParts } from "../../src/emphasis/position";
import { countByOutlet, countByOutletFromParts, termCountsPart } from "../../src/emphasis/terms";

// A two-actor registry, so the actor counts below can be checked by hand.
const registry: ActorRegistry = {
  sides: [{ id: "russia", label: "Russia" }, { id: "us", label: "US" }],
  actors: [
    { id: "putin", name: "Vladimir Putin", aliases: ["Putin"], kind: "person", side: "russia" },
    { id: "biden", name: "Joe Biden", aliases: ["Biden"], kind: "person", side: "us" },
  ],
};
// Headline, a one-sentence lead paragraph, and one more paragraph (the "rest").
const a = parseArticle("Putin tensions rise\n\nThe invasion fears grow.\n\nTensions rose after Biden warned of an invasion.", { id: "a", outlet: "A" });
const b = parseArticle("Talks in Geneva\n\nBiden held talks in Geneva.\n\nThe talks eased tensions over the incursion.", { id: "b", outlet: "B" });
const a2 = parseArticle("Putin warns again\n\nPutin warned of talks.", { id: "a2", outlet: "A" });
const empty = parseArticle("", { id: "e", outlet: "E" });
const articles = [a, b, a2];
const parts = articles.map((x) => emphasisPart(x, { registry }));
const sorted = <T>(rows: readonly T[]) => rows.map((r) => JSON.stringify(r)).sort();

test("emphasisPart keeps one article's word count, term counts, loaded-term occurrences and position counts", () => {
  const p = parts[0];
  assert.equal([p.articleId, p.outlet], ["a", "A"]);
  // Putin tensions rise | The invasion fears grow | Tensions rose after Biden warned of an invasion: 3 + 4 + 8 words.
  assert.is(p.words, 15);
  const terms = new Map(p.terms);
  assert.equal([terms.get("tension"), terms.get("rise"), terms.get("invasion"), terms.get("tension rise"), terms.get("the")], [2, 2, 2, 2, undefined]);
  const loaded = new Map(p.loaded);
  assert.equal(loaded.get("invasion")!.map((c) => [c.sentence, c.match]), [[1, "invasion"], [2, "invasion"]]);
  assert.equal(loaded.get("tension")!.map((c) => c.match), ["tensions", "Tensions"]);
  assert.equal(loaded.get("kyiv"), [], "a set term without occurrences is kept, empty");
  // Headline and lead (top) against the third paragraph (rest).
  assert.equal(p.position.topTerms, [["putin", 1], ["tension", 1], ["rise", 1], ["invasion", 1], ["fear", 1], ["grow", 1]]);
  assert.equal(p.position.restTerms, [["tension", 1], ["rise", 1], ["biden", 1], ["warn", 1], ["invasion", 1]]);
  assert.equal([p.position.topActors, p.position.restActors], [[["Vladimir Putin", 1]], [["Joe Biden", 1]]]);
});

test("each FromParts merge of two outlets' parts gives what the article-based function gives", () => {
  assert.equal(distinctiveTermsFromParts(parts, { minCount: 1 }), distinctiveTerms(articles, { minCount: 1 }));
  const bg = new Map([["tension", 3], ["talk", 1]]);
  assert.equal(distinctiveTermsFromParts(parts, { background: bg, priorScale: 2 }), distinctiveTerms(articles, { background: bg, priorScale: 2 }));
  assert.equal(loadedTermsFromParts(parts), loadedTerms(articles));
  assert.equal(positionEmphasisFromParts(parts), positionEmphasis(articles, { registry }));
  assert.is(backgroundCoverageFromParts(parts, bg), backgroundCoverage(articles, bg));
  assert.equal(countByOutletFromParts(parts), countByOutlet(articles));
});

test("position merge sums counts per outlet: A's two articles give Putin 3 up front; Biden, only in the rest, gets no row", () => {
  const rows = positionEmphasisFromParts(parts).filter((r) => r.outlet === "A" && r.kind === "actor");
  // a: Putin in the headline, Biden in the rest; a2: Putin in the headline and in the lead.
  assert.equal(rows.map((r) => [r.item, r.top, r.rest, r.lift]), [["Vladimir Putin", 3, 0, Infinity]]);
});

test("non-default term options and contrast sets go into the part, and the merge matches the article-based function", () => {
  const terms = { ngrams: [1], lemmas: false };
  const uni = articles.map((x) => emphasisPart(x, { registry, terms }));
  assert.equal(uni[0].termOptions, { ngrams: [1], lemmas: false, dropStopWords: true, roles: ["headline", "subheading", "body"] });
  assert.ok(uni[0].terms.some(([k]) => k === "tensions") && !uni[0].terms.some(([k]) => k.includes(" ")), "word forms, no bigrams");
  assert.equal(distinctiveTermsFromParts(uni, { minCount: 1 }), distinctiveTerms(articles, { ...terms, minCount: 1 }));
  const sets = [{ name: "the talking", terms: ["talk", "meeting"] }];
  const custom = articles.map((x) => emphasisPart(x, { registry, sets }));
  assert.equal(custom[0].loaded.map(([t]) => t), ["talk", "meeting"]);
  assert.equal(loadedTermsFromParts(custom, sets), loadedTerms(articles, sets));
});

test("loadedTermsFromParts regroups the terms a part holds, and throws for a term it was not made for", () => {
  const regrouped = [{ name: "words for the move", terms: ["incursion", "invasion"] }];
  assert.equal(loadedTermsFromParts(parts, regrouped), loadedTerms(articles, regrouped));
  assert.throws(() => loadedTermsFromParts(parts, [{ name: "x", terms: ["war"] }]), /article "a" holds no occurrences of "war".*emphasisPart\(article, \{ sets \}\)/);
});

test("merges throw for parts counted with different term options, and background coverage for parts without unigrams", () => {
  const mixed = [parts[0], emphasisPart(b, { registry, terms: { lemmas: false } })];
  assert.throws(() => distinctiveTermsFromParts(mixed), /distinctiveTermsFromParts: article "b" was counted with term options .*"lemmas":false.*same `terms` options/);
  const bigrams = [termCountsPart(a, { ngrams: [2] })];
  assert.throws(() => backgroundCoverageFromParts(bigrams, new Map([["tension", 1]])), /ngrams \[2\]; background coverage needs unigrams/);
});

test("merging is order-independent: reversed parts give the same rows, outlets in order of first appearance", () => {
  const reversed = parts.slice().reverse();
  assert.equal(sorted(distinctiveTermsFromParts(reversed, { minCount: 1 })), sorted(distinctiveTermsFromParts(parts, { minCount: 1 })));
  assert.equal(sorted(positionEmphasisFromParts(reversed)), sorted(positionEmphasisFromParts(parts)));
  assert.is(backgroundCoverageFromParts(reversed, new Map([["talk", 1]])), backgroundCoverageFromParts(parts, new Map([["talk", 1]])));
  // Counts do not move; examples follow the parts' order, so compare them as sets.
  const counts = (rows: ReturnType<typeof loadedTermsFromParts>) => sorted(rows.map(({ examples, ...r }) => ({ ...r, examples: sorted(examples) })));
  assert.equal(counts(loadedTermsFromParts(reversed)), counts(loadedTermsFromParts(parts)));
  assert.equal(Array.from(new Set(positionEmphasisFromParts(reversed).map((r) => r.outlet))), ["A", "B"], "A's second article comes first here");
  assert.equal(Array.from(new Set(positionEmphasisFromParts(parts).map((r) => r.outlet))), ["A", "B"]);
  assert.equal(Array.from(new Set(loadedTermsFromParts([parts[1], parts[0]]).map((r) => r.outlet))), ["B", "A"]);
});

test("a part is plain data: structuredClone and a JSON round trip give an equal part and the same merges", () => {
  const cloned = parts.map((p) => structuredClone(p));
  const json: EmphasisPart[] = parts.map((p) => JSON.parse(JSON.stringify(p)));
  for (const copy of [cloned, json]) {
    assert.equal(copy, parts);
    assert.equal(distinctiveTermsFromParts(copy), distinctiveTermsFromParts(parts));
    assert.equal(loadedTermsFromParts(copy), loadedTermsFromParts(parts));
    assert.equal(positionEmphasisFromParts(copy), positionEmphasisFromParts(parts));
  }
});

test("EmphasisMerger sums the same with arrays or Maps for its slots, and its counts score as its parts do", () => {
  const more = [...parts, emphasisPart(empty, { registry }), ...parts];
  const dense = new EmphasisMerger();
  const sparse = new EmphasisMerger(0);
  const switching = new EmphasisMerger(40);
  for (const p of more) for (const m of [dense, sparse, switching]) m.add(p);
  assert.equal(sparse.parts(), dense.parts());
  assert.equal(switching.parts(), dense.parts());
  for (const m of [dense, sparse, switching]) {
    assert.equal(distinctiveTermsFromCounts(m.termCounts(), { minCount: 1 }), distinctiveTermsFromParts(m.parts(), { minCount: 1 }));
    assert.equal(distinctiveTermsFromCounts(m.termCounts()), distinctiveTermsFromParts(more));
  }
  const bg = new Map([["tension", 3], ["talk", 1]]);
  assert.equal(distinctiveTermsFromCounts(dense.termCounts(), { background: bg, priorScale: 2 }), distinctiveTermsFromParts(more, { background: bg, priorScale: 2 }));
  assert.equal(distinctiveTermsFromCounts(new EmphasisMerger().termCounts()), []);
});

test("an empty article gives an empty part, and no parts give empty results", () => {
  const p = emphasisPart(empty, { registry });
  assert.equal([p.words, p.terms, p.position], [0, [], { topTerms: [], restTerms: [], topActors: [], restActors: [] }]);
  assert.ok(p.loaded.every(([, hits]) => hits.length === 0));
  assert.equal(positionEmphasisFromParts([p]), []);
  assert.is(backgroundCoverageFromParts([p], new Map([["talk", 1]])), 0);
  // An outlet with an empty article still gets its zero rows, as loadedTerms gives them.
  assert.equal(loadedTermsFromParts([p]), loadedTerms([empty]));
  assert.equal(distinctiveTermsFromParts([]), []);
  assert.equal(loadedTermsFromParts([]), []);
  assert.equal(positionEmphasisFromParts([]), []);
  assert.is(backgroundCoverageFromParts([], new Map([["talk", 1]])), 0);
});

test.run();
