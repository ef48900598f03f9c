import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { extractQuotes } from "../../src/quotes/extract";
import { reportAt } from "../../src/quotes/reported";

const registry = validateRegistry({ sides: [{ id: "town", label: "Town" }], actors: [{ id: "council", name: "Harbour Council", kind: "organisation", side: "town", aliases: [] }] }, "test registry");
const q = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.kind, r.text, r.speaker]);

test("words after a cue that open an adverbial are no report: 'spoke for about an hour', 'said as much', 'said Friday as she left'", () => {
  assert.equal(q("Ann Cole spoke for about an hour at the pier on Sunday."), []);
  assert.equal(q("Ann Cole said as much in an interview with the harbor paper."), []);
  assert.equal(q("Ann Cole said Friday as she left the meeting at the pier."), []);
  assert.equal(q("Ann Cole said during the meeting that the pier would open in May."), [["indirect", "the pier would open in May", "Ann Cole"]]);
});

test("a clause or an object after a cue is still a report: 'said the pier ...', 'noted the new rule for pilots'", () => {
  assert.equal(q("Ann Cole said the pier would open in May."), [["indirect", "the pier would open in May", "Ann Cole"]]);
  assert.equal(q("Ann Cole noted the new rule for harbor pilots."), [["indirect", "the new rule for harbor pilots", "Ann Cole"]]);
});

test("a prepositional phrase of up to 15 words may stand between cue and 'that'", () => {
  const r = q("Ann Cole suggested in a long interview published in the harbor paper on Friday that the pier would open in May.");
  assert.equal(r, [["indirect", "the pier would open in May", "Ann Cole"]]);
});

test("reportAt reads only the first word or two", () => {
  const tokens = parseArticle("for an hour. the plan. Friday as she left. whether it opens.", { headline: null }).tokens;
  const at = (w: string) => tokens.findIndex((t) => t.norm === w);
  assert.equal([reportAt(tokens, at("for"), tokens.length), reportAt(tokens, at("the"), tokens.length), reportAt(tokens, at("friday"), tokens.length), reportAt(tokens, at("whether"), tokens.length)], [false, true, false, true]);
});

test.run();
