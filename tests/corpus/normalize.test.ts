import { test } from "uvu";
import * as assert from "uvu/assert";
import { normalizeChars } from "../../src/corpus/normalize";

test("normalizeChars makes curly quotes, apostrophes and dashes straight without changing length", () => {
  const s = "\u201CWe won\u2019t,\u201D he said \u2013 \u2018never\u2019\u00A0again";
  const n = normalizeChars(s);
  assert.is(n, "\"We won't,\" he said - 'never' again");
  assert.is(n.length, s.length);
});

test("normalizeChars leaves plain ASCII and the empty string as they are", () => {
  assert.is(normalizeChars("Mr Blinken said \"yes\"."), "Mr Blinken said \"yes\".");
  assert.is(normalizeChars(""), "");
});

test.run();
