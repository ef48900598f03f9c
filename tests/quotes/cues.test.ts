import { test } from "uvu";
import * as assert from "uvu/assert";
import { CUE_LEXICON, cueStance } from "../../src/quotes/cues";

test("cueStance gives every lexicon lemma its stance, and null for any other word, Object.prototype's names included", () => {
  for (const [lemma, stance] of Object.entries(CUE_LEXICON)) assert.is(cueStance(lemma), stance, lemma);
  assert.equal(["according to", "claim", "point out"].map(cueStance), ["neutral", "doubting", "endorsing"]);
  for (const word of ["", "run", "Say", "says", "constructor", "toString", "__proto__", "hasOwnProperty"]) assert.is(cueStance(word), null, word);
});

test.run();
