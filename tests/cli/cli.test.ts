import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SUMMARY_MAX_LINES, analyze, progressLine, summaryLines } from "../../src/cli/analyze";
import { main, parseArgs, parseByteSize, parseJobs } from "../../src/cli/main";
import { initManifest } from "../../src/cli/manifest-init";
import { ANALYSIS_STEPS, analysisSteps } from "../../src/cli/steps";
import { corpusStep } from "../../src/overview/step";
import { TEMP_PREFIX, WRITTEN_RECORD } from "../../src/render/output-dir";
import { capture, manifest, tempCorpus } from "../helpers";

const article = "Talks in Geneva\n\nMr Blinken said the talks were useful.\nSource Article\n";
const quiet = { log: () => undefined, progress: () => undefined };

test("parseArgs reads the command, value flags (both forms) and switches, and rejects unknown flags", () => {
  const p = parseArgs(["analyze", "--corpus", "c", "--out=o", "--no-images"]);
  assert.is(p.command, "analyze");
  assert.equal([...p.flags], [["corpus", "c"], ["out", "o"], ["no-images", true]]);
  assert.throws(() => parseArgs(["analyze", "--bogus"]), /unknown option --bogus/);
  assert.throws(() => parseArgs(["analyze", "--out"]), /--out needs a value/);
  assert.equal([...parseArgs(["analyze", "--raw-csv", "--force"]).flags], [["raw-csv", true], ["force", true]]);
});

test("analyze writes corpus.csv, cleaning-log.csv, the chart and report.html", async () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ id: "a", outlet: "Outlet A", file: "a.txt" }]), "a.txt": article });
  const out = path.join(dir, "out");
  const r = await analyze({ corpus: dir, out, images: false, steps: [corpusStep], ...quiet });
  assert.equal(fs.readdirSync(out).sort(), [".framelens-written.json", "charts", "cleaning-log.csv", "corpus.csv", "report.html"]);
  assert.is(fs.readFileSync(path.join(out, "corpus.csv"), "utf8"), "id,outlet,date,words,sentences,paragraphs,captions,removedLines,leftOutWords,leftOutShare,headline,warning\na,Outlet A,,10,2,2,0,1,2,0.167,Talks in Geneva,\n");
  assert.match(fs.readFileSync(path.join(out, "cleaning-log.csv"), "utf8"), /a,4,56,70,source-marker,/);
  assert.equal(fs.readdirSync(path.join(out, "charts")), ["corpus-size.html", "plotly.min.js"]);
  assert.match(fs.readFileSync(path.join(out, "report.html"), "utf8"), /<section id="corpus">/);
  assert.is(r.written.length, 5);
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

