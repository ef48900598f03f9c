import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleSentences, parseArticle, sentenceTokens } from "../../src/corpus/parse";

const sentences = (text: string) => parseArticle(text, { headline: null }).sentences.map((s) => s.text);

test("parseArticle keeps Mr, U.S. and Jan. inside sentences", () => {
  assert.equal(sentences("Mr. Blinken met U.S. officials on Jan. 21 in Geneva. Mr Lavrov came too."), [
    "Mr. Blinken met U.S. officials on Jan. 21 in Geneva.",
    "Mr Lavrov came too.",
  ]);
});

test("parseArticle ends a sentence after a closing quote and keeps a quoted question with its attribution", () => {
  assert.equal(sentences("\u201CThis is a critical moment,\u201D Mr Blinken said. \u201CWhy?\u201D she asked. It ended."), [
    "\u201CThis is a critical moment,\u201D Mr Blinken said.",
    "\u201CWhy?\u201D she asked.",
    "It ended.",
  ]);
  assert.equal(sentences("He said: \u201CIt is over.\u201D Then he left."), ["He said: \u201CIt is over.\u201D", "Then he left."]);
});

test("parseArticle splits a missing space after a full stop (tensions.Mr Blinken)", () => {
  assert.equal(sentences("It aimed at defusing tensions.Mr Blinken warned them."), ["It aimed at defusing tensions.", "Mr Blinken warned them."]);
});

test("parseArticle gives every sentence and token offsets into the original text", () => {
  const text = "Ukraine tension: talks\n\n\u201CWe won\u2019t,\u201D he said.\n\nSecond paragraph here.";
  const a = parseArticle(text);
  assert.is(a.headline?.text, "Ukraine tension: talks");
  assert.is(a.paragraphs.length, 3);
  for (const s of a.sentences) assert.is(text.slice(s.start, s.end), s.text);
  for (const t of a.tokens) assert.is(text.slice(t.start, t.end), t.text);
  const s1 = a.sentences[1];
  assert.is(s1.norm, "\"We won't,\" he said.");
  const toks = sentenceTokens(a, s1).map((t) => t.norm);
  assert.equal(toks, ["\"", "we", "wo", "n't", ",", "\"", "he", "said", "."]);
  assert.is(a.tokens.find((t) => t.text === "wo")?.lemma, "will");
});

test("parseArticle lemmatises plurals and verbs and flags stop words", () => {
  const a = parseArticle("Tensions rose as the diplomats warned.", { headline: null });
  const byText = Object.fromEntries(a.tokens.map((t) => [t.text, t]));
  assert.is(byText.Tensions.lemma, "tension");
  assert.is(byText.warned.lemma, "warn");
  assert.is(byText.diplomats.lemma, "diplomat");
  assert.is(byText.the.stop, true);
  assert.is(byText.Tensions.kind, "word");
  assert.is(byText["."].kind, "punctuation");
});

test("parseArticle warns when the manifest headline differs from the first line", () => {
  const a = parseArticle("Actual headline\nBody.", { id: "x", headline: "Another headline" });
  assert.is(a.warnings.length, 1);
  assert.match(a.warnings[0].message, /differs from the file's first line/);
  assert.is(parseArticle("Actual \u2018headline\u2019\nBody.", { headline: "Actual 'headline'" }).warnings.length, 0);
});

test("parseArticle on empty text returns no paragraphs and a warning", () => {
  const a = parseArticle("", { id: "empty" });
  assert.is(a.paragraphs.length, 0);
  assert.is(a.sentences.length, 0);
  assert.is(a.headline, null);
  assert.match(a.warnings[0].message, /no article text/);
});

test("articleSentences leaves captions out unless asked", () => {
  const a = parseArticle("Headline\nTwo men shake hands in Geneva before the talks at a hotel\nBody text.");
  assert.equal(articleSentences(a).map((s) => s.role), ["headline", "body"]);
  assert.equal(articleSentences(a, ["caption"]).map((s) => s.text), ["Two men shake hands in Geneva before the talks at a hotel"]);
});

test.run();
