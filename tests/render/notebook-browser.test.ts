import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Figure } from "../../src/charts/types";
import { createImageExporter } from "../../src/render/image-export";
import { ChartOutput, chartOutput, staticImage } from "../../src/render/notebook";
import { plotlyBundle, plotlyProjectPath } from "../../src/render/plotly-bundle";
import { tempCorpus } from "../helpers";

// A saved chart output must draw whatever ran before it: opened alone in a page with or without plotly,
// inserted the way classic Notebook inserts outputs, served by a Jupyter server (classic or JupyterLab),
// and, with its scripts stripped as for an untrusted notebook, it must show its image.

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
const have = fs.existsSync(CHROMIUM);
if (!have) console.log(`notebook browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
const btest = have ? test : test.skip;

type Browser = import("playwright-core").Browser;
type Page = import("playwright-core").Page;

const fig: Figure = { data: [{ type: "bar", x: ["a", "b"], y: [1, 2] }], layout: { title: { text: "t" }, width: 300, height: 200 } };
let browser: Browser;
let output: ChartOutput;
let html: string;

const page = (body: string, head = "") => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** What the page shows: chart drawn, the image's visibility and loaded width, the failure note, and how plotly was requested. */
async function state(p: Page, id: string) {
  return p.evaluate((id) => {
    const img = document.getElementById(`${id}-static`) as HTMLImageElement | null;
    return {
      drawn: document.querySelectorAll(`[id="${id}"] .main-svg`).length > 0,
      imageShown: !!img && getComputedStyle(img).display !== "none",
      imageWidth: img ? img.naturalWidth : 0,
      note: document.querySelector(".framelens-no-plotly")?.textContent ?? "",
      plotlyScripts: Array.from(document.querySelectorAll("script[src]"), (s) => (s as HTMLScriptElement).src),
    };
  }, id);
}

const chartId = () => /<div id="([^"]+)" class="framelens-chart"/.exec(html)![1];

btest("setup: a real chart output with its SVG rendered by Chromium", async () => {
  const exporter = await createImageExporter();
  try {
    output = chartOutput(fig, { title: "t", image: await staticImage(fig, exporter) });
  } finally {
    await exporter.close();
  }
  html = output.data["text/html"];
  assert.match(output.data["image/svg+xml"] ?? "", /^<svg[^>]*width="300" height="200"/);
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

btest("a page without plotly loads plotly.min.js from beside it once, draws every chart and hides the images", async () => {
  const second = chartOutput(fig, { title: "t2", image: { kind: "svg", svg: output.data["image/svg+xml"]!, width: 300, height: 200 } });
  const dir = tempCorpus({ "nb.html": page(html + second.data["text/html"]), "plotly.min.js": plotlyBundle() });
  const p = await browser.newPage();
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`file://${path.join(dir, "nb.html")}`);
  const id2 = /<div id="([^"]+)" class="framelens-chart"/.exec(second.data["text/html"])![1];
  await p.waitForFunction((ids) => ids.every((id) => document.querySelector(`[id="${id}"] .main-svg`)), [chartId(), id2], { timeout: 15000 });
  const s = await state(p, chartId());
  assert.is(s.drawn, true);
  assert.is(s.imageShown, false);
  assert.equal(s.plotlyScripts, [`file://${path.join(dir, "plotly.min.js")}`]);
  assert.is((await state(p, id2)).imageShown, false);
  assert.equal(errors, []);
  await p.close();
});

btest("a page that already has plotly draws without loading it again", async () => {
  const dir = tempCorpus({ "nb.html": page(html, `<script>${plotlyBundle().replace(/<\/script/gi, "<\\/script")}</script>`) });
  const p = await browser.newPage();
  await p.goto(`file://${path.join(dir, "nb.html")}`);
  await p.waitForFunction((id) => document.querySelector(`[id="${id}"] .main-svg`), chartId(), { timeout: 15000 });
  const s = await state(p, chartId());
  assert.is(s.imageShown, false);
  assert.equal(s.plotlyScripts, []);
  await p.close();
});

btest("untrusted: with scripts stripped (and styles, as Jupyter's sanitizer does) or disabled, the image shows at its size", async () => {
  const stripped = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/ style="[^"]*"/g, "");
  assert.not.match(stripped, /<script/);
  const dir = tempCorpus({ "stripped.html": page(stripped), "nb.html": page(html) });
  for (const [file, javaScriptEnabled] of [["stripped.html", true], ["nb.html", false]] as const) {
    const context = await browser.newContext({ javaScriptEnabled });
    const p = await context.newPage();
    await p.goto(`file://${path.join(dir, file)}`);
    await p.waitForLoadState("load");
    const s = javaScriptEnabled
      ? await state(p, chartId())
      : { drawn: false, imageShown: await p.isVisible(`[id="${chartId()}-static"]`), imageWidth: await p.$eval(`[id="${chartId()}-static"]`, (i) => (i as HTMLImageElement).naturalWidth) };
    assert.is(s.drawn, false, file);
    assert.is(s.imageShown, true, file);
    assert.is(s.imageWidth, 300, file);
    await context.close();
  }
});

