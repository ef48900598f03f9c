import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { analyze } from "../../src/cli/analyze";
import { overview } from "../../src/comparison/overview";
import { manifest, tempCorpus } from "../helpers";

// An invented two-outlet corpus: one article each, three sentences each (headline and two body sentences).
const files = () => ({
  "manifest.json": manifest([{ id: "a", outlet: "Alpha Daily", file: "a.txt" }, { id: "b", outlet: "Beta Post", file: "b.txt" }]),
  "a.txt": "Bridge closes\n\nThe old bridge closed on Monday. Drivers were angry about the long delays.\n",
  "b.txt": "Bridge reopens\n\nThe bridge reopened quickly. Residents were happy and grateful.\n",
});
const quiet = { log() {}, progress() {} };

test("overview gives one row per outlet in manifest order with every step's headline figures", async () => {
  const ov = await overview(tempCorpus(files()));
  assert.equal(ov.outlets, ["Alpha Daily", "Beta Post"]);
  assert.equal(ov.rows.map((r) => r.outlet), ["Alpha Daily", "Beta Post"]);
  // Words: headline 2 + body 6 + 7 = 15; headline 2 + body 4 + 5 = 11.
  assert.equal(ov.rows.map((r) => [r.articles, r.words, r.quotes, r["tone n"]]), [[1, 15, 0, 3], [1, 11, 0, 3]]);
  assert.equal(ov.columns.slice(0, 4), ["outlet", "articles", "words", "quotes"]);
  for (const m of ["tone", "tone:narration", "frame", "distinctive", "loaded", "only", "left-out"]) assert.ok(ov.columns.includes(m), m);
  // Each figure names its section, and its evidence the article it comes from.
  const tone = ov.figures.filter((f) => f.metric === "tone");
  assert.equal(tone.map((f) => [f.outlet, f.section, f.unit, f.evidence.map((e) => e.articleId)]), [["Alpha Daily", "sentiment", "sentences", ["a"]], ["Beta Post", "sentiment", "sentences", ["b"]]]);
  assert.equal(ov.rows.map((r) => r.tone), tone.map((f) => Math.round(f.value! * 10000) / 10000));
  // Three sentences each: too few to compare, and the findings say so with n.
  const t = ov.findings.find((f) => f.metric === "tone")!;
  assert.is(t.text, "Too few observations to compare the outlets on sentence tone (n = Alpha Daily 3, Beta Post 3 sentences): a comparison needs at least 5 sentences and an interval for each of two outlets.");
  assert.is(ov.table.name, "overview");
  assert.is(ov.findingsTable.rows.length, ov.findings.length);
  assert.ok(ov.chart && ov.chart.data.length > 0);
});

test("overview of a folder without a manifest fails naming the file", async () => {
  const dir = tempCorpus({ "a.txt": "x" });
  await overview(dir).then(
    () => assert.unreachable("should fail"),
    (e: Error) => assert.ok(e.message.includes(path.join(dir, "manifest.json")), e.message),
  );
});

test("analyze writes overview.csv and findings.csv, and the report opens with the overview and findings", async () => {
  const dir = tempCorpus(files());
  const out = path.join(dir, "out");
  await analyze({ corpus: dir, out, images: false, jobs: 1, ...quiet });
  const csv = fs.readFileSync(path.join(out, "overview.csv"), "utf8").split("\n");
  assert.match(csv[0], /^outlet,articles,words,quotes,/);
  assert.match(csv[1], /^Alpha Daily,1,15,0,/);
  assert.match(csv[2], /^Beta Post,1,11,0,/);
  assert.match(fs.readFileSync(path.join(out, "findings.csv"), "utf8"), /^kind,metric,label,outlets,pairs,text\n/);
  assert.ok(fs.existsSync(path.join(out, "charts", "overview.html")));
  const html = fs.readFileSync(path.join(out, "report.html"), "utf8");
  // The comparison comes first, in the contents and on the page, before the corpus section.
  assert.match(html, /<nav class="toc" aria-label="Contents"><ol><li><a href="#comparison">The outlets compared<\/a><\/li><li><a href="#corpus">/);
  const first = html.indexOf('<section id="comparison">');
  assert.ok(first > 0 && first < html.indexOf('<section id="corpus">'));
  assert.ok(html.indexOf('<h3 id="findings">Findings</h3>') < html.indexOf('<section id="corpus">'));
  // Cells link to their section and to their evidence, which is a <details> the link opens.
  assert.match(html, /<td><a href="#sentiment">[^<]+<\/a><a class="ev" href="#(ev-\d+-\d+)" title="the sentences behind it">¶<\/a>/);
  const id = /<a href="#sentiment">[^<]+<\/a><a class="ev" href="#(ev-\d+-\d+)"/.exec(html)![1];
  assert.match(html, new RegExp(`<details class="evidence" id="${id}"><summary>Alpha Daily · sentence tone: `));
  // Findings open to their sentences.
  assert.match(html, /<li><details><summary>Too few observations to compare the outlets on sentence tone/);
  // The contents stay in view.
  assert.match(html, /nav\.toc\{position:sticky;top:0/);
});

test.run();
