import * as os from "os";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ActorRegistry } from "../../src/actors/types";
import { runSteps } from "../../src/cli/step";
import { parseArticle } from "../../src/corpus/parse";
import { loadedTermsFromParts } from "../../src/emphasis/contrast";
import { distinctiveTermsFromParts } from "../../src/emphasis/distinctive";
import { EmphasisMerger, emphasisPart } from "../../src/emphasis/part";
import { positionEmphasisFromParts } from "../../src/emphasis/position";
import { articleRecord } from "../../src/pipeline/map-article";
import { writeOutputs } from "../../src/render/output-dir";
import { ContributionMerger, ExtremeSentences, extremeSentences, topContributors } from "../../src/sentiment/aggregate";
import { SentenceSentiment } from "../../src/sentiment/sentences";
import { ARC_ARTICLES, ARC_SENTENCES, sentimentStep } from "../../src/sentiment/step";
import { tableCsv, tableCsvBytes, tableCsvChunks, tableLength, toCsv } from "../../src/tables/csv";
import { SPOOL_HEAD, removeOrphanSpools, spooledTable } from "../../src/tables/spool";
import { tempDir } from "../helpers";

const registry: ActorRegistry = {
  sides: [{ id: "russia", label: "Russia" }, { id: "us", label: "US" }],
  actors: [
    { id: "putin", name: "Vladimir Putin", aliases: ["Putin"], kind: "person", side: "russia" },
    { id: "biden", name: "Joe Biden", aliases: ["Biden"], kind: "person", side: "us" },
  ],
};

test("a spooled table writes exactly the CSV of its rows, keeps the first SPOOL_HEAD as objects, and counts them all", () => {
  const columns = ["n", "text", "x"];
  const rows = Array.from({ length: SPOOL_HEAD + 7 }, (_, i) => ({ n: i, text: i % 3 ? `row, "${i}"` : "=1+1", x: i % 2 ? -1.5 : null, ignored: "not a column" }));
  const t = spooledTable("t", "T", columns);
  for (const r of rows) t.add(r);
  assert.is(tableLength(t), SPOOL_HEAD + 7);
  assert.is(t.rows.length, SPOOL_HEAD);
  assert.equal(t.rows[3], rows[3]);
  assert.equal(t.spool.head(2), [{ n: 0, text: "=1+1", x: null }, { n: 1, text: 'row, "1"', x: -1.5 }]);
  assert.is(tableCsv(t), toCsv(columns, rows));
  assert.is(tableCsv(t, { raw: true }), toCsv(columns, rows, { raw: true }));
  assert.ok(tableCsv(t).includes(`\n0,"'=1+1",\n`), "formula-like text neutralised as toCsv does");
  assert.is(tableLength({ rows: [1, 2, 3].map((n) => ({ n })) }), 3);
});

test("a spooled table keeps its rows on disk, in the temporary folder, and reads back more than a megabyte exactly", () => {
  const columns = ["i", "text", "score", "list"];
  // Multi-byte characters, line breaks, quotes and commas, over several 256 KB flushes and 1 MB reads,
  // so characters are cut across read boundaries; -0, NaN and undefined come back as CSV writes them.
  const rows = Array.from({ length: 30000 }, (_, i) => ({ i, text: `Ça “va”, line ${i}\nnext — ${"é".repeat(i % 37)}`, score: i % 5 === 0 ? NaN : i % 7 === 0 ? undefined : i / 8, list: i % 11 ? null : { a: i } }));
  const t = spooledTable("big", "Big", columns);
  for (const r of rows) t.add(r);
  assert.ok(toCsv(columns, rows).length > 1024 * 1024, "the test's table is over a megabyte");
  assert.is(tableCsv(t), toCsv(columns, rows));
  assert.is(Array.from(tableCsvChunks(t)).join(""), toCsv(columns, rows));
  // For writing, the rows come as the spool file's bytes (pieces cut inside multi-byte characters).
  const bytes = Array.from(tableCsvBytes(t));
  assert.ok(bytes.filter((p) => Buffer.isBuffer(p)).length >= 2, "the rows as Buffers, a megabyte a piece");
  assert.is(Buffer.concat(bytes.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p))).toString("utf8"), toCsv(columns, rows));
  const back = Array.from(t.spool.cellRows());
  assert.is(back.length, 30000);
  assert.equal(back[8], [8, rows[8].text, 1, null]);
  assert.equal(back[22], [22, rows[22].text, 2.75, { a: 22 }]);
  assert.equal(back[35], [35, rows[35].text, null, null], "NaN and undefined read back as null");
  const spoolDirs = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith("framelens-spool-"));
  assert.ok(spoolDirs.length >= 1, "the rows are in a framelens-spool-* folder of the temporary folder");
});