/** A page served as if by a Jupyter server at http://jupyter.test: only the given paths exist; returns the paths requested. */
async function jupyterPage(pageHtml: string, files: Record<string, string>): Promise<{ p: Page; requested: string[] }> {
  const p = await browser.newPage();
  const requested: string[] = [];
  await p.route("http://jupyter.test/**", async (route) => {
    const url = new URL(route.request().url());
    requested.push(url.pathname);
    if (url.pathname.startsWith("/notebooks/") && url.pathname.endsWith(".ipynb")) return route.fulfill({ status: 200, contentType: "text/html", body: pageHtml });
    const body = files[url.pathname];
    if (body === undefined) return route.fulfill({ status: 404, contentType: "text/html", body: "404: Not Found" });
    return route.fulfill({ status: 200, contentType: "application/javascript", body });
  });
  return { p, requested };
}

btest("classic Notebook: an output inserted the way Notebook 6 does (scripts run before it is attached) loads plotly from <base>files/ and draws", async () => {
  const root = `/files/${plotlyProjectPath()}`;
  const { p, requested } = await jupyterPage(page("", "").replace("<body>", '<body data-base-url="/" data-notebook-path="outputs/notebooks/x.ipynb">'), { [root]: plotlyBundle() });
  await p.goto("http://jupyter.test/notebooks/outputs/notebooks/x.ipynb");
  // Notebook 6's append_html: jQuery appends the html to a detached element (running its scripts), then attaches it.
  await p.evaluate((h) => {
    const box = document.createElement("div");
    box.innerHTML = h;
    for (const s of Array.from(box.querySelectorAll("script"))) (0, eval)(s.textContent ?? "");
    setTimeout(() => document.body.appendChild(box), 200);
  }, html);
  await p.waitForFunction((id) => document.querySelector(`[id="${id}"] .main-svg`), chartId(), { timeout: 15000 });
  assert.is((await state(p, chartId())).imageShown, false);
  assert.equal(requested.filter((r) => r.endsWith(".js")), [root]);
  await p.close();
});

btest("JupyterLab: the base URL comes from #jupyter-config-data", async () => {
  const root = `/user/me/files/${plotlyProjectPath()}`;
  const config = '<script id="jupyter-config-data" type="application/json">{"baseUrl": "/user/me/"}</script>';
  const { p, requested } = await jupyterPage(page(html, config), { [root]: plotlyBundle() });
  await p.goto("http://jupyter.test/notebooks/lab.ipynb");
  await p.waitForFunction((id) => document.querySelector(`[id="${id}"] .main-svg`), chartId(), { timeout: 15000 });
  assert.equal(requested.filter((r) => r.endsWith(".js")), [root]);
  await p.close();
});

btest("a Jupyter server without the file falls back to plotly.min.js beside the notebook, and with neither the image stays with a note", async () => {
  const beside = "/notebooks/outputs/notebooks/plotly.min.js";
  const body = page(html).replace("<body>", '<body data-base-url="/">');
  const first = await jupyterPage(body, { [beside]: plotlyBundle() });
  await first.p.goto("http://jupyter.test/notebooks/outputs/notebooks/x.ipynb");
  await first.p.waitForFunction((id) => document.querySelector(`[id="${id}"] .main-svg`), chartId(), { timeout: 15000 });
  assert.equal(first.requested.filter((r) => r.endsWith(".js")), [`/files/${plotlyProjectPath()}`, beside]);
  await first.p.close();

  const none = await jupyterPage(body, {});
  await none.p.goto("http://jupyter.test/notebooks/outputs/notebooks/x.ipynb");
  await none.p.waitForSelector(".framelens-no-plotly", { timeout: 15000 });
  const s = await state(none.p, chartId());
  assert.is(s.drawn, false);
  assert.is(s.imageShown, true);
  assert.is(s.imageWidth, 300);
  assert.match(s.note, /^Interactive chart unavailable: plotly.js was not found at \/files\/node_modules\/plotly.js-cartesian-dist-min\/plotly-cartesian.min.js, plotly.min.js\. Open the notebook from "npm run jupyter"/);
  await none.p.close();
});

btest("teardown", async () => {
  await browser.close();
});

test.run();
