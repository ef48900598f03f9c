import * as fs from "fs";
import { articleRecord } from "../../src/pipeline/map-article";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { exportFigure } from "../../src/render/export";
import { createImageExporter } from "../../src/render/image-export";
import { buildReport } from "../../src/render/report";
import { corpusStep } from "../../src/overview/step";
import { corpusInfo, runSteps } from "../../src/cli/step";
import { analyze } from "../../src/cli/analyze";
import { BUNDLED_TRACE_TYPES, plotlyBundle } from "../../src/render/plotly-bundle";
import { figurePage } from "../../src/render/figure-html";
import { SEEDS, tempCorpus, tempDir } from "../helpers";

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
const have = fs.existsSync(CHROMIUM);
if (!have) console.log(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
const btest = have ? test : test.skip;

/** Opens `file` in Chromium, waits until a framelens chart has drawn, then runs `check` with the page and its script errors. */
async function withDrawnPage(file: string, check: (page: import("playwright-core").Page, errors: string[]) => Promise<void>): Promise<void> {
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => document.querySelectorAll(".framelens-chart .main-svg").length > 0, undefined, { timeout: 15000 });
    await check(page, errors);
  } finally {
    await browser.close();
  }
}

const fig = { data: [{ type: "bar", x: ["a", "b"], y: [1, 2] }], layout: { title: { text: "t" }, width: 300, height: 200 } };

btest("exportFigure writes an offline HTML page, a PNG of the layout size at 2x, and an SVG", async () => {
  const dir = tempCorpus({});
  const written = await exportFigure(fig, path.join(dir, "chart"));
  assert.equal(written.map((f) => path.basename(f)), ["chart.html", "chart.png", "chart.svg"]);
  const png = fs.readFileSync(path.join(dir, "chart.png"));
  assert.equal([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.is(png.readUInt32BE(16), 600); // width at scale 2
  assert.is(png.readUInt32BE(20), 400);
  const svg = fs.readFileSync(path.join(dir, "chart.svg"), "utf8");
  assert.match(svg, /^<svg[^>]*width="300" height="200"/);
  const html = fs.readFileSync(path.join(dir, "chart.html"), "utf8");
  assert.not.match(html, /<script[^>]+src=/); // self-contained: no external scripts
});

btest("article text with a script tag does not run in the report", async () => {
  const evil = "Headline\n\nHe said \"</script><script>window.__pwned=1</script>\" and <img src=x onerror=\"window.__pwned=2\"> left.";
  const article = parseArticle(evil, { id: "evil", outlet: "</script><script>window.__pwned=3</script>" });
  const corpus = { dir: ".", title: "<script>window.__pwned=4</script>", records: [articleRecord(article)], warnings: [] };
  const html = buildReport(corpusInfo(corpus), [{ step: corpusStep, result: runSteps([corpusStep], corpus).get("corpus")! }]);
  const dir = tempCorpus({ "report.html": html });
  await withDrawnPage(path.join(dir, "report.html"), async (page, errors) => {
    assert.is(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(errors, []);
    const label = await page.evaluate(() => document.querySelector(".framelens-chart .xtick text")?.textContent ?? "");
    assert.match(label, /<\/script>/); // the outlet name is shown as text, not run
  });
});

btest("analyze's chart pages share charts/plotly.min.js and draw from it; --standalone-charts inlines plotly in each", async () => {
  const out = tempDir();
  const quiet = { log: () => undefined, progress: () => undefined };
  await analyze({ corpus: SEEDS, out, images: false, steps: [corpusStep], ...quiet });
  const page = fs.readFileSync(path.join(out, "charts/corpus-size.html"), "utf8");
  assert.ok(page.length < 200_000, `a shared-plotly page is small, got ${page.length} bytes`);
  assert.match(page, /<script type="text\/javascript" src="plotly.min.js"><\/script>/);
  assert.is(fs.readFileSync(path.join(out, "charts/plotly.min.js"), "utf8"), plotlyBundle());
  await withDrawnPage(path.join(out, "charts/corpus-size.html"), async (_page, errors) => assert.equal(errors, []));
  const alone = tempDir();
  await analyze({ corpus: SEEDS, out: alone, images: false, steps: [corpusStep], standaloneCharts: true, ...quiet });
  assert.ok(fs.readFileSync(path.join(alone, "charts/corpus-size.html"), "utf8").includes(plotlyBundle().slice(0, 2000)), "plotly inlined");
  assert.not.ok(fs.existsSync(path.join(alone, "charts/plotly.min.js")));
});

btest("every trace type framelens charts use draws from the shipped plotly bundle, in a page and in PNG/SVG export", async () => {
  const types = ["bar", "box", "heatmap", "scatter"] as const;
  for (const t of types) assert.ok((BUNDLED_TRACE_TYPES as readonly string[]).includes(t), t);
  const figures = [
    { data: [{ type: "bar", x: ["a", "b"], y: [1, 2] }], layout: { width: 300, height: 200 } },
    { data: [{ type: "box", y: [1, 2, 3, 9] }], layout: { width: 300, height: 200 } },
    { data: [{ type: "heatmap", z: [[1, 2], [3, 4]] }], layout: { width: 300, height: 200 } },
    { data: [{ type: "scatter", mode: "markers", x: [1, 2], y: [2, 1], error_x: { type: "data", array: [0.5, 0.5] } }], layout: { width: 300, height: 200 } },
  ];
  const dir = tempDir();
  const exporter = await createImageExporter();
  try {
    for (const [i, f] of figures.entries()) {
      const file = path.join(dir, `t${i}.html`);
      fs.writeFileSync(file, figurePage(f, types[i]));
      await withDrawnPage(file, async (page, errors) => {
        assert.equal(errors, [], types[i]);
        // Each type draws its own marks in its own layer (plotly draws an unknown type as a scatter).
        const layer = { bar: ".barlayer .trace", box: ".boxlayer .trace", heatmap: ".hm image", scatter: ".scatterlayer .trace .point" }[types[i]];
        const marks = await page.evaluate((sel) => document.querySelectorAll(`.framelens-chart ${sel}`).length, layer);
        assert.ok(marks > 0, `${types[i]} drew nothing`);
      });
      const svg = (await exporter.render(f, "svg")).toString();
      assert.match(svg, /<svg/);
    }
  } finally {
    await exporter.close();
  }
});

btest("createImageExporter rejects an unknown format by name", async () => {
  const ex = await createImageExporter();
  try {
    await ex.render(fig, "gif" as never).then(() => assert.unreachable("should throw"), (e: Error) => assert.match(e.message, /unknown image format "gif"; expected one of png, svg/));
  } finally {
    await ex.close();
  }
});

test("createImageExporter names the missing browser and the fix", async () => {
  await createImageExporter({ executablePath: "/nope/chromium" }).then(
    () => assert.unreachable("should throw"),
    (e: Error) => assert.match(e.message, /needs Chromium at \/nope\/chromium \(Debian: `apt-get install chromium`\)/),
  );
});

test.run();