test("a spool writes each kind of cell as JSON.stringify and csvLine would, numbers turned into text once for both", () => {
  const columns = ["a"];
  const when = new Date(Date.UTC(2022, 0, 21));
  const values: unknown[] = [0, -0, 1.5e-7, 123456789012345680000, -2.5, NaN, Infinity, -Infinity, undefined, null, true, false, "", "plain", 'quote "x", comma', "=SUM(A1)", "-3", "line\nbreak", "back\\slash", "é “curly”", "pair 😀", [1, "two"], { k: [null] }, when, () => 1];
  const t = spooledTable("kinds", "Kinds", columns);
  for (const a of values) t.add({ a });
  const back = Array.from(t.spool.cellRows());
  assert.equal(back, values.map((a) => JSON.parse(JSON.stringify([a]))));
  assert.is(tableCsv(t), toCsv(columns, values.map((a) => ({ a }))));
  // A lone surrogate reads back as JSON.stringify escaped it (CSV, being UTF-8, cannot hold it).
  const lone = spooledTable("lone", "Lone", ["a"]);
  lone.add({ a: "x\ud800y" });
  assert.equal(Array.from(lone.spool.cellRows()), [["x\ud800y"]]);
  // Raw CSV of a table with formula-like text is made again from the JSON lines, where a Date is its ISO
  // text and a function null: the same as toCsv for every other kind.
  const rawLines = tableCsv(t, { raw: true }).split("\n");
  const expected = toCsv(columns, values.map((a) => ({ a })), { raw: true }).split("\n");
  assert.equal(rawLines.slice(0, -3), expected.slice(0, -3));
  assert.equal(rawLines.slice(-3), ["2022-01-21T00:00:00.000Z", "", ""]);
  assert.ok(tableCsv(t).startsWith("a\n0\n0\n1.5e-7\n123456789012345680000\n-2.5\n\n\n\n\n\ntrue\nfalse\n\nplain\n"), "numbers, empty cells and booleans as toCsv writes them");
});

test("a row with a cell JSON cannot write fails as JSON.stringify would and leaves nothing of itself in the spool", () => {
  const t = spooledTable("bad", "Bad", ["a", "b"]);
  t.add({ a: 1, b: "one" });
  assert.throws(() => t.spool.push({ a: 2, b: BigInt(2) }), /BigInt/);
  t.add({ a: 3, b: "three" });
  assert.is(t.spool.length, 2);
  assert.equal(Array.from(t.spool.cellRows()), [[1, "one"], [3, "three"]]);
  assert.is(tableCsv(t), "a,b\n1,one\n3,three\n");
});

test("a spool keeps a row longer than its 256 KB of gathered bytes whole, between short rows", () => {
  const long = "é".repeat(300_000); // 600,000 bytes of UTF-8
  const rows = [{ s: "first" }, { s: long }, { s: "after" }, { s: `x${long}` }];
  const t = spooledTable("long", "Long", ["s"]);
  for (const r of rows) t.add(r);
  assert.is(tableCsv(t), toCsv(["s"], rows));
  assert.equal(Array.from(t.spool.cellRows()), rows.map((r) => [r.s]));
});

