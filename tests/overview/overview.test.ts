import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { articleOverview, cleaningLog, corpusOverview } from "../../src/overview/overview";
import { corpusSizeChart } from "../../src/charts/corpus-size";

const text = "Talks in Geneva\n\nTwo men shake hands before the talks in a Geneva hotel\n\nMr Blinken said 2 things. Lavrov agreed.\nSource Article";

test("articleOverview counts words (not numbers or punctuation), sentences and paragraphs without captions, and the words left out", () => {
  const r = articleOverview(parseArticle(text, { id: "x", outlet: "X" }));
  // headline: Talks in Geneva (3 words); body: Mr Blinken said things (4; "2" is a number) + Lavrov agreed (2).
  // Left out: the caption (11 words) and "Source Article" (2): 13 of 3 + 6 + 11 + 2 = 22 words, 0.591.
  assert.equal(r, {
    id: "x", outlet: "X", date: "", headline: "Talks in Geneva", words: 9, sentences: 3, paragraphs: 2, captions: 1, removedLines: 1,
    leftOutWords: 13, leftOutShare: 0.591,
    warning: "cleaning and layout roles left out 59% of the words (13 of 22; caption role 11 words, source-marker 2 words); check the cleaning log (cleaning-log.csv) and the paragraph roles, and change the rules if article text was lost",
  });
});

test("corpusOverview keeps the original columns in order and adds the words left out, their share and the warning", () => {
  assert.equal(corpusOverview({ articles: [] }).columns, ["id", "outlet", "date", "words", "sentences", "paragraphs", "captions", "removedLines", "leftOutWords", "leftOutShare", "headline", "warning"]);
  const quiet = articleOverview(parseArticle("Just one sentence here.", { id: "y", headline: null }));
  assert.equal([quiet.leftOutWords, quiet.leftOutShare, quiet.warning], [0, 0, ""]);
});

test("corpusOverview and cleaningLog give one row per article and per removal", () => {
  const a = parseArticle(text, { id: "x" });
  const b = parseArticle("Just one sentence here.", { id: "y", headline: null });
  assert.equal(corpusOverview({ articles: [a, b] }).rows.map((r) => [r.id, r.words]), [["x", 9], ["y", 4]]);
  assert.equal(cleaningLog({ articles: [a, b] }).rows.map((r) => [r.article, r.rule]), [["x", "source-marker"]]);
  assert.equal(corpusOverview({ articles: [] }).rows, []);
});

test("corpusSizeChart draws words and sentences per outlet on two axes", () => {
  const rows = corpusOverview({ articles: [parseArticle(text, { id: "x", outlet: "X" })] }).rows;
  const fig = corpusSizeChart(rows);
  assert.equal(fig.data.map((d) => [d.name, d.x, d.y, d.yaxis]), [["words", ["X"], [9], "y"], ["sentences", ["X"], [3], "y2"]]);
  assert.equal(corpusSizeChart([]).data.map((d) => d.y), [[], []]);
});

test("corpusSizeChart shows each outlet's spread of lengths past 30 articles: a box per outlet, every article a point", () => {
  const row = corpusOverview({ articles: [parseArticle(text, { id: "x", outlet: "X" })] }).rows[0];
  const rows = Array.from({ length: 31 }, (_, i) => ({ ...row, id: `a${i}`, outlet: i % 2 ? "Odd" : "Even", words: i }));
  const fig = corpusSizeChart(rows);
  const boxes = fig.data as Array<{ type: string; name: string; y: number[]; text: string[] }>;
  assert.equal(boxes.map((b) => [b.type, b.name, b.y.length]), [["box", "Even (16)", 16], ["box", "Odd (15)", 15]]);
  assert.equal(boxes[1].y.slice(0, 3), [1, 3, 5]);
  assert.is(boxes[0].text[0], "a0: 3 sentences");
});

test.run();
