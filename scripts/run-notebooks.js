// `npm run notebooks [-- FILE.ipynb ...]`: execute notebooks headless with the tslab kernel. Executed,
// signed copies go to outputs/notebooks/ with an HTML export beside each. With --check (used by
// `npm test`) nothing is written. Exits 1 and prints the failing cell's real error when a cell fails.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { jupyterEnv } = require("./notebook-env");

const argv = process.argv.slice(2);
const check = argv.includes("--check");
let files = argv.filter((a) => !a.startsWith("--"));
const { python, env, root } = jupyterEnv();
if (files.length === 0) {
  const dir = path.join(root, "notebooks");
  files = fs.readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort().map((f) => path.join(dir, f));
}
const out = path.join(root, "outputs", "notebooks");
const args = [path.join(__dirname, "run_notebooks.py"), "--out", out, ...(check ? ["--check"] : []), ...files.map((f) => path.resolve(f))];
const r = spawnSync(python, args, { env, stdio: "inherit" });
process.exit(r.status ?? 1);
