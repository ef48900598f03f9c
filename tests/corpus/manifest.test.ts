import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateManifest } from "../../src/corpus/manifest";

const M = "corpus/manifest.json";

test("validateManifest fills id and outlet from the file name and keeps extra fields", () => {
  const m = validateManifest({ articles: [{ file: "BBC.txt" }, { id: "sky", outlet: "Sky News", file: "s.txt", headline: null, date: "2022-01-21", note: "x" }] }, M);
  assert.equal(m.articles[0], { id: "bbc", outlet: "bbc", file: "BBC.txt", headline: undefined, date: undefined, country: undefined, extra: {} });
  assert.is(m.articles[1].headline, null);
  assert.equal(m.articles[1].extra, { note: "x" });
});

test("validateManifest accepts a bare array of entries", () => {
  assert.is(validateManifest([{ file: "a.txt" }], M).articles.length, 1);
});

test("validateManifest rejects duplicate ids, naming both entries", () => {
  assert.throws(() => validateManifest({ articles: [{ id: "a", file: "1.txt" }, { id: "a", file: "2.txt" }] }, M), /corpus\/manifest\.json: duplicate id "a" in articles\[0\] and articles\[1\]/);
});

test("validateManifest rejects paths that escape the corpus folder", () => {
  assert.throws(() => validateManifest({ articles: [{ file: "../secret.txt" }] }, M), /articles\[0\]\.file "\.\.\/secret\.txt" points outside the corpus folder/);
  assert.throws(() => validateManifest({ articles: [{ file: "/etc/passwd" }] }, M), /points outside/);
  assert.throws(() => validateManifest({ articles: [{ file: "sub/../../x.txt" }] }, M), /points outside/);
});

test("validateManifest names the field that is wrong", () => {
  assert.throws(() => validateManifest({ articles: [{ id: "a" }] }, M), /articles\[0\]\.file must be a non-empty string \(required\)/);
  assert.throws(() => validateManifest({ articles: [{ file: "a.txt", date: "21/01/2022" }] }, M), /articles\[0\]\.date "21\/01\/2022" must be YYYY-MM-DD/);
  assert.throws(() => validateManifest({ articles: [{ file: "a.txt", id: "Has Space" }] }, M), /articles\[0\]\.id "Has Space" must be lower-case/);
  assert.throws(() => validateManifest({ articles: [{ file: "a.txt", headline: 3 }] }, M), /headline must be a string or null/);
  assert.throws(() => validateManifest({ articles: [] }, M), /"articles" is empty/);
  assert.throws(() => validateManifest({ items: [] }, M), /expected an object with an "articles" array/);
  assert.throws(() => validateManifest({ articles: [{ file: "a.txt" }, { file: "a.txt", id: "b" }] }, M), /both use file "a\.txt"/);
});

test.run();
