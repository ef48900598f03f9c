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

test.run();
