// wink-nlp ships no types for its internals; keep the untyped surface in this file and tokenize.ts.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Makes a wink-nlp instance tokenize each text the same way whatever it has read before.
 *
 * Why: wink's tokenizer asks its lexicon cache whether a piece of text is a known word (`isLexeme`,
 * `_addTokenIfInCache`), and that cache learns every out-of-vocabulary word it meets. So after reading
 * "... Putin's." (where "Putin's" comes before a full stop and is added whole), a later "Putin's ultimate
 * goal" is no longer split into "Putin" + "'s". The tokens of an article then depended on which articles
 * the same thread had parsed before: `--jobs 1` and `--jobs 2` gave different records on large corpora,
 * and a test passed or failed depending on the tests before it. Seen on wink-nlp 2.4.0.
 *
 * How: the cache's `lookup` is wrapped so that, while the tokenizer asks, a word the cache learned at run
 * time (index at or above the model's intrinsic size) counts as unknown, exactly as in a fresh instance;
 * inside the cache's own `add` (which looks up the lower-cased form of the word it is adding) lookups are
 * answered in full. Lemmas, parts of speech and every other property of a learned word are unchanged:
 * they are computed from the word itself when it is first added.
 *
 * The cache object is reached through a token-level `its` function, which wink hands the document data
 * (holding the cache) to; wink accepts only its own `its` functions, so ours is registered in its
 * allow-list for one call and removed. Throws when wink's internals are not as expected (another wink
 * version), rather than tokenizing unstably without saying so.
 */
export function stabilizeWink(nlp: any): void {
  let allowed: { its4tokens: Set<unknown> };
  try {
    allowed = require("wink-nlp/src/allowed.js");
  } catch (e) {
    throw new Error(`framelens: cannot reach wink-nlp's allowed.js to make its tokenizer stable (${(e as Error).message})`);
  }
  let cache: any = null;
  const grab = (_index: number, rdd: any) => {
    cache = rdd?.cache ?? null;
    return null;
  };
  allowed.its4tokens.add(grab);
  try {
    nlp.readDoc("x").tokens().out(grab);
  } finally {
    allowed.its4tokens.delete(grab);
  }
  if (!cache || typeof cache.lookup !== "function" || typeof cache.add !== "function" || typeof cache.intrinsicSize !== "function") {
    throw new Error("framelens: wink-nlp's lexicon cache is not where framelens expects it (a different wink-nlp version?); cannot make its tokenizer stable");
  }
  if (cache.framelensStable) return;
  const lookup = cache.lookup;
  const add = cache.add;
  const intrinsic: number = cache.intrinsicSize();
  let adding = 0;
  cache.add = function (...args: unknown[]) {
    adding++;
    try {
      return add.apply(this, args);
    } finally {
      adding--;
    }
  };
  cache.lookup = function (text: string) {
    const found = lookup.call(this, text);
    return adding === 0 && found !== null && found.length === 1 && found[0] >= intrinsic ? null : found;
  };
  cache.framelensStable = true;
}
