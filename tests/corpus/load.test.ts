import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MAX_ARTICLE_BYTES, formatBytes, loadCorpus } from "../../src/corpus/load";
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

test("the no-readable-article error names the first five reasons and counts the rest", () => {
  const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`e${i}.txt`, ""]));
  const dir = tempCorpus({ "manifest.json": manifest(Object.keys(files).map((file) => ({ file }))), ...files });
  try {
    loadCorpus(dir);
    assert.unreachable("loadCorpus should throw");
  } catch (e) {
    const message = (e as Error).message;
    assert.match(message, /e0\.txt: is empty.*e4\.txt: is empty[^;]*; nothing to analyse; skipped; and 3 more like these$/);
    assert.not.match(message, /e5\.txt/);
  }
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

test("loadCorpus skips an article over maxArticleBytes with a warning naming the file and its size, and goes on", () => {
  const big = "A headline\n\n" + "Mr Blinken said talks were useful. ".repeat(40); // 12 + 35 * 40 = 1412 bytes
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "big.txt" }, { file: "good.txt" }]), "big.txt": big, "good.txt": ok });
  const c = loadCorpus(dir, { maxArticleBytes: 1000 });
  assert.equal(c.articles.map((a) => a.id), ["good"]);
  assert.equal(c.warnings.map((w) => [w.file, w.message]), [
    [
      path.join(dir, "big.txt"),
      "is 1.4 kB (1,412 bytes), over the limit of 1000 bytes per article (maxArticleBytes); a news article is under 100 kB, so this is probably several articles in one file or not an article. " +
        "Split it into one file per article, or raise the limit with loadCorpus(dir, { maxArticleBytes }); skipped",
    ],
  ]);
  // The limit is inclusive, Infinity lifts it, and onBadArticle "throw" stops at the big file.
  assert.equal(loadCorpus(dir, { maxArticleBytes: 1412 }).articles.map((a) => a.id), ["big", "good"]);
  assert.equal(loadCorpus(dir, { maxArticleBytes: Infinity }).articles.length, 2);
  assert.throws(() => loadCorpus(dir, { maxArticleBytes: 1000, onBadArticle: "throw" }), /big\.txt: is 1\.4 kB \(1,412 bytes\), over the limit/);
});

test("loadCorpus's default size limit is 2 MB: a larger file is skipped before it is read, a 1 MB article is admitted", () => {
  assert.is(MAX_ARTICLE_BYTES, 2 * 1024 * 1024);
  assert.ok(MAX_ARTICLE_BYTES >= 1024 * 1024);
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "dump.txt" }, { file: "good.txt" }]), "good.txt": ok });
  // A sparse file: 50 MB long but never read, so the test stays fast.
  fs.writeFileSync(path.join(dir, "dump.txt"), "");
  fs.truncateSync(path.join(dir, "dump.txt"), 50 * 1024 * 1024);
  const c = loadCorpus(dir);
  assert.equal(c.articles.map((a) => a.id), ["good"]);
  assert.match(c.warnings[0].message, /^is 50\.0 MB \(52,428,800 bytes\), over the limit of 2\.0 MB per article \(maxArticleBytes\)/);
});

test("loadCorpus rejects a maxArticleBytes that is not a positive number, naming the value", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": ok });
  assert.throws(() => loadCorpus(dir, { maxArticleBytes: 0 }), /maxArticleBytes must be a positive number of bytes \(or Infinity for no limit\); got 0/);
  assert.throws(() => loadCorpus(dir, { maxArticleBytes: "2MB" as never }), /got "2MB"/);
  assert.throws(() => loadCorpus(dir, { maxArticleBytes: NaN }), /got NaN/);
});

test("formatBytes writes sizes as ls -lh does, in binary units", () => {
  assert.equal([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(2 * 1024 * 1024), formatBytes(52_428_800)], ["0 bytes", "1023 bytes", "1.5 kB", "2.0 MB", "50.0 MB"]);
});

test("loadCorpus tells a UTF-16 article from a binary one and says how to convert it", () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "good.txt" }, { file: "wide.txt" }]), "good.txt": ok, "wide.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ok, "utf16le")]) });
  const c = loadCorpus(dir);
  assert.equal(c.articles.map((a) => a.id), ["good"]);
  assert.match(c.warnings[0].message, /^is UTF-16 text \(little-endian, byte-order mark FF FE\), not UTF-8; .*iconv -f UTF-16 -t UTF-8 ".*wide\.txt" > fixed\.txt.*; skipped$/);
});

test.run();
