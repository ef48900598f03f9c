// Shared by scripts/jupyter.js and scripts/run-notebooks.js: find Debian's Python with Jupyter, and
// register the project's own tslab kernel under .jupyter/ (generated here, never committed: it holds
// absolute paths).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PREFIX = path.join(ROOT, ".jupyter");
const JUPYTER_PATH = path.join(PREFIX, "share", "jupyter");

function findPython() {
  const candidates = [process.env.FRAMELENS_PYTHON, "/usr/bin/python3", "python3"].filter(Boolean);
  for (const py of candidates) {
    const r = spawnSync(py, ["-c", "import jupyter_client, nbclient, nbformat, nbconvert"], { stdio: "ignore" });
    if (r.status === 0) return py;
  }
  throw new Error(
    "Jupyter was not found. Install Debian's packages:\n" +
      "  sudo apt-get install -y --no-install-recommends jupyter-notebook jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel\n" +
      "or set FRAMELENS_PYTHON to a Python that has jupyter_client, nbclient, nbformat and nbconvert.",
  );
}

function ensureKernel(python) {
  const bin = path.join(ROOT, "node_modules", ".bin", "tslab");
  const spec = path.join(JUPYTER_PATH, "kernels", "tslab", "kernel.json");
  if (fs.existsSync(spec) && JSON.parse(fs.readFileSync(spec, "utf8")).argv[0] === bin) return;
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run npm ci first`);
  const r = spawnSync(bin, ["install", `--python=${python}`, `--binary=${bin}`, `--prefix=${PREFIX}`], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tslab install failed:\n${r.stdout}${r.stderr}`);
}

/** Environment for Jupyter processes: the project's kernel first on JUPYTER_PATH, FRAMELENS_CORPUS absolute. */
function jupyterEnv() {
  const python = findPython();
  ensureKernel(python);
  const env = { ...process.env, JUPYTER_PATH: [JUPYTER_PATH, process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter) };
  // The kernel runs in the notebook's folder: a relative FRAMELENS_CORPUS means the folder the command was
  // typed in (INIT_CWD under `npm run`), so hand the kernel an absolute path.
  if (env.FRAMELENS_CORPUS) env.FRAMELENS_CORPUS = path.resolve(process.env.INIT_CWD || process.cwd(), env.FRAMELENS_CORPUS);
  return { python, env, root: ROOT };
}

module.exports = { jupyterEnv, ROOT };
