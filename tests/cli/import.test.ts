import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { main, parseArgs } from "../../src/cli/main";
import { capture, tempCorpus, tempDir } from "../helpers";

const CSV = [
  "body,source,title,published",
  '"The harbour bridge reopened on Tuesday. The mayor said, ""The repairs finished early.""",Harbour Times,Bridge reopens,2019-03-02 09:00:00',
  "Too,few",
  '"Ferries sailed again after the storm.\nCaptains said the crossing was calm.",Coast Daily,Ferry service returns,2019-03-03',
  ",Coast Daily,Empty article,2019-03-04",
].join("\n");

test("parseArgs takes --map as a value flag", () => {
  assert.equal([...parseArgs(["import", "a.csv", "--out", "c", "--map", "text=body"]).flags], [["out", "c"], ["map", "text=body"]]);
  assert.equal(parseArgs(["import", "a.csv", "--out", "c"]).positional, ["a.csv"]);
});

test("framelens import writes the corpus folder, prints what it wrote and every bad row by number, and exits 0", async () => {
  const dir = tempCorpus({ "export.csv": CSV });
  const out = path.join(dir, "corpus");
  const r = await capture(() => main(["import", path.join(dir, "export.csv"), "--out", out, "--map", "text=body,outlet=source,headline=title,date=published"]));
  assert.is(r.code, 0, r.err);
  assert.equal(fs.readdirSync(out).sort(), ["manifest.json", "row-2.txt", "row-4.txt"]);
  assert.is(fs.readFileSync(path.join(out, "row-2.txt"), "utf8"), 'Bridge reopens\n\nThe harbour bridge reopened on Tuesday. The mayor said, "The repairs finished early."\n');
  const m = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
  assert.equal(m.articles.map((a: { id: string; outlet: string; date: string }) => [a.id, a.outlet, a.date]), [["row-2", "Harbour Times", "2019-03-02"], ["row-4", "Coast Daily", "2019-03-03"]]);
  const csv = path.join(dir, "export.csv");
  assert.equal(r.err.split("\n"), [
    `warning: ${csv}: row 3: has 2 cells where the header has 4 (a comma outside quotes, or a missing one?); skipped`,
    `warning: ${csv}: row 5 (line 6): no text (column "body" is empty); skipped`,
  ]);
  assert.match(r.out, new RegExp(`^wrote 2 articles from ${csv.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} to .*corpus: manifest\\.json and 2 \\.txt files \\(row-2\\.txt, row-4\\.txt\\)`));
  assert.match(r.out, /2 warning\(s\) above/);
  assert.match(r.out, /next: npx framelens analyze --corpus /);
});

test("framelens import refuses a folder that holds files (exit 2, naming it and --force), and --force replaces it", async () => {
  const dir = tempCorpus({ "a.jsonl": JSON.stringify({ text: "The bridge reopened.", outlet: "A" }) + "\n", "out/mine.txt": "my own notes" });
  const out = path.join(dir, "out");
  const refused = await capture(() => main(["import", path.join(dir, "a.jsonl"), "--out", out]));
  assert.is(refused.code, 2);
  assert.match(refused.err, new RegExp(`^error: ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: holds files already \\(mine\\.txt\\).*--force`));
  assert.equal(fs.readdirSync(out), ["mine.txt"]);
  const forced = await capture(() => main(["import", path.join(dir, "a.jsonl"), "--out", out, "--force"]));
  assert.is(forced.code, 0, forced.err);
  assert.match(forced.out, /replaced what .* held/);
  assert.equal(fs.readdirSync(out).sort(), ["manifest.json", "row-1.txt"]);
});

test("framelens import without FILE or --out, or with a bad --map, exits 2 saying what is wrong", async () => {
  const file = path.join(tempCorpus({ "a.csv": "text\nOne.\n" }), "a.csv");
  assert.match((await capture(() => main(["import", file]))).err, /usage: framelens import FILE --out DIR/);
  assert.match((await capture(() => main(["import", "--out", tempDir()]))).err, /usage: framelens import FILE --out DIR/);
  const bad = await capture(() => main(["import", file, "--out", path.join(tempDir(), "c"), "--map", "words=text"]));
  assert.is(bad.code, 2);
  assert.match(bad.err, /--map: unknown field "words"/);
});

test("framelens analyze reads a CSV corpus with --map, and its bad rows reach the summary and the report", async () => {
  const dir = tempCorpus({ "export.csv": CSV });
  const out = path.join(dir, "results");
  const r = await capture(() => main(["analyze", "--corpus", path.join(dir, "export.csv"), "--out", out, "--no-images", "--jobs", "1", "--map", "text=body,outlet=source,headline=title,date=published"]));
  assert.is(r.code, 0, r.err);
  const corpus = fs.readFileSync(path.join(out, "corpus.csv"), "utf8").split("\n");
  assert.equal(corpus.slice(1, 3).map((l) => l.split(",").slice(0, 3)), [["row-2", "Harbour Times", "2019-03-02"], ["row-4", "Coast Daily", "2019-03-03"]]);
  assert.match(r.out, /warning: .*export\.csv: row 3: has 2 cells/);
  assert.match(r.out, /warning: .*export\.csv: row 5 \(line 6\): no text/);
  assert.match(fs.readFileSync(path.join(out, "report.html"), "utf8"), /row 5 \(line 6\): no text/);
});

test.run();
