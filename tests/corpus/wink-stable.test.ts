import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { winkTokenizer } from "../../src/corpus/tokenize";
import { stabilizeWink } from "../../src/corpus/wink-stable";

const words = (text: string) => winkTokenizer(text).tokens.map((t) => t.text);

test("a text tokenizes the same whatever was read before: wink's learned words do not change later splits", () => {
  const before = words("It is Vladimir Putin's ultimate goal.");
  assert.equal(before, ["It", "is", "Vladimir", "Putin", "'s", "ultimate", "goal", "."]);
  // Unstabilised wink learns "Putin's" whole from this line and then stops splitting it (wink-nlp 2.4.0;
  // checked: this test fails with stabilizeWink left out of winkNlp()).
  words("The decision is Putin's.");
  words("Zelenskyy's. Blinken's. Lavrov's.");
  assert.equal(words("It is Vladimir Putin's ultimate goal."), before);
  const a = parseArticle("Headline\n\nThe goal is Zelenskyy's aim.", { id: "a" });
  parseArticle("Headline\n\nIt is Zelenskyy's.", { id: "b" });
  const again = parseArticle("Headline\n\nThe goal is Zelenskyy's aim.", { id: "a" });
  assert.equal(again.tokens, a.tokens);
  assert.ok(a.tokens.some((t) => t.text === "'s"), "the possessive is its own token");
});

test("a bare wink instance shows the problem, and stabilizeWink removes it (applying it twice is harmless)", () => {
  // A separate instance: wink instances do not share their caches.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"), ["sbd", "pos"]);
  const split = () => nlp.readDoc("Kuleba's plan").tokens().out();
  assert.equal(split(), ["Kuleba", "'s", "plan"]);
  nlp.readDoc("It is Kuleba's.");
  assert.equal(split(), ["Kuleba's", "plan"], "wink-nlp learned the word whole; if this fails, wink fixed it and stabilizeWink may go");
  stabilizeWink(nlp);
  stabilizeWink(nlp);
  assert.equal(split(), ["Kuleba", "'s", "plan"]);
});

test.run();
