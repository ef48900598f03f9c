import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempCorpus } from "../helpers";

// scripts/run_notebooks.py's checks on an executed notebook, called on invented notebooks (no kernel).

const PYTHON = "/usr/bin/python3";
const have = fs.existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import nbformat"]).status === 0;
if (!have) console.log("notebook runner tests skipped: no /usr/bin/python3 with nbformat (see scripts/setup.sh)");
const ptest = have ? test : test.skip;

/** Runs `code` in Python with scripts/ importable and `nb` (an nbformat node made from `notebook`) defined; returns its stdout parsed as JSON. */
function py(code: string, notebook: object): unknown {
  const prelude = `import json, sys, nbformat\nsys.path.insert(0, ${JSON.stringify(path.join(REPO, "scripts"))})\nimport run_notebooks as r\nnb = nbformat.from_dict(json.load(sys.stdin))\n`;
  const res = spawnSync(PYTHON, ["-c", prelude + code], { input: JSON.stringify(notebook), encoding: "utf8" });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout);
}

const chart = (data: Record<string, unknown>) => ({ output_type: "display_data", metadata: {}, data: { "application/vnd.plotly.v1+json": { data: [], layout: {} }, "text/plain": "<plotly figure>", ...data } });
const code = (source: string, outputs: object[] = []) => ({ cell_type: "code", metadata: {}, execution_count: 1, source, outputs });
const notebook = (cells: object[]) => ({ cells, metadata: {}, nbformat: 4, nbformat_minor: 4 });

ptest("image_problems names each chart output without an image, with the reason its html gives", () => {
  const nb = notebook([
    { cell_type: "markdown", metadata: {}, source: "# t" },
    code("await fl.show(a)", [chart({ "image/svg+xml": "<svg/>", "text/html": "<img>" })]),
    code("await fl.show(b)", [chart({ "text/html": "<p>[No static image of “b”: PNG/SVG export needs Chromium at /x. The interactive chart draws where…]</p>" })]),
    code("await fl.show(c); fl.showText(d)", [chart({ "image/png": "iVBO" }), { output_type: "display_data", metadata: {}, data: { "text/html": "<pre>d</pre>" } }, chart({ "text/html": "<div></div>" })]),
  ]);
  assert.equal(py("print(json.dumps([sum(1 for _ in r.chart_outputs(nb)), r.image_problems(nb)]))", nb), [
    4,
    [
      "cell 2: a chart output has no image/svg+xml or image/png: [No static image of “b”: PNG/SVG export needs Chromium at /x. The interactive chart draws where…]",
      "cell 3: a chart output has no image/svg+xml or image/png: (the output says nothing about it)",
    ],
  ]);
});

ptest("rebase_paths points an executed copy's relative paths at the same places from its own folder", () => {
  const root = tempCorpus({ "dist/index.js": "", "seeds/manifest.json": "{}", "other/manifest.json": "{}" });
  const nb = notebook([
    code('import * as fl from "../dist/index";\nconst CORPUS = process.env.FRAMELENS_CORPUS || "../seeds";\nconst missing = "../nowhere";'),
  ]);
  const call = (out: string, corpus: string | null) =>
    py(`r.rebase_paths(nb, ${JSON.stringify(path.join(root, "notebooks"))}, ${JSON.stringify(out)}, ${corpus === null ? "None" : JSON.stringify(corpus)})\nprint(json.dumps(nb.cells[0].source))`, nb);
  assert.is(
    call(path.join(root, "outputs", "notebooks"), null),
    'import * as fl from "../../dist/index";\nconst CORPUS = process.env.FRAMELENS_CORPUS || "../../seeds";\nconst missing = "../nowhere";',
  );
  assert.is(
    call(path.join(root, "outputs", "notebooks", "other"), path.join(root, "other")),
    'import * as fl from "../../../dist/index";\nconst CORPUS = process.env.FRAMELENS_CORPUS || "../../../other" || "../../../seeds";\nconst missing = "../nowhere";',
  );
});

test.run();
