// `npm run notebooks [-- [--corpus DIR|FILE] [FILE.ipynb ...]]`: execute notebooks headless with the tslab
// kernel. Executed, signed copies go to outputs/notebooks/ with an HTML export beside each and one shared
// plotly.min.js (which the HTML exports, and the notebooks opened in Jupyter, load their charts from); with
// another corpus, to outputs/notebooks/<corpus folder name>/. With --check (used by `npm test`) nothing is
// written there: the HTML exports go to a temporary folder, removed at the end.
// Exits 1 and prints the failing cell's real error when a cell fails.
//
// Every notebook is then checked: each chart output carries a static image (SVG or PNG) besides the
// interactive chart (not required when this machine has no Chromium), the executed notebook is under
// 1.5 MB (--check fails over it; a real run warns), and in its HTML export, opened in headless Chromium,
// every chart intended (every output with a plotly figure) draws. The closing line is
// `notebooks: N passed, N failed`.
//
// The corpus reaches the notebooks through the environment variable FRAMELENS_CORPUS (an absolute path),
// which each notebook's first code cell reads (`const CORPUS = process.env.FRAMELENS_CORPUS || "../seeds"`).
// Without --corpus, a FRAMELENS_CORPUS already set in the environment is used the same way. --build builds
// dist/ (tsc) after the arguments are checked.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { jupyterEnv, ROOT } = require("./notebook-env");

const USAGE = "usage: npm run notebooks -- [--check] [--corpus DIR|FILE.jsonl|FILE.csv] [NOTEBOOK.ipynb ...]\n" +
  "  (node scripts/run-notebooks.js --build ... first builds dist/ with tsc, after checking the arguments)";
// The row-file corpus formats the loader reads (one article per row); checked by the loader, not here.
const CORPUS_FILE_EXTENSIONS = [".jsonl", ".ndjson", ".csv"];

function fail(message) {
  console.error(`run-notebooks: ${message}`);
  process.exit(2);
}

/** Parses the arguments: --check, --corpus DIR (or --corpus=DIR), --help, and notebook files. */
function parseArgs(argv) {
  const options = { check: false, build: false, corpus: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--check") options.check = true;
    else if (a === "--build") options.build = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a === "--corpus" || a.startsWith("--corpus=")) {
      const value = a === "--corpus" ? argv[++i] : a.slice("--corpus=".length);
      if (!value || value.startsWith("--")) fail(`--corpus needs a value: a corpus folder (with manifest.json) or a .jsonl/.csv corpus file\n${USAGE}`);
      options.corpus = value;
    } else if (a.startsWith("-")) fail(`unknown option ${a}\n${USAGE}`);
    else options.files.push(a);
  }
  return options;
}

// `npm run` starts scripts in the project folder; INIT_CWD is where the user typed the command, which is
// what a relative path on the command line means.
const userCwd = process.env.INIT_CWD || process.cwd();

/**
 * The corpus as an absolute path, checked before Jupyter starts: a folder must hold manifest.json; a file
 * must be .jsonl, .ndjson or .csv (its rows are checked by the loader in the notebook, not here).
 */
function resolveCorpus(value, source) {
  const abs = path.resolve(userCwd, value);
  if (!fs.existsSync(abs)) fail(`${source} ${abs}: not found. Give a corpus folder (holding manifest.json and the .txt articles) or a .jsonl/.csv corpus file.`);
  const stat = fs.statSync(abs);
  if (stat.isDirectory()) {
    if (!fs.existsSync(path.join(abs, "manifest.json"))) {
      fail(
        `${source} ${abs} is not a corpus folder: it has no manifest.json. A corpus folder holds the .txt articles and a manifest.json listing them ` +
          `(see "Your own articles" in the README); \`npx framelens manifest ${abs}\` writes a starter manifest.`,
      );
    }
  } else if (!CORPUS_FILE_EXTENSIONS.includes(path.extname(abs).toLowerCase())) {
    fail(`${source} ${abs} is a file but not a .jsonl, .ndjson or .csv corpus; give a corpus folder (holding manifest.json) or a JSONL or CSV file with one article per row.`);
  }
  return abs;
}

/** Where executed copies go: outputs/notebooks/ for the seeds, outputs/notebooks/<name>/ for another corpus. */
function outputFolder(root, corpus) {
  const base = path.join(root, "outputs", "notebooks");
  if (!corpus) return base;
  const seeds = path.join(root, "seeds");
  if (fs.existsSync(seeds) && fs.realpathSync(corpus) === fs.realpathSync(seeds)) return base;
  const stat = fs.statSync(corpus);
  let name = stat.isDirectory() ? path.basename(corpus) : path.basename(corpus, path.extname(corpus));
  // A folder named just "corpus" (as BASIL's is) takes its parent's name too: basil-dev-corpus.
  if (stat.isDirectory() && name === "corpus") name = `${path.basename(path.dirname(corpus))}-${name}`;
  return path.join(base, name);
}

const options = parseArgs(process.argv.slice(2));
const fromEnv = !options.corpus && process.env.FRAMELENS_CORPUS;
const corpus = options.corpus
  ? resolveCorpus(options.corpus, "--corpus")
  : fromEnv
    ? resolveCorpus(process.env.FRAMELENS_CORPUS, "FRAMELENS_CORPUS")
    : undefined;

