import { test } from "uvu";
import * as assert from "uvu/assert";
import { BoundedCache, detached } from "../../src/sentiment/bounded-cache";

test("BoundedCache computes a value once, then returns it, counting hits and misses", () => {
  const calls: string[] = [];
  const cache = new BoundedCache<number>(10);
  const len = (k: string) => (calls.push(k), k.length);
  assert.equal([cache.get("abc", len), cache.get("abc", len), cache.get("de", len)], [3, 3, 2]);
  assert.equal(calls, ["abc", "de"]);
  assert.equal([cache.hits, cache.misses, cache.size], [1, 2, 2]);
});

test("BoundedCache keeps at most maxEntries, forgetting the least recently used first", () => {
  const calls: string[] = [];
  const cache = new BoundedCache<string>(2);
  const up = (k: string) => (calls.push(k), k.toUpperCase());
  cache.get("a", up);
  cache.get("b", up);
  cache.get("a", up); // a is now the most recently used
  cache.get("c", up); // evicts b
  assert.is(cache.size, 2);
  cache.get("a", up);
  cache.get("b", up); // recomputed
  assert.equal(calls, ["a", "b", "c", "b"]);
});

test("BoundedCache remembers falsy values such as 0, keeps nothing with maxEntries 0, and rejects bad sizes", () => {
  const cache = new BoundedCache<number>(5);
  let n = 0;
  cache.get("zero", () => (n++, 0));
  cache.get("zero", () => (n++, 0));
  assert.is(n, 1);
  const none = new BoundedCache<number>(0);
  none.get("x", () => 1);
  assert.equal([none.size, none.misses], [0, 1]);
  assert.throws(() => new BoundedCache(-1), /maxEntries must be a whole number >= 0, got -1/);
  assert.throws(() => new BoundedCache(1.5), /got 1.5/);
  cache.clear();
  assert.equal([cache.size, cache.hits, cache.misses], [0, 0, 0]);
});

test("detached gives an equal string, and the cache finds a key remembered through it", () => {
  const article = "Headline\n\nThe talks ended without a deal. Both sides said they would meet again.";
  const sentence = article.slice(10, 41);
  assert.is(detached(sentence), "The talks ended without a deal.");
  assert.is(detached(""), "");
  const cache = new BoundedCache<number>(4);
  cache.get(sentence, (k) => k.length);
  assert.is(cache.get("The talks ended without a deal.", () => -1), 31);
  assert.equal([cache.hits, cache.misses], [1, 1]);
});

test.run();
