import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "fs";
import * as path from "path";
import { analyze } from "../../src/cli/analyze";
import { loadCorpus } from "../../src/corpus/load";
import { articleRecord } from "../../src/pipeline/map-article";
import { loadRecords } from "../../src/pipeline/load-records";
import { SEEDS, manifest, tempCorpus, tempDir } from "../helpers";

test("loadRecords gives the same records with one thread and with two, in manifest order", async () => {
  const one = await loadRecords(SEEDS, { jobs: 1 });
  const two = await loadRecords(SEEDS, { jobs: 2 });
  assert.equal(one.records.map((r) => r.id), ["bbc", "sky", "itv", "dw", "frontline"]);
  assert.equal(two, one);
});

test("a record holds exactly what articleRecord computes from the parsed article, and survives a structured clone and JSON", async () => {
  const { records } = await loadRecords(SEEDS, { jobs: 2 });
  const corpus = loadCorpus(SEEDS);
  for (let i = 0; i < records.length; i++) assert.equal(records[i], articleRecord(corpus.articles[i]));
  const dw = records[3];
  assert.equal(structuredClone(dw), dw);
  assert.equal(JSON.parse(JSON.stringify(dw)), dw);
  // no parsed article (tokens) inside: the record is far smaller than the text's parse
  assert.not.ok("tokens" in dw);
  assert.is(dw.overview.words, 559);
  assert.is(dw.sentences.length, dw.plain.n);
});

test("loadRecords warns about a skipped article and an unlisted file, and keeps the rest", async () => {
  const dir = tempCorpus({
    "manifest.json": manifest([
      { id: "a", outlet: "A", file: "a.txt" },
      { id: "b", outlet: "B", file: "missing.txt" },
      { id: "c", outlet: "C", file: "c.txt" },
    ]),
    "a.txt": "Talks end\n\nMr Blinken said the talks were useful.",
    "c.txt": "Talks end again\n\nMr Lavrov said the talks were frank.",
    "stray.txt": "not listed",
  });
  const r = await loadRecords(dir, { jobs: 2 });
  assert.equal(r.records.map((x) => x.id), ["a", "c"]);
  assert.equal(r.warnings.map((w) => [path.basename(w.file), /skipped|not listed/.exec(w.message)?.[0]]), [["missing.txt", "skipped"], ["stray.txt", "not listed"]]);
});

test("the manifest's outlet groups reach loadRecords, streamRecords' corpus info and loadCorpus", async () => {
  const dir = tempCorpus({
    "manifest.json": JSON.stringify({ groups: { coast: ["A", "B"] }, articles: [{ id: "a", outlet: "A", file: "a.txt" }, { id: "b", outlet: "B", file: "b.txt" }, { id: "c", outlet: "C", file: "c.txt" }] }),
    "a.txt": "Flood warning\n\nThe river rose overnight.",
    "b.txt": "Flood warning again\n\nThe river rose again.",
    "c.txt": "Budget\n\nThe council voted.",
  });
  assert.equal((await loadRecords(dir, { jobs: 1 })).groups, { coast: ["A", "B"] });
  assert.equal(loadCorpus(dir).groups, { coast: ["A", "B"] });
  assert.is((await loadRecords(SEEDS, { jobs: 1 })).groups, undefined);
});

test("analyze with --jobs 1 and --jobs 2 writes byte-identical files", async () => {
  const out1 = tempDir();
  const out2 = tempDir();
  const quiet = { log: () => undefined, progress: () => undefined, images: false, generated: new Date(0) };
  await analyze({ corpus: SEEDS, out: out1, jobs: 1, ...quiet });
  await analyze({ corpus: SEEDS, out: out2, jobs: 2, ...quiet });
  const list = (d: string): string[] => fs.readdirSync(d, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(d, f)).isFile() && f !== ".framelens-written.json").sort();
  const files = list(out1);
  assert.equal(list(out2), files);
  assert.ok(files.length >= 30, `${files.length} files`);
  for (const f of files) assert.ok(fs.readFileSync(path.join(out1, f)).equals(fs.readFileSync(path.join(out2, f))), `${f} differs between --jobs 1 and --jobs 2`);
  // The seeds' one-file report stays under 1.5 MB (plotly inside it is packed: see plotlyPackedScriptTag).
  const reportBytes = fs.statSync(path.join(out1, "report.html")).size;
  assert.ok(reportBytes < 1.5e6, `report.html is ${reportBytes} bytes`);
  const chartBytes = files.filter((f) => f.startsWith("charts")).reduce((n, f) => n + fs.statSync(path.join(out1, f)).size, 0);
  assert.ok(chartBytes < 15e6, `charts/ holds ${chartBytes} bytes`);
});

test.run();