test("removeOrphanSpools removes the spool folders of processes that no longer run, and keeps the others", () => {
  const tmp = tempDir();
  const ended = spawnSync(process.execPath, ["-e", "0"]).pid!; // a process that has exited
  for (const name of [`framelens-spool-${ended}-abc`, `framelens-spool-${process.pid}-def`, `framelens-spool-${process.ppid}-ghi`, "framelens-spool-x", "other-folder"]) {
    fs.mkdirSync(path.join(tmp, name));
    fs.writeFileSync(path.join(tmp, name, "1.jsonl"), "[1]\n");
  }
  assert.equal(removeOrphanSpools(tmp), [`framelens-spool-${ended}-abc`]);
  assert.equal(fs.readdirSync(tmp).sort(), [`framelens-spool-${process.pid}-def`, `framelens-spool-${process.ppid}-ghi`, "framelens-spool-x", "other-folder"].sort());
});

// Two articles of outlet A, one of B: the merged per-outlet parts must give what the articles' parts give.
const a1 = parseArticle("Putin tensions rise\n\nThe invasion fears grow.\n\nTensions rose after Biden warned of an invasion.", { id: "a1", outlet: "A" });
const b1 = parseArticle("Talks in Geneva\n\nBiden held talks in Geneva.\n\nThe talks eased tensions over the incursion.", { id: "b1", outlet: "B" });
const a2 = parseArticle("Putin warns again\n\nPutin warned of talks and an invasion.\n\nKyiv fears grow.", { id: "a2", outlet: "A" });

test("EmphasisMerger: merged per-outlet parts give the same distinctive terms, loaded terms and position emphasis as the articles' parts", () => {
  const parts = [a1, b1, a2].map((x) => emphasisPart(x, { registry }));
  const m = new EmphasisMerger();
  for (const p of parts) m.add(p);
  const merged = m.parts();
  assert.equal(merged.map((p) => [p.outlet, p.articleId, p.words]), [["A", "a1", parts[0].words + parts[2].words], ["B", "b1", parts[1].words]]);
  assert.is(new Map(merged[0].terms).get("invasion"), 3);
  assert.equal(distinctiveTermsFromParts(merged), distinctiveTermsFromParts(parts));
  assert.equal(loadedTermsFromParts(merged), loadedTermsFromParts(parts));
  assert.equal(positionEmphasisFromParts(merged), positionEmphasisFromParts(parts));
  const other = emphasisPart(a1, { registry, terms: { ngrams: [1] } });
  assert.throws(() => m.add(other), /term options/);
});

const row = (outlet: string, index: number, score: number): SentenceSentiment =>
  ({ outlet, articleId: `${outlet}${index}`, index, score, contributors: [{ word: "w", lexeme: score < 0 ? "bad" : "good", value: score, base: score, negated: false, start: 0, end: 1 }] }) as unknown as SentenceSentiment;

test("ExtremeSentences and ContributionMerger folded in pieces equal extremeSentences and topContributors of everything", () => {
  // Scores with many ties, so the tie-breaks (index, then arrival) are exercised.
  const rows = Array.from({ length: 60 }, (_, i) => row(i % 3 ? "A" : "B", i % 7, ((i * 37) % 11) - 5));
  const e = new ExtremeSentences<SentenceSentiment>(3);
  const c = new ContributionMerger();
  for (let i = 0; i < rows.length; i += 4) {
    e.add(rows.slice(i, i + 4));
    c.add(rows.slice(i, i + 4));
  }
  assert.equal(e.result(), extremeSentences(rows, 3));
  assert.equal(c.top(1), topContributors(rows, 1));
  // By hand: B (i = 0, 3, 6, ...) comes first; i = 0 scores (0 * 37) % 11 - 5 = -5, the lowest possible, at index 0.
  assert.is(e.result()[0].score, -5);
  assert.is(e.result()[0].articleId, "B0");
});

