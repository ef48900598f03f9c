import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { analyze } from "../../src/cli/analyze";
import { MIN_FONT_SIZE } from "../../src/charts/theme";
import { NamedFigure } from "../../src/charts/types";
import { SHARED_PLOTLY_FILE, figureDiv } from "../../src/render/figure-html";
import { REPO, SEEDS, tempCorpus, tempDir } from "../helpers";

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
const have = fs.existsSync(CHROMIUM);
if (!have) console.log(`chart width tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
const btest = have ? test : test.skip;

/** An invented outlet name long enough to need three lines in a tick label. */
const LONG = "The Very Long Name Evening Chronicle and Gazette";
const WIDTHS = [1024, 1280] as const;
/** What one chart page measured, as the browser lays it out. */
interface ChartMeasure {
  file: string;
  svgWidth: number;
  containerWidth: number;
  /** Visible text elements under MIN_FONT_SIZE: "size:text". */
  small: string[];
  /** Visible text elements reaching outside the chart's SVG (cut): their text. */
  cut: string[];
  /** Each subplot's plot area: left and right edge, relative to the SVG. */
  subplots: Array<{ left: number; right: number }>;
  /** Every annotation's text (panel headings among them). */
  annotations: string[];
}

/** Analyses the many-stories fixture with "Daily Ledger" renamed to LONG (in a temp copy) and the seeds. */
async function analyses(): Promise<Array<{ name: string; out: string; outlets: string[]; figures: NamedFigure[] }>> {
  const fixture = path.join(REPO, "tests/fixtures/many-stories");
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(fixture)) files[f] = fs.readFileSync(path.join(fixture, f), "utf8");
  files["manifest.json"] = files["manifest.json"].split('"Daily Ledger"').join(JSON.stringify(LONG));
  const long = tempCorpus(files);
  const quiet = { log: () => undefined, progress: () => undefined };
  const runs = [
    { name: "seeds", corpus: SEEDS },
    { name: "many-stories, long outlet name", corpus: long },
  ];
  const out: Array<{ name: string; out: string; outlets: string[]; figures: NamedFigure[] }> = [];
  for (const r of runs) {
    const dir = tempDir();
    const result = await analyze({ corpus: r.corpus, out: dir, images: false, force: true, jobs: 1, ...quiet });
    const manifest = JSON.parse(fs.readFileSync(path.join(r.corpus, "manifest.json"), "utf8")) as { articles: Array<{ outlet: string }> };
    out.push({ name: r.name, out: dir, outlets: Array.from(new Set(manifest.articles.map((a) => a.outlet))), figures: result.sections.flatMap((s) => s.result.figures) });
  }
  return out;
}

/**
 * One page holding every figure of an analysis, each drawn as on its own chart page (figureDiv in the
 * body, 1.5rem margins, as figurePage lays it out), with the analysis' shared plotly file: one page load
 * per width instead of one per chart.
 */
function allChartsPage(out: string, figures: readonly NamedFigure[]): string {
  const file = path.join(out, "charts", "all-charts.html");
  const divs = figures.map((f) => `<section>${figureDiv(f.figure, { id: `chart-${f.name}`, filename: f.name })}</section>`).join("\n");
  fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5rem}</style><script src="${SHARED_PLOTLY_FILE}"></script></head><body>${divs}</body></html>`);
  return file;
}

/** Opens `file` in a page `width` pixels wide, waits until all `count` charts have drawn and measures each. */
async function measureCharts(browser: import("playwright-core").Browser, file: string, count: number, width: number): Promise<ChartMeasure[]> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(`file://${file}`);
    await page.waitForFunction((n) => document.querySelectorAll(".framelens-chart .main-svg").length >= n, count, { timeout: 60000 });
    const measured = await page.evaluate((min) =>
      (Array.from(document.querySelectorAll(".framelens-chart")) as HTMLElement[]).map((chart) => {
        const svg = chart.querySelector(".main-svg") as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        const small: string[] = [];
        const cut: string[] = [];
        for (const t of Array.from(chart.querySelectorAll("svg text")) as SVGTextElement[]) {
          const text = (t.textContent ?? "").trim();
          const r = t.getBoundingClientRect();
          if (!text || r.width === 0 || getComputedStyle(t).display === "none") continue;
          const size = parseFloat(getComputedStyle(t).fontSize);
          if (size < min) small.push(`${size}:${text.slice(0, 40)}`);
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) cut.push(text.slice(0, 40));
        }
        const subplots = (Array.from(chart.querySelectorAll(".draglayer .nsewdrag")) as SVGRectElement[]).map((b) => {
          const r = b.getBoundingClientRect();
          return { left: r.left - box.left, right: r.right - box.left };
        });
        const annotations = (Array.from(chart.querySelectorAll(".annotation-text")) as SVGTextElement[]).map((a) => a.textContent ?? "");
        return { file: chart.id.replace(/^chart-/, ""), svgWidth: box.width, containerWidth: chart.clientWidth, small, cut, subplots, annotations };
      }),
    MIN_FONT_SIZE);
    assert.equal(errors, [], "no script errors");
    return measured;
  } finally {
    await page.close();
  }
}

btest("every chart of the seeds and of many-stories (with a long outlet name) fits 1,024 and 1,280-pixel pages: no overflow, no text under 12 px, none cut, every outlet's distinctive-terms panel shown", async () => {
  const runs = await analyses();
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    for (const run of runs) {
      const page = allChartsPage(run.out, run.figures);
      for (const width of WIDTHS) {
        const measured = await measureCharts(browser, page, run.figures.length, width);
        assert.equal(measured.map((m) => m.file), run.figures.map((f) => f.name), `${run.name}: every chart measured`);
        assert.ok(measured.length >= 18, `${run.name}: every chart of the analysis (${measured.length})`);
        for (const m of measured) {
          const where = `${run.name} at ${width} px, ${m.file}`;
          assert.ok(m.svgWidth <= m.containerWidth + 0.5, `${where}: chart ${m.svgWidth} px wide in a ${m.containerWidth} px container`);
          assert.ok(m.svgWidth >= m.containerWidth - 0.5, `${where}: chart takes its container's width (${m.svgWidth} of ${m.containerWidth} px)`);
          assert.equal(m.small, [], `${where}: text under ${MIN_FONT_SIZE} px`);
          assert.equal(m.cut, [], `${where}: text reaching outside the chart`);
        }
        const distinctive = measured.find((m) => m.file === "emphasis-distinctive")!;
        assert.is(distinctive.subplots.length, run.outlets.length, `${run.name} at ${width} px: one distinctive-terms panel per outlet`);
        for (const p of distinctive.subplots) assert.ok(p.left >= 0 && p.right <= distinctive.svgWidth, `${run.name} at ${width} px: a distinctive-terms panel is cut (${p.left}..${p.right} of ${distinctive.svgWidth})`);
        // Each outlet names its panel (a long name wraps over lines: compare without the breaks).
        const headings = distinctive.annotations.map((a) => a.replace(/^■\s*/, "").replace(/\s+/g, " ").trim());
        for (const o of run.outlets) assert.ok(headings.some((h) => h.replace(/\s/g, "") === o.replace(/\s/g, "")), `${run.name} at ${width} px: no panel heading for ${o} in ${JSON.stringify(headings)}`);
      }
    }
  } finally {
    await browser.close();
  }
});

test.run();
