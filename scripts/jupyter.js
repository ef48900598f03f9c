// `npm run jupyter`: classic Jupyter Notebook with the project's tslab kernel, started at the project root,
// so the file browser reaches both notebooks/ (the notebooks to run and edit, committed without outputs)
// and outputs/notebooks/ (the executed, signed copies `npm run notebooks` writes), and the server's
// files endpoint serves node_modules/plotly.js-cartesian-dist-min/, from which chart outputs load plotly.
"use strict";
const { spawn } = require("child_process");
const { jupyterEnv } = require("./notebook-env");

const { python, env, root } = jupyterEnv();
const extra = process.argv.slice(2);
// The project root unless the user names another folder (Notebook refuses two).
const dirGiven = extra.some((a) => /^--(NotebookApp\.)?notebook[-_]dir(=|$)/.test(a));
const args = ["-m", "notebook", ...(dirGiven ? [] : [`--notebook-dir=${root}`]), ...extra];
if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--allow-root");
if (!process.env.DISPLAY) args.push("--no-browser");
console.error(
  "Starting Jupyter Notebook at the project root with the TypeScript (tslab) kernel; open the URL it prints.\n" +
    "  notebooks/            the notebooks to run (no outputs; run them with Cell > Run All)\n" +
    "  outputs/notebooks/    executed copies with their charts, written by `npm run notebooks`",
);
const child = spawn(python, args, { env, stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
