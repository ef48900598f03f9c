import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleSentences, parseArticle, sentenceTokens } from "../../src/corpus/parse";

const CHECK = "check the cleaning log (cleaning-log.csv) and the paragraph roles, and change the rules if article text was lost";

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

test("parseArticle keeps an attribution after a bracket closed by an abbreviation's dot in its sentence", () => {
  const got = sentences("\u201CThe pier stays open,\u201D Rep. Ann Cole (D-Del.) said on Monday. The vote is next week.");
  assert.equal(got[got.length - 1], "The vote is next week.");
  assert.ok(got.some((s) => s.endsWith("(D-Del.) said on Monday.")), JSON.stringify(got));
  // A capital after the bracket still starts a sentence.
  assert.equal(sentences("She met Ann Cole (D-Del.) Then she left."), ["She met Ann Cole (D-Del.)", "Then she left."]);
});

test("parseArticle keeps a two-initial abbreviation whole when the splitter cut it between its initials (D-N.Y.)", () => {
  assert.equal(sentences("Dan Pike, D-N.Y., said the vote would be overturned. It was late."), ["Dan Pike, D-N.Y., said the vote would be overturned.", "It was late."]);
  // An initial ending a sentence before an ordinary sentence stays a boundary.
  assert.equal(sentences("She moved to Washington, D.C. Then she left."), ["She moved to Washington, D.C.", "Then she left."]);
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

test("parseArticle counts the words left out: removed by rules and in captions, against the whole file", () => {
  // headline "Talks in Geneva" 3 words; caption "Two men ... hotel" 11; body "Mr Blinken said the talks were
  // useful" 7 + "Lavrov agreed" 2 = 9; removed "Source Article" 2: 25 words in all, 13 left out.
  const a = parseArticle("Talks in Geneva\n\nTwo men shake hands before the talks in a Geneva hotel\n\nMr Blinken said the talks were useful. Lavrov agreed.\nSource Article", { id: "x" });
  assert.equal(a.leftOut, {
    fileWords: 25, keptWords: 12, bodyWords: 9, removedWords: 2, captionWords: 11, share: 13 / 25,
    byRule: [{ rule: "caption role", words: 11 }, { rule: "source-marker", words: 2 }],
  });
});

test("parseArticle warns, naming the file and the share, when cleaning and captions leave out more than 20% of the words", () => {
  const a = parseArticle("Talks in Geneva\n\nTwo men shake hands before the talks in a Geneva hotel\n\nMr Blinken said the talks were useful. Lavrov agreed.\nSource Article", { id: "x" });
  assert.equal(a.warnings, [{ file: "x.txt", message: `cleaning and layout roles left out 52% of the words (13 of 25; caption role 11 words, source-marker 2 words); ${CHECK}` }]);
});

test("parseArticle does not warn at exactly 20% left out, and warns above a lower limit when asked", () => {
  // headline 2 + body 6 + removed 2 = 10 words; 2 left out = 20%.
  const text = "Envoys meet\n\nThe envoys met in Geneva again.\nSource Article";
  assert.equal(parseArticle(text, { id: "y" }).warnings, []);
  assert.equal(parseArticle(text, { id: "y", warnLeftOutAbove: 0.19 }).warnings.map((w) => w.message), [`cleaning and layout roles left out 20% of the words (2 of 10; source-marker 2 words); ${CHECK}`]);
  assert.throws(() => parseArticle(text, { warnLeftOutAbove: 20 }), /warnLeftOutAbove must be a share between 0 and 1, got 20/);
});

test("parseArticle keeps an article with no body words and warns about it", () => {
  // headline 3 + caption 11 + removed 2 = 16 words; 13 left out = 81%.
  const a = parseArticle("Talks in Geneva\n\nTwo men shake hands before the talks in a Geneva hotel\nSource Article", { id: "z" });
  assert.equal(a.paragraphs.map((p) => p.role), ["headline", "caption"]);
  assert.equal(a.warnings, [{
    file: "z.txt",
    message: `no body words left after cleaning and layout roles (kept, but it adds nothing to analyses of body text): 81% of the 16 words were left out (caption role 11 words, source-marker 2 words) and the other 3 are headline or subheadings; ${CHECK}`,
  }]);
});

test("parseArticle turns a cleaner's note into a warning with the file and line", () => {
  const rules = [{ id: "ad-tag", reason: "advert", scope: "line" as const, pattern: /AD:/, maxWords: 3 }];
  const a = parseArticle("Headline\nThe envoys met on Friday AD: and talked.", { id: "n", rules });
  assert.equal(a.cleaning.map((c) => c.text), ["AD:"]);
  assert.equal(a.warnings, [{ file: "n.txt", message: 'line 2: rule "ad-tag" matched in a line of 8 words, more than the 3 it removes whole (the line holds other text); only the matched part ("AD:") was removed' }]);
});

test("parseArticle splits the manifest headline off a file flattened to one line", () => {
  const a = parseArticle("Talks in Geneva Mr Blinken said the talks were useful. Lavrov agreed.", { id: "f", headline: "Talks in Geneva" });
  assert.is(a.headline?.text, "Talks in Geneva");
  assert.equal(a.paragraphs.map((p) => [p.role, p.text]), [["headline", "Talks in Geneva"], ["body", "Mr Blinken said the talks were useful. Lavrov agreed."]]);
  assert.equal(a.warnings, []);
});

test("articleSentences leaves captions out unless asked", () => {
  const a = parseArticle("Headline\nTwo men shake hands in Geneva before the talks at a hotel\nBody text.");
  assert.equal(articleSentences(a).map((s) => s.role), ["headline", "body"]);
  assert.equal(articleSentences(a, ["caption"]).map((s) => s.text), ["Two men shake hands in Geneva before the talks at a hotel"]);
});

test.run();
