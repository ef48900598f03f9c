import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { genderFits } from "../../src/quotes/antecedents";
import { extractQuotes } from "../../src/quotes/extract";

// A registry that knows nobody in these sentences: every person comes from the text itself.
const registry = validateRegistry({ sides: [{ id: "town", label: "Town" }], actors: [{ id: "council", name: "Harbour Council", kind: "organisation", side: "town", aliases: [] }] }, "test registry");
const speakers = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.text, r.speaker]);

test("he is the subject of the sentence before, not the person named last in it", () => {
  assert.equal(speakers('Dan Pike met Tom Reed at the pier. "The tide was wrong," he said.'), [["The tide was wrong,", "Dan Pike"]]);
});

test("a name after a preposition is no antecedent in the pronoun's own sentence: 'Of Reed, he said'", () => {
  const r = speakers('Dan Pike spoke after the vote. Of Tom Reed, he said: "He never came to the pier."');
  assert.equal(r.map((x) => x[1]), ["Dan Pike"]);
});

test("a name in apposition is not a subject: 'his sister, Ann Cole, a nurse'", () => {
  assert.equal(speakers('Dan Pike visited his sister, Ann Cole, a nurse. "We are proud of her," he said.').map((x) => x[1]), ["Dan Pike"]);
});

test("a title's gender must fit: 'she' is not the Mr. who spoke before", () => {
  const r = speakers('"We are done," said Mr. Reed. Reporters then asked Ms. Cole about the pier. "It opens in May," she said.');
  assert.equal(r, [["We are done,", "Mr. Reed"], ["It opens in May,", "Cole"]]);
});

test("he/she never refer back to an outlet named after 'the' ('according to the Gazette')", () => {
  const r = speakers('Ann Cole criticised the plan for the pier, according to the Gazette. "It is rushed," she said.');
  // The Gazette gives the report of the first sentence; the quote is Cole's.
  assert.equal(r[0], ["Ann Cole criticised the plan for the pier", "Gazette"]);
  assert.equal(r[r.length - 1], ["It is rushed,", "Ann Cole"]);
});

test("sentences inside a quote do not count among the two sentences a pronoun looks back to", () => {
  const r = speakers('Ann Cole, a harbor pilot, thinks the pier is safe. "The tide turns at noon. The boats wait. The crews rest. Then we sail," she said.');
  assert.equal(r.map((x) => x[1]), ["Ann Cole", "Ann Cole"]);
});

test("a definite role names the person the text names most when no one was introduced with that title", () => {
  const r = speakers('Running for office, Ann Cole toured the pier on Monday. Cole spoke for an hour. "It opens in May," the Ohio governor said.');
  assert.equal(r.map((x) => x[1]), ["Ann Cole"]);
});

test("a surname the tagger reads as a verb still names the person the text introduced: 'Mary E. Cook' ... 'Cook said she'", () => {
  const r = speakers('Mary E. Cook spoke first. Tom Reed spoke last. Cook said she recalled thinking, "Nobody sees you in that room."');
  assert.equal(r.map((x) => x[1]), ["Mary E. Cook"]);
});

test("genderFits: Mr. is he, Ms. is she, unknown fits both", () => {
  assert.equal([genderFits("m", "he"), genderFits("m", "she"), genderFits("f", "she"), genderFits(null, "she")], [true, false, true, true]);
});

test("no person named: the pronoun stays as written", () => {
  assert.equal(speakers('"It opens in May," she said.'), [["It opens in May,", "she"]]);
});

test.run();
