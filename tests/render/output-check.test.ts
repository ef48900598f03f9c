import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkOutputDir } from "../../src/render/output-check";
import { writeOutputs } from "../../src/render/output-dir";
import { tempCorpus as temp } from "../helpers";

test("checkOutputDir names a file named charts standing where the charts folder goes", () => {
  const dir = temp({ charts: "x" });
  assert.throws(() => checkOutputDir(dir, { folders: ["charts"] }), (e: Error) => e.message === `${path.join(dir, "charts")}: is a file, but framelens needs a folder there (for its charts/ files); move or rename it, or choose another --out folder`);
  const file = temp({ "out.txt": "x" });
  assert.throws(() => checkOutputDir(path.join(file, "out.txt", "deeper")), (e: Error) => e.message.startsWith(`${path.join(file, "out.txt")}: is a file, but framelens needs a folder there`));
});

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/**
 * chmod 500 `folders` and run `fn` as their owner. Root writes whatever the mode says, so as root the
 * folders are given to the user nobody, who then runs `fn` (effective user id).
 */
function asOwnerOfReadOnly<T>(root: string, folders: readonly string[], fn: () => T): T {
  if (isRoot) fs.chmodSync(root, 0o755);
  for (const f of folders) {
    if (isRoot) fs.chownSync(f, NOBODY, NOBODY);
    fs.chmodSync(f, 0o500);
  }
  if (isRoot) process.seteuid!(NOBODY);
  try {
    return fn();
  } finally {
    if (isRoot) process.seteuid!(0);
    for (const f of folders) fs.chmodSync(f, 0o700);
  }
}

test("checkOutputDir fails early, naming the folder, when the output folder or its charts folder is not writable (chmod 500)", () => {
  const dir = temp({ "out/charts/x.html": "x" });
  const out = path.join(dir, "out");
  const charts = path.join(out, "charts");
  const fails = (fn: () => unknown, where: string) => assert.throws(fn, (e: Error) => e.message.startsWith(`${where}: framelens cannot write in this folder (EACCES); choose another --out folder or make it writable`));
  asOwnerOfReadOnly(dir, [out], () => {
    fails(() => checkOutputDir(out), out);
    fails(() => checkOutputDir(path.join(out, "new", "deeper")), out);
  });
  asOwnerOfReadOnly(dir, [charts], () => fails(() => checkOutputDir(out, { folders: ["charts"] }), charts));
  assert.equal(fs.readdirSync(out), ["charts"]);
  assert.equal(fs.readdirSync(charts), ["x.html"]);
});

test("checkOutputDir creates nothing: a new output folder is made to test it and removed again", () => {
  const dir = temp({});
  assert.equal(checkOutputDir(path.join(dir, "a", "b", "out"), { folders: ["charts"] }), { notes: [], warnings: [] });
  assert.equal(fs.readdirSync(dir), []);
});

test("checkOutputDir refuses early a file framelens would overwrite: an unknown report.html, an edited recorded table", () => {
  const dir = temp({ "report.html": "my report" });
  assert.throws(() => checkOutputDir(dir, { expected: ["report.html"] }), /refusing to overwrite 1 file[\s\S]*report\.html/);
  assert.equal(checkOutputDir(dir, { expected: ["report.html"], force: true }).warnings, []);
  const out = temp({});
  writeOutputs(out, [{ path: "quotes.csv", content: "q" }, { path: "charts/q.png", content: "png" }]);
  fs.writeFileSync(path.join(out, "quotes.csv"), "edited");
  fs.writeFileSync(path.join(out, "charts/q.png"), "edited");
  assert.equal(checkOutputDir(out, { expected: ["report.html"] }), { notes: [], warnings: [] });
  assert.throws(() => checkOutputDir(out, { rewrites: (p) => p.endsWith(".csv") }), /refusing to overwrite 1 file[\s\S]*quotes\.csv/);
});

test("checkOutputDir warns about a project or source folder and about many files framelens did not write", () => {
  const project = temp({ ".git/HEAD": "ref", "package.json": "{}", "src/a.ts": "", "README.md": "" });
  const [w] = checkOutputDir(project).warnings;
  assert.ok(w.startsWith(`${project} does not look like an output folder: it holds .git/, package.json, src/ (a project, source or corpus folder?)`), w);
  assert.match(w, /overwrites none of them without --force and deletes nothing/);
  const many = temp(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`notes-${i}.txt`, "n"])));
  assert.match(checkOutputDir(many).warnings[0], /it holds 11 files or folders framelens did not write/);
  const outputs = temp({ "README.md": "what this folder holds" });
  writeOutputs(outputs, Array.from({ length: 30 }, (_, i) => ({ path: i % 2 ? `t${i}.csv` : `charts/c${i}.html`, content: "x" })));
  assert.equal(checkOutputDir(outputs).warnings, []);
  assert.equal(checkOutputDir(path.join(outputs, "not-yet")), { notes: [], warnings: [] });
});

test.run();
