import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { Tokenized, Tokenizer, makeWinkTokenizer, returnsFreshTokens, winkTokenizer } from "../../src/corpus/tokenize";

const ARTICLE = "Talks in Geneva\n\nThe talks went on.\n\u201CWhy?\u201D she asked. Tensions rose.\nMore text follows here.\nThe talks went on.";

test("winkTokenizer and makeWinkTokenizer's tokenizers return new token objects on every call; other tokenizers are not assumed to", () => {
  const a = winkTokenizer("The talks went on.");
  const b = winkTokenizer("The talks went on.");
  assert.equal(a, b);
  a.tokens.forEach((t, i) => assert.ok(t !== b.tokens[i], `token ${i} is a new object`));
  assert.ok(returnsFreshTokens(winkTokenizer));
  assert.ok(returnsFreshTokens(makeWinkTokenizer({ longRunChars: 20 })));
  assert.not.ok(returnsFreshTokens((text) => winkTokenizer(text)));
});

test("parseArticle gives the same article whether it takes wink's tokens over or copies another tokenizer's", () => {
  const copied = parseArticle(ARTICLE, { tokenizer: (text) => winkTokenizer(text) });
  assert.equal(parseArticle(ARTICLE), copied);
});

test("parseArticle keeps offsets right with a tokenizer that hands out the same token objects twice (a cache)", () => {
  const cache = new Map<string, Tokenized>();
  const cached: Tokenizer = (text) => {
    if (!cache.has(text)) cache.set(text, winkTokenizer(text));
    return cache.get(text) as Tokenized;
  };
  const a = parseArticle(ARTICLE, { tokenizer: cached });
  assert.equal(a, parseArticle(ARTICLE));
  for (const t of a.tokens) assert.is(a.text.slice(t.start, t.end), t.text);
  // The cache's tokens still hold offsets into their line, untouched by the article.
  assert.equal(cache.get("The talks went on."), winkTokenizer("The talks went on."));
});

test("a run is long from longRunChars + 1 characters, wherever it stands and whatever white space bounds it", () => {
  const tokenize = makeWinkTokenizer({ longRunChars: 5 });
  const long = (text: string) => tokenize(text).tokens.filter((t) => t.kind === "other" && t.pos === "X").map((t) => t.text);
  assert.equal(long("abcdef"), ["abcdef"]);
  assert.equal(long("abcde"), []);
  assert.equal(long("ab abcde abcdef x abcdefgh"), ["abcdef", "abcdefgh"]);
  assert.equal(long("abcdef\u0085abcdefg\u3000abcde\u00a0abcdefghi"), ["abcdef", "abcdefg", "abcdefghi"]);
  assert.equal(long("a b c d e f g h i j abcdefghijk"), ["abcdefghijk"]);
  assert.equal(long('x ("abcdefgh"). y'), ["abcdefgh"]);
});

test("a capitalised common word gets its lower-case lemma and tag; names keep theirs; non-ASCII words are lower-cased too", () => {
  const a = parseArticle("Tensions rose. \u00C9lections were held. Russia said no.", { headline: null });
  const byText = Object.fromEntries(a.tokens.map((t) => [t.text, t]));
  assert.equal([byText.Tensions.norm, byText.Tensions.lemma, byText.Tensions.pos], ["tensions", "tension", "NOUN"]);
  assert.equal([byText["\u00C9lections"].norm, byText["\u00C9lections"].lemma, byText["\u00C9lections"].pos], ["\u00E9lections", "\u00E9lections", "PROPN"]);
  assert.equal([byText.Russia.norm, byText.Russia.lemma, byText.Russia.pos], ["russia", "russia", "PROPN"]);
});

test.run();
