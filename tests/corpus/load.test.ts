import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus } from "../../src/corpus/load";
import { manifest, tempCorpus } from "../helpers";

const ok = "A headline\n\nMr Blinken said talks were useful.\n";

test("loadCorpus without manifest.json fails naming the file and how to make one", () => {
  const dir = tempCorpus({ "a.txt": ok });
  assert.throws(() => loadCorpus(dir), (e: Error) => e.message.startsWith(path.join(dir, "manifest.json")) && /missing/.test(e.message) && /framelens manifest/.test(e.message));
});

test("loadCorpus on a folder that does not exist says so", () => {
  assert.throws(() => loadCorpus("/no/such/folder"), /\/no\/such\/folder: is not a folder/);
});

test("loadCorpus reports invalid manifest JSON with the parser's message", () => {
  const dir = tempCorpus({ "manifest.json": "{ articles: [" });
  assert.throws(() => loadCorpus(dir), /manifest\.json: is not valid JSON/);
});

test("loadCorpus rejects duplicate ids in the manifest", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ id: "a", file: "a.txt" }, { id: "a", file: "b.txt" }]), "a.txt": ok, "b.txt": ok });
  assert.throws(() => loadCorpus(dir), /duplicate id "a"/);
});

test("loadCorpus rejects a manifest path escaping the corpus folder", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "../outside.txt" }]) });
  assert.throws(() => loadCorpus(dir), /points outside the corpus folder/);
});

test("loadCorpus warns and goes on past a missing, empty, binary or Latin-1 article", () => {
  const dir = tempCorpus({
    "manifest.json": manifest([{ file: "good.txt", outlet: "Good" }, { file: "missing.txt" }, { file: "empty.txt" }, { file: "blank.txt" }, { file: "bin.txt" }, { file: "latin1.txt" }]),
    "good.txt": ok,
    "empty.txt": "",
    "blank.txt": "  \n\t\n",
    "bin.txt": Buffer.from([0x00, 0x01, 0x02]),
    "latin1.txt": Buffer.from("Price \xa35\n", "latin1"),
  });
  const c = loadCorpus(dir);
  assert.equal(c.articles.map((a) => a.id), ["good"]);
  const msgs = c.warnings.map((w) => `${path.basename(w.file)}: ${w.message}`);
  assert.equal(msgs, [
    'missing.txt: listed in manifest.json (id "missing") but not found; skipped',
    "empty.txt: is empty or whitespace-only; nothing to analyse; skipped",
    "blank.txt: is empty or whitespace-only; nothing to analyse; skipped",
    "bin.txt: looks binary (a NUL byte at offset 0); framelens reads plain-text .txt articles encoded as UTF-8; skipped",
    `latin1.txt: is not valid UTF-8: byte 0xA3 at offset 6 (0xA3 is "£" in Latin-1/Windows-1252). Re-save it as UTF-8, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 "${path.join(dir, "latin1.txt")}" > fixed.txt\`; skipped`,
  ]);
});

test("loadCorpus with onBadArticle 'throw' stops at the first bad article", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "good.txt" }, { file: "empty.txt" }]), "good.txt": ok, "empty.txt": "" });
  assert.throws(() => loadCorpus(dir, { onBadArticle: "throw" }), /empty\.txt: is empty/);
  assert.throws(() => loadCorpus(dir, { onBadArticle: "ignore" as never }), /unknown onBadArticle "ignore"/);
});

test("loadCorpus fails when no article is readable, listing why", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "empty.txt" }]), "empty.txt": "" });
  assert.throws(() => loadCorpus(dir), /no readable article: .*empty\.txt: is empty/);
});

test("loadCorpus warns about .txt files the manifest does not list", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": ok, "stray.txt": ok });
  const c = loadCorpus(dir);
  assert.equal(c.warnings.map((w) => [path.basename(w.file), w.message]), [["stray.txt", "not listed in manifest.json; ignored (add it to the manifest to include it)"]]);
});

test("loadCorpus refuses a symlink that leads outside the corpus folder", () => {
  const outside = tempCorpus({ "secret.txt": ok });
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "good.txt" }, { file: "link.txt" }]), "good.txt": ok });
  fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "link.txt"));
  const c = loadCorpus(dir);
  assert.equal(c.articles.map((a) => a.id), ["good"]);
  assert.match(c.warnings[0].message, /resolves \(through a link\) to a file outside the corpus folder/);
});

test("loadCorpus reports progress once per article and keeps manifest order", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "b.txt" }, { file: "a.txt" }]), "a.txt": ok, "b.txt": ok });
  const seen: string[] = [];
  const c = loadCorpus(dir, { onProgress: (done, total, id) => seen.push(`${done}/${total} ${id}`) });
  assert.equal(seen, ["1/2 b", "2/2 a"]);
  assert.equal(c.articles.map((a) => a.id), ["b", "a"]);
});

test.run();
