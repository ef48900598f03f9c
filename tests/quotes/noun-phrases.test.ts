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

test("nounPhraseAfter: a title's dot stays inside the name ('said the Rev. Ann Cole')", () => {
  const tokens = parseArticle('"Yes," said the Rev. Ann Cole.', { headline: null }).tokens;
  const t = tokens.findIndex((x) => x.norm === "said");
  const np = nounPhraseAfter(tokens, t, tokens.length)!;
  assert.is(tokens.slice(np[0], np[1] + 1).map((x) => x.text).join(" "), "Rev . Ann Cole");
});

test.run();