// A notebook named on the command line: relative to where the command was typed, else to the project.
let files = options.files.map((f) => {
  const here = path.resolve(userCwd, f);
  const fromRoot = path.resolve(ROOT, f);
  const file = fs.existsSync(here) ? here : fs.existsSync(fromRoot) ? fromRoot : fail(`notebook ${here}: not found`);
  if (!file.endsWith(".ipynb")) fail(`${file}: expected a notebook (.ipynb)`);
  return file;
});
if (files.length === 0) {
  const dir = path.join(ROOT, "notebooks");
  files = fs.readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort().map((f) => path.join(dir, f));
}

const { python, env, root } = jupyterEnv();
if (options.build) {
  // Built here, after the arguments are checked, so a wrong --corpus or notebook stops at once, not after tsc.
  const tsc = spawnSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (tsc.status !== 0) fail("building dist/ (tsc -p tsconfig.build.json) failed; the notebooks import ../dist/index, fix the errors above first");
}
if (corpus) env.FRAMELENS_CORPUS = corpus;
else delete env.FRAMELENS_CORPUS;
const out = outputFolder(root, corpus);
console.log(`corpus: ${corpus ?? path.join(root, "seeds")}${fromEnv ? " (from FRAMELENS_CORPUS)" : ""}${options.check ? "" : `; executed copies -> ${path.relative(root, out) || out}`}`);

// The plotly bundle the notebooks' charts load (see src/render/plotly-bundle.ts), from the built library.
let bundleFile;
try {
  bundleFile = require(path.join(root, "dist", "render", "plotly-bundle.js")).plotlyBundleFile();
} catch (e) {
  fail(`dist/ is missing or stale (${e.message.split("\n")[0]}); build it first: npm run build, or run with --build`);
}
const chromium = process.env.FRAMELENS_CHROMIUM || "/usr/bin/chromium";
const haveChromium = fs.existsSync(chromium);
if (!haveChromium) console.log(`no Chromium at ${chromium}: chart images and the drawn-charts check are skipped (apt-get install chromium, or set FRAMELENS_CHROMIUM)`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-notebooks-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const htmlDir = options.check ? path.join(tmp, "html") : out;
fs.mkdirSync(htmlDir, { recursive: true });
// One copy beside the HTML exports and executed notebooks (SHARED_PLOTLY_FILE), as plotly's include_plotlyjs="directory".
fs.copyFileSync(bundleFile, path.join(htmlDir, "plotly.min.js"));
const summaryFile = path.join(tmp, "summary.jsonl");
const args = [
  path.join(__dirname, "run_notebooks.py"), "--out", out, "--summary", summaryFile, ...(options.check ? ["--check", "--html-dir", htmlDir] : []),
  ...(haveChromium ? [] : ["--images-optional"]), ...files,
];
const r = spawnSync(python, args, { env, stdio: "inherit" });
const ran = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
let failed = files.length - ran.length;
if (r.status !== 0 && failed === 0) failed = 1; // the runner itself failed

/**
 * Opens each HTML export in headless Chromium and counts the charts that drew (a plotly SVG inside the
 * chart's box) against the charts intended (the notebook's outputs with a plotly figure). Returns the
 * notebooks that fail.
 */
async function drawnCheck(results) {
  const { chromium: browserType } = require("playwright-core");
  const browser = await browserType.launch({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"] });
  let bad = 0;
  try {
    for (const nb of results) {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${nb.html}`, { waitUntil: "load", timeout: 60000 });
      const count = () => page.evaluate(() => ({
        boxes: document.querySelectorAll(".framelens-nb-chart").length,
        drawn: Array.from(document.querySelectorAll(".framelens-nb-chart")).filter((b) => b.querySelector(".framelens-chart .main-svg")).length,
      }));
      let seen = await count();
      for (const started = Date.now(); seen.drawn < nb.charts && Date.now() - started < 60000; seen = await count()) await page.waitForTimeout(250);
      await page.close();
      const ok = seen.drawn === nb.charts && seen.boxes === nb.charts;
      console.log(`${ok ? "ok" : "FAIL"} ${nb.name}: ${seen.drawn} of ${nb.charts} charts drawn in its HTML export${seen.boxes === nb.charts ? "" : ` (${seen.boxes} chart boxes on the page)`}; ${(nb.bytes / 1e6).toFixed(2)} MB executed`);
      if (!ok) {
        bad += 1;
        if (errors.length) console.log(`  page errors: ${errors.join(" | ")}`);
      }
    }
  } finally {
    await browser.close();
  }
  return bad;
}

(async () => {
  if (haveChromium && ran.length) failed += await drawnCheck(ran);
  else for (const nb of ran) console.log(`ok ${nb.name}: ${nb.charts} charts; ${(nb.bytes / 1e6).toFixed(2)} MB executed`);
  console.log(`notebooks: ${files.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(`run-notebooks: the drawn-charts check failed to run: ${e.stack || e.message}`);
  console.log(`notebooks: 0 passed, ${files.length} failed`);
  process.exit(1);
});