test("main actors suggest lists unresolved names, and analyze --actors uses the registry given and names it", async () => {
  const dir = tempCorpus({
    "manifest.json": manifest([{ id: "a", outlet: "A", file: "a.txt" }, { id: "b", outlet: "B", file: "b.txt" }]),
    "a.txt": "Council vote\n\nMayor Ada Quill said the budget was fair. Ada Quill thanked the council.\n",
    "b.txt": "Council vote again\n\nThe budget passed, Mayor Ada Quill said.\n",
    "mine.json": JSON.stringify({ sides: [{ id: "council", label: "Council" }], actors: [{ id: "ada-quill", name: "Ada Quill", kind: "person", side: "council", aliases: ["Quill"] }] }),
  });
  const usage = await capture(() => main(["actors", "suggest"]));
  assert.is(usage.code, 2);
  assert.match(usage.err, /usage: framelens actors suggest --corpus DIR/);
  assert.match((await capture(() => main(["actors", "suggest", "--corpus", dir, "--top", "0"]))).err, /--top takes a whole number of suggestions, at least 1; got "0"/);
  const listed = await capture(() => main(["actors", "suggest", "--corpus", dir, "--jobs", "1"]));
  assert.is(listed.code, 0);
  assert.match(listed.out, /Ada Quill/);
  const out = path.join(dir, "out");
  const run = await capture(() => main(["analyze", "--corpus", dir, "--out", out, "--no-images", "--jobs", "1", "--actors", path.join(dir, "mine.json")]));
  assert.is(run.code, 0);
  assert.match(run.out, /actors: speakers and sides resolved with .*mine\.json/);
  const quotes = fs.readFileSync(path.join(out, "quotes.csv"), "utf8");
  assert.match(quotes, /Ada Quill,council/);
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

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  assert.ok(!quoted && field === "" && row.length === 0, "the CSV ends with a complete line");
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_ARTICLES = {
  "manifest.json": manifest([{ id: "a", outlet: "=Outlet A", file: "a.txt" }, { id: "b", outlet: "B", file: "b.txt" }]),
  "a.txt": 'Talks in Geneva\n\n=HYPERLINK("http://x","y") was printed on a spoof leaflet. Mr Blinken said the talks were useful.\n\n+cmd|\' /C calc\'!A0 appeared in a leaked file. "We will respond," Mr Lavrov said.\n\n@SUM(1+1) is not a sentence. -1+1 makes zero, officials said.\n',
  "b.txt": 'Fears grow\n\n=HYPERLINK("http://x","y") was printed on a spoof leaflet. Russia warned Nato about the invasion fears.\n\nThe talks ended without agreement. -2+3 is a sum the diplomats did not discuss.\n',
};

/** Every cell of every CSV in `out`, parsed, with the file it came from. */
function csvCells(out: string): Array<{ file: string; cell: string }> {
  const cells: Array<{ file: string; cell: string }> = [];
  for (const file of fs.readdirSync(out).filter((f) => f.endsWith(".csv"))) {
    const rows = parseCsv(fs.readFileSync(path.join(out, file), "utf8"));
    for (const row of rows) assert.is(row.length, rows[0].length, `${file}: every row has the header's ${rows[0].length} fields`);
    for (const row of rows) for (const cell of row) cells.push({ file, cell });
  }
  return cells;
}

test("analyze writes no CSV cell that a spreadsheet would run as a formula, and keeps numbers as numbers", async () => {
  const dir = tempCorpus(FORMULA_ARTICLES);
  const out = path.join(dir, "out");
  await analyze({ corpus: dir, out, images: false, ...quiet });
  const cells = csvCells(out);
  assert.ok(cells.length > 500, `${cells.length} cells`);
  const live = cells.filter(({ cell }) => /^[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell)).concat(cells.filter(({ cell }) => /^\s+[=+\-@]/.test(cell)));
  assert.equal(live, []);
  const files = (re: RegExp) => [...new Set(cells.filter(({ cell }) => re.test(cell)).map((c) => c.file))].sort();
  assert.ok(files(/^'=HYPERLINK\("http:\/\/x","y"\) was printed/).includes("sentences.csv"), files(/HYPERLINK/).join());
  assert.ok(files(/^'=Outlet A$/).length >= 10, "the outlet name is neutralised wherever it appears");
  assert.ok(cells.some(({ cell }) => /^-\d/.test(cell) && PLAIN_NUMBER.test(cell)), "negative numbers are written as numbers");
  // With raw CSV text the formulas are there: the check above would have caught them.
  const raw = path.join(dir, "raw");
  await analyze({ corpus: dir, out: raw, images: false, rawCsv: true, ...quiet });
  assert.ok(csvCells(raw).some(({ cell }) => cell.startsWith('=HYPERLINK("http://x","y")')));
});

test("main --raw-csv writes CSV text exactly as found", async () => {
  const dir = tempCorpus(FORMULA_ARTICLES);
  const out = path.join(dir, "out");
  const r = await capture(() => main(["analyze", "--corpus", dir, "--out", out, "--no-images", "--raw-csv"]));
  assert.is(r.code, 0, r.err);
  assert.match(fs.readFileSync(path.join(out, "corpus.csv"), "utf8"), /\na,=Outlet A,/);
});

test("analyze stops before loading the corpus when a file named charts stands where the charts folder goes", async () => {
  const dir = tempCorpus({ "out/charts": "a file" });
  const out = path.join(dir, "out");
  await analyze({ corpus: path.join(dir, "no-corpus-here"), out, images: false, ...quiet }).then(
    () => assert.unreachable("should stop"),
    (e: Error) => assert.is(e.message, `${path.join(out, "charts")}: is a file, but framelens needs a folder there (for its charts/ files); move or rename it, or choose another --out folder`),
  );
  const r = await capture(() => main(["analyze", "--corpus", path.join(dir, "no-corpus-here"), "--out", out, "--no-images"]));
  assert.is(r.code, 2);
  assert.match(r.err, /^error: .*charts: is a file, but framelens needs a folder there/);
  assert.equal(fs.readdirSync(out), ["charts"]);
});

test("analyze stops before loading the corpus when the output folder is not writable", async () => {
  const dir = tempCorpus({});
  const out = path.join(dir, "out");
  fs.mkdirSync(out);
  const root = process.getuid?.() === 0;
  // Root writes whatever the mode says: give the folder to the user nobody and call analyze as nobody.
  if (root) {
    fs.chmodSync(dir, 0o755);
    fs.chownSync(out, 65534, 65534);
  }
  fs.chmodSync(out, 0o500);
  if (root) process.seteuid!(65534);
  let running: Promise<unknown>;
  try {
    running = analyze({ corpus: path.join(dir, "no-corpus-here"), out, images: false, ...quiet });
  } finally {
    if (root) process.seteuid!(0);
  }
  await running.then(
    () => assert.unreachable("should stop"),
    (e: Error) => assert.ok(e.message.startsWith(`${out}: framelens cannot write in this folder (EACCES)`), e.message),
  );
  fs.chmodSync(out, 0o700);
});

test("analyze removes the temporary files an interrupted run left, and nothing else", async () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": article });
  const out = path.join(dir, "out");
  await analyze({ corpus: dir, out, images: false, steps: [corpusStep], ...quiet });
  const leftovers = [`${TEMP_PREFIX}999999-0badcafe/charts/corpus-size.html`, ".report.html.999999.tmp", "charts/.corpus-size.html.999999.tmp"];
  for (const p of leftovers) {
    fs.mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
    fs.writeFileSync(path.join(out, p), "partial");
  }
  fs.writeFileSync(path.join(out, ".mine.999999.tmp"), "the user's");
  const lines: string[] = [];
  await analyze({ corpus: dir, out, images: false, steps: [corpusStep], log: () => undefined, progress: (l) => lines.push(l) });
  assert.match(lines.join("\n"), /removed 3 temporary file\(s\) or folder\(s\) left by an interrupted framelens run/);
  assert.equal(fs.readdirSync(out).sort(), [".framelens-written.json", ".mine.999999.tmp", "charts", "cleaning-log.csv", "corpus.csv", "report.html"]);
  assert.equal(fs.readdirSync(path.join(out, "charts")), ["corpus-size.html", "plotly.min.js"]);
  assert.ok(JSON.parse(fs.readFileSync(path.join(out, WRITTEN_RECORD), "utf8")).pending === undefined);
});

test("analyze refuses before loading the corpus when a table it wrote was edited since", async () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": article });
  const out = path.join(dir, "out");
  await analyze({ corpus: dir, out, images: false, ...quiet });
  fs.appendFileSync(path.join(out, "quotes.csv"), "my note\n");
  await analyze({ corpus: path.join(dir, "no-corpus-here"), out, images: false, ...quiet }).then(
    () => assert.unreachable("should refuse"),
    (e: Error) => assert.match(e.message, /refusing to overwrite 1 file[\s\S]*quotes\.csv/),
  );
  // A run of fewer steps does not write quotes.csv, so it is not refused early.
  await analyze({ corpus: dir, out, images: false, steps: [corpusStep], ...quiet });
});

test("analyze warns before the analysis when --out is a project folder or the corpus folder", async () => {
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": article, "proj/package.json": "{}", "proj/src/index.ts": "" });
  const lines: string[] = [];
  const r = await analyze({ corpus: dir, out: path.join(dir, "proj"), images: false, steps: [corpusStep], log: () => undefined, progress: (l) => lines.push(l) });
  assert.match(lines[0], /^warning: .*proj does not look like an output folder: it holds package\.json, src\/ \(a project, source or corpus folder\?\)/);
  assert.is(r.warnings[0], lines[0].slice("warning: ".length));
  const again = await analyze({ corpus: dir, out: dir, images: false, steps: [corpusStep], log: () => undefined, progress: () => undefined });
  assert.ok(again.warnings.some((w) => w.includes("is the corpus folder")), again.warnings.join("\n"));
  assert.is(fs.readFileSync(path.join(dir, "a.txt"), "utf8"), article);
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

test("parseByteSize reads bytes, k and M (1024-based) and rejects anything else, naming the flag", () => {
  assert.is(parseByteSize("500000", "max-article-bytes"), 500000);
  assert.is(parseByteSize("512k", "x"), 524288);
  assert.is(parseByteSize("2M", "x"), 2097152);
  assert.is(parseByteSize("1.5MB", "x"), 1572864);
  assert.throws(() => parseByteSize("lots", "max-article-bytes"), /--max-article-bytes takes a size in bytes/);
  assert.throws(() => parseByteSize("0", "max-article-bytes"), /more than 0 bytes/);
});

test("summaryLines stays within its line budget for thousands of warnings and says how many it left out", () => {
  const sections = [
    { step: { id: "quotes", title: "Q" }, result: { intro: "", tables: [], figures: [], summary: ["12 quotes", "BBC first: Blinken"] } },
    { step: { id: "coverage", title: "C" }, result: { intro: "", tables: [], figures: [], summary: ["a", "b", "c", "d", "e", "f", "g", "h"] } },
  ];
  const warnings = Array.from({ length: 3000 }, (_, i) => `a${i}.txt: empty; skipped`);
  const crowded = [...sections, ...Array.from({ length: 4 }, (_, i) => ({ step: { id: `s${i}`, title: "S" }, result: { intro: "", tables: [], figures: [], summary: Array.from({ length: 9 }, (_, k) => `line ${k}`) } }))];
  assert.ok(summaryLines(crowded, warnings).length <= SUMMARY_MAX_LINES);
  const lines = summaryLines(crowded, warnings);
  assert.ok(lines.length <= SUMMARY_MAX_LINES, `${lines.length} lines`);
  assert.equal(lines.slice(0, 3), ["quotes: 12 quotes", "quotes: BBC first: Blinken", "coverage: a"]);
  assert.is(lines[6], "coverage: e");
  assert.is(lines[7], "coverage: ... 3 more summary line(s) left out; coverage's section of report.html and its CSV files hold everything");
  assert.is(lines[8], "s0: line 0");
  assert.is(lines[13], "s0: ... 4 more summary line(s) left out; s0's section of report.html and its CSV files hold everything");
  assert.is(lines[32], "warning: a0.txt: empty; skipped");
  const shown = lines.filter((l) => /^warning: a\d+\.txt/.test(l)).length;
  assert.is(lines[lines.length - 1], `warning: ... and ${3000 - shown} more warning(s): every one is listed in report.html, and per article in corpus.csv (column warning)`);
  assert.equal(summaryLines(sections.slice(0, 1), ["x"]), ["quotes: 12 quotes", "quotes: BBC first: Blinken", "warning: x"]);
  // when everything fits, a step's lines are all shown
  assert.is(summaryLines(sections, ["x"]).filter((l) => l.startsWith("coverage:")).length, 8);
});

test("progressLine shows articles done, the share, MB/s, threads and time left", () => {
  const p = { done: 50, total: 200, doneSize: 2e6, totalSize: 8e6, elapsedS: 4, etaS: 12 };
  assert.is(progressLine(p, 2), "parsed 50/200 articles (25%), 0.50 MB/s on 2 threads, about 12 s left");
  assert.is(progressLine({ ...p, done: 200, doneSize: 8e6, etaS: 0 }, 1), "parsed 200/200 articles (100%), 2.00 MB/s on 1 thread, done");
  assert.is(progressLine({ ...p, etaS: 150 }, 2), "parsed 50/200 articles (25%), 0.50 MB/s on 2 threads, about 2 min 30 s left");
});

test("parseJobs takes a whole number of at least 1 and names --jobs otherwise", () => {
  assert.is(parseJobs("2"), 2);
  assert.throws(() => parseJobs("0"), /--jobs takes a whole number/);
  assert.throws(() => parseJobs("1.5"), /--jobs takes a whole number/);
  assert.throws(() => parseJobs("many"), /got "many"/);
});

test("main --max-article-bytes skips a larger article with a warning naming it, and analyses the rest", async () => {
  const dir = tempCorpus({
    "manifest.json": manifest([{ id: "a", outlet: "Outlet A", file: "a.txt" }, { id: "b", outlet: "Outlet B", file: "b.txt" }]),
    "a.txt": article,
    "b.txt": "Long piece\n\n" + "Mr Lavrov said the talks were frank. ".repeat(40),
  });
  const out = path.join(dir, "out");
  const r = await capture(() => main(["analyze", "--corpus", dir, "--out", out, "--no-images", "--max-article-bytes", "1k"]));
  assert.is(r.code, 0, r.err);
  assert.match(r.out, /warning: .*b\.txt: is 1\.\d kB .*over the limit of 1\.0 kB per article/);
  const corpusCsv = fs.readFileSync(path.join(out, "corpus.csv"), "utf8");
  assert.match(corpusCsv, /\na,Outlet A,/);
  assert.not.match(corpusCsv, /Outlet B/);
});

test.run();
