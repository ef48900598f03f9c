import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { nounPhraseAfter, nounPhraseBefore } from "../../src/quotes/noun-phrases";

/** The words of the phrase nounPhraseBefore finds before the word `cue` of `text`. */
function before(text: string, cue: string): string | null {
  const tokens = parseArticle(text, { headline: null }).tokens;
  const t = tokens.findIndex((x) => x.norm === cue);
  const np = nounPhraseBefore(tokens, t, 0);
  return np ? tokens.slice(np[0], np[1] + 1).map((x) => x.text).join(" ") : null;
}

test("nounPhraseBefore: a name opening the clause across an age and a place", () => {
  assert.is(before("Ann Cole, 59, of Dover, Del., said it.", "said"), "Ann Cole");
});

test("nounPhraseBefore: a coordinated subject opening its clause is one phrase; 'and' between clauses is not", () => {
  assert.is(before("Mr. Pike and Ms. Cole said it.", "said"), "Mr. Pike and Ms. Cole");
  assert.is(before("Ann Cole left the room and reporters said it.", "said"), "reporters");
});

test("nounPhraseBefore: no phrase before a cue at the start of the text", () => {
  assert.is(before("Said nothing.", "said"), null);
});

test("nounPhraseBefore: the subject of a restrictive 'who' clause, a name across an apposition between dashes, a surname the tagger reads as a verb (issue 13, causes 3 and 7)", () => {
  assert.is(before("The town hired a pilot who said the channel was safe.", "said"), "pilot");
  assert.is(before("They asked the harbor office which reported ten wrecks.", "reported"), "harbor office");
  assert.is(before("Ann Cole -- a harbor pilot for thirty years -- said the channel was safe.", "said"), "Ann Cole");
  // wink tags "Lynch" and "Brown" as verbs or adjectives; capitalised, right before the cue, they still head the phrase.
  assert.is(before("Lynch said the channel was safe.", "said"), "Lynch");
});

test("nounPhraseBefore: the head of a postmodifier in two coordinated parts is the noun before its preposition (issue 13, cause 7)", () => {
  assert.is(before("Experts on harbor safety and coastal storms said it.", "said"), "Experts");
  assert.is(before("Pilots in Dover and around the bay said it.", "said"), "Pilots");
  // A name before the preposition is no postmodified head: "Ann Cole in Dover and Tom Pike" keeps the last name.
  assert.is(before("Ann Cole in Dover and Tom Pike said it.", "said"), "Tom Pike");
});

test("nounPhraseBefore: a conjunction or adverb opening the clause stays out of the subject: 'But officials said' is officials (issue 13, cause 7)", () => {
  assert.is(before("But officials said it.", "said"), "officials");
  assert.is(before("So the harbor council said it.", "said"), "harbor council");
});

test("nounPhraseAfter: a hyphenated modifier is skipped with its parts ('the ferry-friendly Harbour Council')", () => {
  const tokens = parseArticle("The fares rose, according to the ferry-friendly Harbour Council.", { headline: null }).tokens;
  const t = tokens.findIndex((x) => x.norm === "to");
  const np = nounPhraseAfter(tokens, t, tokens.length)!;
  assert.is(tokens.slice(np[0], np[1] + 1).map((x) => x.text).join(" "), "Harbour Council");
});

test("nounPhraseAfter: a title's dot stays inside the name ('said the Rev. Ann Cole')", () => {
  const tokens = parseArticle('"Yes," said the Rev. Ann Cole.', { headline: null }).tokens;
  const t = tokens.findIndex((x) => x.norm === "said");
  const np = nounPhraseAfter(tokens, t, tokens.length)!;
  assert.is(tokens.slice(np[0], np[1] + 1).map((x) => x.text).join(" "), "Rev . Ann Cole");
});

test.run();
