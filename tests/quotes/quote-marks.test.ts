import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { ParsedArticle } from "../../src/corpus/types";
import { findMarkedSpans } from "../../src/quotes/quote-marks";

const spans = (text: string) => {
  const a = parseArticle(text, { headline: null });
  return findMarkedSpans(a).map((s) => [a.text.slice(s.start, s.end), s.mark, s.closed, s.paragraph, s.lastParagraph]);
};

test("double marks pair within a paragraph, run on into a paragraph that opens with a mark, and otherwise stop at the paragraph's end", () => {
  assert.equal(spans('Headline\n\n"We are ready," he said. "Are you?\n\n"Yes," she said.\n\nAn open "mark here\n\nnext paragraph.'), [
    ["We are ready,", '"', true, 1, 1],
    ['Are you?\n\n"Yes,', '"', true, 1, 2],
    ["mark here", '"', false, 3, 3],
  ]);
});

test("single marks quote only where they cannot be apostrophes; after an s they close only when no later mark can", () => {
  assert.equal(spans("Headline\n\nThe allies' response was a 'united, swift and severe' reply, and 'the allies' plan', it's Blinken's."), [
    ["united, swift and severe", "'", true, 1, 1],
    ["the allies' plan", "'", true, 1, 1],
  ]);
  assert.equal(spans("Headline\n\nIt's Russia's and the allies' talks."), []);
  assert.equal(spans(""), []);
});

test("a doubled apostrophe is a double quote mark (''...'', also ``...'' and curly pairs), runs on into a paragraph that opens with one, and is never a single quote", () => {
  assert.equal(spans("Headline\n\n''The pier opens in May,'' the mayor said. ''We have the money.\n\n''And the workers.''"), [
    ["The pier opens in May,", '"', true, 1, 1],
    ["We have the money.\n\n''And the workers.", '"', true, 1, 2],
  ]);
  assert.equal(spans("Headline\n\n``We will rebuild,'' she said, and \u2018\u2018soon\u2019\u2019 too."), [
    ["We will rebuild,", '"', true, 1, 1],
    ["soon", '"', true, 1, 1],
  ]);
  // Inside a doubled-mark quote a single-quoted phrase still counts; the doubled apostrophes do not open one.
  assert.equal(spans("Headline\n\nShe said ''it is a 'fair deal' for all'' on Monday."), [
    ["it is a 'fair deal' for all", '"', true, 1, 1],
    ["fair deal", "'", true, 1, 1],
  ]);
  // Unbalanced: quotes to the end of its paragraph only.
  assert.equal(spans("Headline\n\nShe said ''we are ready.\n\nThe end."), [["we are ready.", '"', false, 1, 1]]);
});

test("guillemets, low-high marks and single curly marks around a clause are quote marks once the text is normalised", () => {
  assert.equal(spans("Headline\n\n\u00ABWe will see,\u00BB the mayor said. The coach said \u201EWe are ready\u201C and left."), [
    ["We will see,", '"', true, 1, 1],
    ["We are ready", '"', true, 1, 1],
  ]);
  assert.equal(spans("Headline\n\n\u2018We will rebuild the pier by spring,\u2019 the mayor said. It\u2019s the town\u2019s pier."), [
    ["We will rebuild the pier by spring,", "'", true, 1, 1],
  ]);
});

test("findMarkedSpans reads a paragraph of 100,000 plural possessives in linear time (each looks only as far as the next mark)", () => {
  // Only the normalised text and the paragraphs are read: a bare article keeps the test fast.
  const norm = "He said 'the allies' " + "view, the allies' ".repeat(100_000) + "plan' today.";
  const article = { norm, paragraphs: [{ index: 0, role: "body", line: 1, start: 0, end: norm.length, text: norm, sentenceStart: 0, sentenceEnd: 0 }] } as unknown as ParsedArticle;
  const t0 = process.hrtime.bigint();
  const found = findMarkedSpans(article);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(found.map((s) => [s.start, s.end]), [[9, norm.length - 8]]);
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

test("findMarkedSpans reads a paragraph of 100,000 doubled-mark quotes in linear time", () => {
  const norm = "''We won,'' she said. ".repeat(100_000);
  const article = { norm, paragraphs: [{ index: 0, role: "body", line: 1, start: 0, end: norm.length, text: norm, sentenceStart: 0, sentenceEnd: 0 }] } as unknown as ParsedArticle;
  const t0 = process.hrtime.bigint();
  const found = findMarkedSpans(article);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.is(found.length, 100_000);
  assert.equal([found[1].start, found[1].end], [24, 31]);
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

test.run();
