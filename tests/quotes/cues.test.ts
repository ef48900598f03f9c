import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { AFTER_ONLY_CUES, CUE_LEXICON, DIRECT_ONLY_CUES, cueStance, speechCueAt } from "../../src/quotes/cues";

test("cueStance gives every lexicon lemma its stance, and null for any other word, Object.prototype's names included", () => {
  for (const [lemma, stance] of Object.entries(CUE_LEXICON)) assert.is(cueStance(lemma), stance, lemma);
  assert.equal(["according to", "claim", "point out"].map(cueStance), ["neutral", "doubting", "endorsing"]);
  for (const word of ["", "run", "Say", "says", "constructor", "toString", "__proto__", "hasOwnProperty"]) assert.is(cueStance(word), null, word);
});

test("the speech verbs of issue 13 each carry a stance: loaded manner verbs concede, evaluations and demands are opinion", () => {
  const want: Record<string, string> = {
    joke: "conceding", "talk about": "neutral", assure: "opinion", sigh: "conceding", lament: "conceding", praise: "opinion", advise: "opinion",
    "blurt out": "conceding", shout: "conceding", interject: "neutral", charge: "opinion", gush: "conceding", email: "neutral", retweet: "neutral",
    repeat: "conceding", conclude: "endorsing", remind: "endorsing", implore: "opinion", exclaim: "conceding", fume: "conceding", speculate: "opinion",
    retort: "conceding", plead: "opinion", pledge: "opinion", express: "neutral", indicate: "neutral", "decline to comment": "neutral", question: "opinion",
    assert: "conceding", cite: "endorsing", reject: "opinion", dismiss: "opinion", denounce: "opinion", blast: "opinion", condemn: "opinion", encourage: "opinion",
  };
  for (const [lemma, stance] of Object.entries(want)) assert.is(cueStance(lemma), stance, lemma);
});

test("a third-person form the tagger reads as a plural noun is a cue before 'that' or a colon, not after a possessive (issue 13, cause 6)", () => {
  assert.equal(cues("The Dover Post reports that the mayor skipped the hearing."), [["reports", "report"]]);
  assert.equal(cues("The study, which notes that most pilots are tired, was published."), [["notes", "note"]]);
  assert.equal(cues("Ann Cole's claims that the mayor lied were dismissed."), [["dismissed", "dismiss"]]);
});

test("'as X put it', 'the letter reads' and 'chanted' are cues; 'put it' without 'as' is not (issue 13, cause 6)", () => {
  assert.equal(cues("As the harbor memo put it, the channel is closed."), [["put it", "put it"]]);
  assert.equal(cues("They put it on hold for a year."), []);
  assert.ok(DIRECT_ONLY_CUES.has("chant") && DIRECT_ONLY_CUES.has("read") && AFTER_ONLY_CUES.has("read"));
});

test("verbs whose object is a thing, not a statement, introduce quotes only next to quote marks", () => {
  for (const lemma of ["talk about", "praise", "reject", "dismiss", "denounce", "blast", "condemn", "cite", "express", "encourage", "question", "retweet", "decline to comment"]) assert.ok(DIRECT_ONLY_CUES.has(lemma), lemma);
  for (const lemma of ["say", "joke", "assure", "lament", "speculate", "pledge", "blurt out"]) assert.not.ok(DIRECT_ONLY_CUES.has(lemma), lemma);
});

/** Every cue of a sentence I wrote: [the words as written, its lemma]. */
function cues(sentence: string): Array<[string, string]> {
  const a = parseArticle(sentence, { headline: null });
  const out: Array<[string, string]> = [];
  for (const s of a.sentences) {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const m = speechCueAt(a.tokens, t, s.tokenEnd);
      if (m) out.push([a.text.slice(a.tokens[t].start, a.tokens[m.last].end), m.lemma]);
    }
  }
  return out;
}

test("speechCueAt finds the new single-word cues, phrasal ones, and inflections the tagger leaves whole or calls adjectives", () => {
  assert.equal(cues("The mayor joked that the pier was older than she was."), [["joked", "joke"]]);
  assert.equal(cues("The coach blurted out that the team would move."), [["blurted out", "blurt out"]]);
  assert.equal(cues("The coach talked about a fresh start."), [["talked about", "talk about"]]);
  assert.equal(cues("A club spokeswoman declined to comment."), [["declined to comment", "decline to comment"]]);
  assert.equal(cues("The senator retweeted a photo of the pier."), [["retweeted", "retweet"]]);
  assert.equal(cues('"We are done here," the coach fumed.'), [["fumed", "fume"]]);
  assert.equal(cues("The mayor, according to two aides, pointed out the cost."), [["according to", "according to"], ["pointed out", "point out"]]);
});

test("speechCueAt leaves out cue verbs in a non-speech sense: figures reported or added, think tanks, charges, endings", () => {
  assert.equal(cues("The bakery reported quarterly earnings of $2 million."), []);
  assert.equal(cues("The bakery reported a 5 percent rise in sales."), []);
  assert.equal(cues("The county added 1,200 jobs in March."), []);
  assert.equal(cues("The town added jobs last year."), []);
  assert.equal(cues("The storm added to the confusion."), []);
  assert.equal(cues("She works at a think tank in Ohio."), []);
  assert.equal(cues("The clerk was charged with fraud."), []);
  assert.equal(cues("The hearing concluded on Friday."), []);
  assert.equal(cues("The harbor office issued a warning."), []);
  // The same verbs as speech still count.
  assert.equal(cues("The bakery reported that its ovens had failed."), [["reported", "report"]]);
  assert.equal(cues("The coach added that the team was tired."), [["added", "add"]]);
  assert.equal(cues('"It was close," she added to reporters.'), [["added", "add"]]);
  assert.equal(cues("The clerk charged that the count was rigged."), [["charged", "charge"]]);
  assert.equal(cues("The judge concluded that the clerk had lied."), [["concluded", "conclude"]]);
});

test("speechCueAt on a sentence with no cue, on a cue at the sentence's end and on the last token gives no error", () => {
  assert.equal(cues("The pier is old."), []);
  assert.equal(cues("Nobody said."), [["said", "say"]]);
  assert.equal(cues("She talked"), []);
  assert.equal(cues(""), []);
});

test.run();
