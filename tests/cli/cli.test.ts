import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { analyze } from "../../src/cli/analyze";
import { main, parseArgs } from "../../src/cli/main";
import { initManifest } from "../../src/cli/manifest-init";
import { ANALYSIS_STEPS, analysisSteps } from "../../src/cli/steps";
import { corpusStep } from "../../src/overview/step";
import { manifest, tempCorpus } from "../helpers";

const article = "Talks in Geneva\n\nMr Blinken said the talks were useful.\nSource Article\n";
const quiet = { log: () => undefined, progress: () => undefined };

function capture(fn: () => Promise<number>): Promise<{ code: number; err: string; out: string }> {
  const err: string[] = [];
  const out: string[] = [];
  const e = console.error;
  const l = console.log;
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  return fn().then(
    (code) => ((console.error = e), (console.log = l), { code, err: err.join("\n"), out: out.join("\n") }),
    (x) => ((console.error = e), (console.log = l), Promise.reject(x)),
  );
}

test("parseArgs reads the command, value flags (both forms) and switches, and rejects unknown flags", () => {
  const p = parseArgs(["analyze", "--corpus", "c", "--out=o", "--no-images"]);
  assert.is(p.command, "analyze");
  assert.equal([...p.flags], [["corpus", "c"], ["out", "o"], ["no-images", true]]);
  assert.throws(() => parseArgs(["analyze", "--bogus"]), /unknown option --bogus/);
  assert.throws(() => parseArgs(["analyze", "--out"]), /--out needs a value/);
});

test("analyze writes corpus.csv, cleaning-log.csv, the chart and report.html", async () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ id: "a", outlet: "Outlet A", file: "a.txt" }]), "a.txt": article });
  const out = path.join(dir, "out");
  const r = await analyze({ corpus: dir, out, images: false, steps: [corpusStep], ...quiet });
  assert.equal(fs.readdirSync(out).sort(), [".framelens-written.json", "charts", "cleaning-log.csv", "corpus.csv", "report.html"]);
  assert.is(fs.readFileSync(path.join(out, "corpus.csv"), "utf8"), "id,outlet,date,words,sentences,paragraphs,captions,removedLines,headline\na,Outlet A,,10,2,2,0,1,Talks in Geneva\n");
  assert.match(fs.readFileSync(path.join(out, "cleaning-log.csv"), "utf8"), /a,4,56,70,source-marker,/);
  assert.equal(fs.readdirSync(path.join(out, "charts")), ["corpus-size.html"]);
  assert.match(fs.readFileSync(path.join(out, "report.html"), "utf8"), /<section id="corpus">/);
  assert.is(r.written.length, 4);
});

test("analyze refuses to overwrite a file the user put in the output folder", async () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": article, "out/corpus.csv": "my own table\n" });
  const out = path.join(dir, "out");
  await analyze({ corpus: dir, out, images: false, steps: [corpusStep], ...quiet }).then(
    () => assert.unreachable("should refuse"),
    (e: Error) => assert.match(e.message, /refusing to overwrite 1 file/),
  );
  assert.is(fs.readFileSync(path.join(out, "corpus.csv"), "utf8"), "my own table\n");
  assert.is(fs.existsSync(path.join(out, "report.html")), false);
});

test("main exits 2 with the file and problem when the manifest is missing", async () => {
  const dir = tempCorpus({ "a.txt": article });
  const r = await capture(() => main(["analyze", "--corpus", dir, "--out", path.join(dir, "out"), "--no-images"]));
  assert.is(r.code, 2);
  assert.match(r.err, new RegExp(`error: ${path.join(dir, "manifest.json")}: missing`));
});

test("main rejects an unknown command and shows help with --help", async () => {
  assert.is((await capture(() => main(["frobnicate"]))).code, 2);
  let written = "";
  const w = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => ((written += s), true)) as typeof process.stdout.write;
  try {
    assert.is(await main(["--help"]), 0);
  } finally {
    process.stdout.write = w;
  }
  assert.match(written, /framelens analyze \[--corpus DIR\]/);
});

test("analyze --background takes the log-odds prior from the frequency list and says so in the report", async () => {
  const dir = tempCorpus({
    "manifest.json": manifest([{ id: "a", outlet: "A", file: "a.txt" }, { id: "b", outlet: "B", file: "b.txt" }]),
    "a.txt": "Tensions rise\n\nThe invasion fears grow. Tensions rose after the invasion warning.\n",
    "b.txt": "Talks in Geneva\n\nThe talks were useful. Diplomats held talks in Geneva about the incursion.\n",
    "bg.tsv": "term\tcount\ntension\t1000\ntalk\t1000\n",
  });
  const out = path.join(dir, "out");
  const r = await capture(() => main(["analyze", "--corpus", dir, "--out", out, "--no-images", "--background", path.join(dir, "bg.tsv")]));
  assert.is(r.code, 0, r.err);
  const report = fs.readFileSync(path.join(out, "report.html"), "utf8");
  assert.match(report, /prior: the frequency list bg\.tsv/);
  // tension 2 + talk 3 of 18 word occurrences are listed: the report warns.
  assert.match(report, /lists the words of 28% of the corpus's word occurrences; that is too few/);
  assert.match(r.out, /prior from the frequency list bg\.tsv, covering 28% of word occurrences \(warning: under 50%/);
  const row = fs.readFileSync(path.join(out, "emphasis.csv"), "utf8").split("\n").find((l) => l.startsWith("A,tension,"))!;
  // "tension": 2 of A's 9 unigrams, 0 of B's 9; the prior has a0 = 18 and a = 9 (half the background), so
  // delta = ln(11/16) - ln(9/18) = ln(1.375) = 0.3185, variance = 1/11 + 1/9, z = 0.7085.
  const z = Number(row.split(",")[5]);
  assert.ok(Math.abs(z - 0.709) < 1e-9, row);
  const missing = await capture(() => main(["analyze", "--corpus", dir, "--out", out, "--no-images", "--background", path.join(dir, "nope.tsv")]));
  assert.is(missing.code, 2);
  assert.match(missing.err, /nope\.tsv: cannot read the background frequency list \(ENOENT\)/);
});

test("analysisSteps swaps in an emphasis step with the background and keeps the others", () => {
  const steps = analysisSteps({ background: new Map([["talk", 1]]) });
  assert.equal(steps.map((s) => s.id), ANALYSIS_STEPS.map((s) => s.id));
  assert.ok(steps.every((s, i) => (s.id === "emphasis" ? s !== ANALYSIS_STEPS[i] : s === ANALYSIS_STEPS[i])));
  assert.is(analysisSteps(), ANALYSIS_STEPS);
});

test("initManifest lists the folder's .txt files with unique ids and never overwrites", () => {
  const dir = tempCorpus({ "BBC News.txt": "x", "b.txt": "y", "notes.md": "z" });
  const file = initManifest(dir);
  assert.equal(JSON.parse(fs.readFileSync(file, "utf8")).articles, [{ id: "bbc-news", outlet: "bbc-news", file: "BBC News.txt" }, { id: "b", outlet: "b", file: "b.txt" }]);
  assert.throws(() => initManifest(dir), /already exists/);
});

test.run();