test(`the sentiment arc draws at most ${ARC_ARTICLES} articles per outlet and says so; every sentence stays in sentences.csv`, () => {
  const articles = Array.from({ length: ARC_ARTICLES + 2 }, (_, i) => parseArticle(`Headline ${i}\n\nTalks failed badly. Hopes rose again.`, { id: `x${i}`, outlet: "X" }));
  const records = articles.map((a) => articleRecord(a));
  const result = runSteps([sentimentStep], { dir: ".", records, warnings: [] }).get("sentiment")!;
  const arc = result.figures.find((f) => f.name === "sentiment-arc")!;
  const drawn = (arc.figure.data[0] as { y: number[] }).y.length;
  const perArticle = records[0].sentences.length;
  assert.is(drawn, ARC_ARTICLES * perArticle);
  assert.match(arc.caption, new RegExp(`first ${ARC_ARTICLES} articles of each outlet, at most ${ARC_SENTENCES} sentences per outlet \\(${drawn} of ${records.length * perArticle} sentences\\)`));
  const sentences = result.tables.find((t) => t.name === "sentences")!;
  assert.is(tableLength(sentences), records.length * perArticle);
});

test("a spooled table's CSV in pieces joins to its whole CSV, and writeOutputs writes and hashes pieces as one file", () => {
  const t = spooledTable("t", "T", ["i", "s"]);
  for (let i = 0; i < 4500; i++) t.add({ i, s: i % 2 ? "a,b" : "=x" });
  const pieces = Array.from(tableCsvChunks(t));
  assert.is(pieces.length, 1 + 1, "header, then the kept CSV lines a megabyte at a time");
  assert.is(pieces.join(""), tableCsv(t));
  // Raw CSV of a table with formula-like text ("=x") is made again from the JSON, 2,000 rows a piece.
  const raw = Array.from(tableCsvChunks(t, { raw: true }));
  assert.is(raw.length, 1 + 3);
  assert.is(raw.join(""), toCsv(["i", "s"], Array.from({ length: 4500 }, (_, i) => ({ i, s: i % 2 ? "a,b" : "=x" })), { raw: true }));
  assert.ok(!raw.join("").includes("'=x") && pieces.join("").includes(`"'=x"`));
  const dir = tempDir();
  writeOutputs(dir, [{ path: "t.csv", content: () => tableCsvChunks(t) }, { path: "bytes.csv", content: () => tableCsvBytes(t) }, { path: "raw.csv", content: () => tableCsvBytes(t, { raw: true }) }]);
  const written = fs.readFileSync(path.join(dir, "t.csv"), "utf8");
  assert.is(written, tableCsv(t));
  assert.is(fs.readFileSync(path.join(dir, "bytes.csv"), "utf8"), written, "text pieces and byte pieces write the same file");
  assert.is(fs.readFileSync(path.join(dir, "raw.csv"), "utf8"), raw.join(""));
  const record = JSON.parse(fs.readFileSync(path.join(dir, ".framelens-written.json"), "utf8"));
  assert.is(record.files["t.csv"], createHash("sha256").update(written).digest("hex"));
});

test(`one very long article: the arc draws its first ${ARC_SENTENCES} sentences and says so`, () => {
  const long = parseArticle(`Headline\n\n${Array.from({ length: ARC_SENTENCES + 50 }, (_, i) => `Sentence ${i} failed.`).join(" ")}`, { id: "long", outlet: "L" });
  const result = runSteps([sentimentStep], { dir: ".", records: [articleRecord(long)], warnings: [] }).get("sentiment")!;
  const arc = result.figures.find((f) => f.name === "sentiment-arc")!;
  assert.is((arc.figure.data[0] as { y: number[] }).y.length, ARC_SENTENCES);
  assert.match(arc.caption, new RegExp(`\\(${ARC_SENTENCES} of ${ARC_SENTENCES + 51} sentences\\)`));
});

test("writeOutputs makes a file from its function only when writing it, once", () => {
  const dir = tempDir();
  let calls = 0;
  writeOutputs(dir, [{ path: "a.csv", content: () => (calls++, "x,y\n") }, { path: "b.csv", content: "z\n" }]);
  assert.is(calls, 1);
  assert.is(fs.readFileSync(path.join(dir, "a.csv"), "utf8"), "x,y\n");
  const record = JSON.parse(fs.readFileSync(path.join(dir, ".framelens-written.json"), "utf8"));
  assert.is(record.files["a.csv"], createHash("sha256").update("x,y\n").digest("hex"), "the made content is what is recorded");
});

test.run();
