// `npm run jupyter`: classic Jupyter Notebook with the project's tslab kernel, opened on notebooks/.
"use strict";
const { spawn } = require("child_process");
const path = require("path");
const { jupyterEnv } = require("./notebook-env");

const { python, env, root } = jupyterEnv();
const args = ["-m", "notebook", `--notebook-dir=${path.join(root, "notebooks")}`, ...process.argv.slice(2)];
if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--allow-root");
if (!process.env.DISPLAY) args.push("--no-browser");
console.error("Starting Jupyter Notebook with the TypeScript (tslab) kernel; open the URL it prints.");
const child = spawn(python, args, { env, stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
