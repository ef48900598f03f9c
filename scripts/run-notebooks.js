// `npm run notebooks [-- [--corpus DIR|FILE] [FILE.ipynb ...]]`: execute notebooks headless with the tslab
// kernel. Executed, signed copies go to outputs/notebooks/ with an HTML export beside each; with another
// corpus, to outputs/notebooks/<corpus folder name>/. With --check (used by `npm test`) nothing is written.
// Exits 1 and prints the failing cell's real error when a cell fails.
//
// The corpus reaches the notebooks through the environment variable FRAMELENS_CORPUS (an absolute path),
// which each notebook's first code cell reads (`const CORPUS = process.env.FRAMELENS_CORPUS || "../seeds"`).
// Without --corpus, a FRAMELENS_CORPUS already set in the environment is used the same way. --build builds
// dist/ (tsc) after the arguments are checked.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
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
const args = [path.join(__dirname, "run_notebooks.py"), "--out", out, ...(options.check ? ["--check"] : []), ...files];
const r = spawnSync(python, args, { env, stdio: "inherit" });
process.exit(r.status ?? 1);
