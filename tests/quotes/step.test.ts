import { test } from "uvu";
import * as assert from "uvu/assert";
import { runSteps } from "../../src/cli/step";
import { parseArticle } from "../../src/corpus/parse";
import { articleRecord } from "../../src/pipeline/map-article";
import { quotesStep } from "../../src/quotes/step";
import { tableCsv } from "../../src/tables/csv";

test("quotes.csv numbers the pieces of one attribution within their article and leaves a quote on its own empty", () => {
  const text = 'Harbor vote\n\n"The pier is finished," Ann Cole said. "We will build a new one."\n\n"It was old," Tom Reed said.';
  const article = parseArticle(text, { id: "a", outlet: "A", headline: null, meta: { id: "a", outlet: "A", file: "a.txt", headline: null } });
  const result = runSteps([quotesStep], { dir: ".", records: [articleRecord(article)], warnings: [] }).get("quotes")!;
  const lines = tableCsv(result.tables.find((t) => t.name === "quotes")!).trim().split("\n");
  assert.equal(lines[0].split(",").slice(-2), ["attribution", "clause"]);
  const cells = lines.slice(1).map((l) => [l.split(",")[2], l.split(",").slice(-2)[0]]);
  assert.equal(cells, [["Ann Cole", "0"], ["Ann Cole", "0"], ["Tom Reed", ""]]);
});

test("quotes.csv gives a partial quote the reported clause it sits in, and leaves the column empty for other quotes", () => {
  const text = 'Harbor vote\n\nAnn Cole said the pier was "a disgrace" and should close.\n\n"It was old," Tom Reed said.';
  const article = parseArticle(text, { id: "a", outlet: "A", headline: null, meta: { id: "a", outlet: "A", file: "a.txt", headline: null } });
  const result = runSteps([quotesStep], { dir: ".", records: [articleRecord(article)], warnings: [] }).get("quotes")!;
  const lines = tableCsv(result.tables.find((t) => t.name === "quotes")!).trim().split("\n");
  assert.is(lines[1].split(",")[1], "partial");
  assert.ok(lines[1].endsWith(',"the pier was ""a disgrace"" and should close"'), lines[1]);
  assert.ok(lines[2].endsWith(","), lines[2]);
});

test.run();
