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

test("validateManifest reads outlet groups and names what is wrong with them", () => {
  const arts = [{ file: "a.txt", outlet: "BBC" }, { file: "b.txt", outlet: "Sky News" }, { file: "c.txt", outlet: "DW" }];
  const m = validateManifest({ articles: arts, groups: { UK: ["BBC", "Sky News"], international: ["DW"], public: ["BBC", "DW"] } }, M);
  assert.equal(m.groups, { UK: ["BBC", "Sky News"], international: ["DW"], public: ["BBC", "DW"] });
  assert.is(validateManifest({ articles: arts }, M).groups, undefined);
  assert.throws(() => validateManifest({ articles: arts, groups: ["BBC"] }, M), /"groups" must be an object mapping a group name to a list of outlets/);
  assert.throws(() => validateManifest({ articles: arts, groups: { UK: [] } }, M), /groups\["UK"\] must be a non-empty list of outlet names/);
  assert.throws(() => validateManifest({ articles: arts, groups: { UK: ["BBC", "ITV"] } }, M), /groups\["UK"\] names the outlet "ITV", which no article has; outlets are: "BBC", "Sky News", "DW"/);
  assert.throws(() => validateManifest({ articles: arts, groups: { DW: ["DW"] } }, M), /groups\["DW"\] has the name of an outlet/);
  assert.throws(() => validateManifest({ articles: arts, groups: { UK: ["BBC", "BBC"] } }, M), /lists an outlet twice/);
});

test("validateManifest takes a blank storyTitle as none (exports often carry empty fields)", () => {
  assert.is(validateManifest({ articles: [{ file: "a.txt", story: "s", storyTitle: " " }] }, M).articles[0].storyTitle, undefined);
});

test.run();
