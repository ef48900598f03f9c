import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus } from "../../src/corpus/load";
import { parseArticle } from "../../src/corpus/parse";
import { SEEDS } from "../helpers";

test("the seeds are byte-identical to their SHA256SUMS", () => {
  const lines = fs.readFileSync(path.join(SEEDS, "SHA256SUMS"), "utf8").trim().split("\n");
  assert.is(lines.length, 5);
  for (const line of lines) {
    const [hash, file] = line.split(/\s+/);
    assert.is(createHash("sha256").update(fs.readFileSync(path.join(SEEDS, file))).digest("hex"), hash, file);
  }
});

test("the seed manifest gives id, outlet, country, file, headline, date, original file and identification", () => {
  const m = JSON.parse(fs.readFileSync(path.join(SEEDS, "manifest.json"), "utf8"));
  assert.equal(m.articles.map((a: { id: string }) => a.id), ["bbc", "sky", "itv", "dw", "frontline"]);
  for (const a of m.articles) {
    for (const key of ["id", "outlet", "country", "file", "date", "originalFile", "identifiedBy"]) assert.ok(a[key], `${a.id}.${key}`);
    assert.ok("headline" in a, `${a.id}.headline`);
    assert.is(a.date, "2022-01-21");
  }
});

test("loading the seeds cleans the known non-article lines and reports DW's stray date", () => {
  const c = loadCorpus(SEEDS);
  assert.equal(c.warnings, []);
  const byId = Object.fromEntries(c.articles.map((a) => [a.id, a]));
  assert.equal(byId.dw.cleaning.map((l) => [l.rule, l.text]), [["stray-date-prefix", "date 2017-07-11 "]]);
  assert.is(byId.dw.headline, null);
  assert.is(byId.dw.sentences[0].text.slice(0, 24), "US Secretary of State An");
  assert.equal(byId.sky.cleaning.map((l) => l.rule), ["site-section-suffix", "picture-agency-credit", "video-player-prompt", "picture-agency-credit", "video-player-prompt", "picture-agency-credit", "source-marker"]);
  assert.equal(byId.bbc.cleaning.map((l) => l.rule), ["repeated-line", "credit-line"]);
  assert.equal(byId.frontline.cleaning.map((l) => l.rule), ["publication-metadata", "repeated-line", "comment-policy"]);
  assert.equal(byId.itv.cleaning, []);
  assert.is(byId.sky.headline?.text, "Russia-Ukraine tensions: Top diplomats from US and Russia meet in Geneva \u2013 but what do both countries want?");
  for (const a of c.articles) for (const s of a.sentences) assert.is(a.text.slice(s.start, s.end), s.text);
  for (const a of c.articles) for (const l of a.cleaning) assert.is(a.text.slice(l.start, l.end), l.text, `${a.id} line ${l.line}`);
});

test("every seed accounts for all its words: kept + captions + removed = the file's words, under 20% left out", () => {
  for (const a of loadCorpus(SEEDS).articles) {
    const l = a.leftOut;
    assert.is(l.keptWords + l.captionWords + l.removedWords, l.fileWords, a.id);
    assert.ok(l.share <= 0.2, `${a.id}: ${l.share}`);
    assert.ok(l.bodyWords > 0, a.id);
  }
});

test("each seed flattened to one line keeps at least 95% of its words as body, with and without the manifest headline", () => {
  for (const a of loadCorpus(SEEDS).articles) {
    const flat = a.text.split(/\r\n|\n|\r/).join(" ");
    for (const headline of [a.meta.headline, undefined]) {
      const f = parseArticle(flat, { id: a.id, outlet: a.outlet, headline, meta: a.meta });
      const label = `${a.id} (${headline === undefined ? "no headline given" : "manifest headline"})`;
      assert.ok(f.leftOut.bodyWords >= 0.95 * a.leftOut.keptWords, `${label}: ${f.leftOut.bodyWords} body words vs ${a.leftOut.keptWords} unflattened`);
      assert.equal(f.warnings, [], label);
      for (const l of f.cleaning) assert.is(flat.slice(l.start, l.end), l.text, label);
    }
  }
});

test.run();
