// `npm test`: build, typecheck, unit tests (uvu), then every notebook executed headless, on the seeds and on
// a small many-story corpus. Prints one closing line `N passed, N failed` summing all of them, and exits
// non-zero if anything failed.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

// Every temporary file of every part (test folders, tsx's compile cache, the browser's profile) goes into
// one folder under the system's temp folder, removed at the end: nothing is left behind, even by a test
// that fails half way or a tool that keeps its own cache.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-npm-test-"));
fs.chmodSync(tmp, 0o755); // like the system's temp folder, others may enter (a permission test runs as nobody)
const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
let passed = 0;
let failed = 0;

function run(label, cmd, args, parse) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", env, maxBuffer: 256 * 1024 * 1024 });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  process.stdout.write(out);
  if (r.error) console.log(`could not run ${cmd}: ${r.error.message}`);
  const counts = parse ? parse(out) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (r.status !== 0 && counts.failed === 0) failed += 1;
  } else if (r.status === 0) passed += 1;
  else failed += 1;
  return r.status === 0;
}

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

if (want("build")) run("build (tsc -p tsconfig.build.json)", bin("tsc"), ["-p", "tsconfig.build.json"]);
if (want("typecheck")) run("typecheck (tsc --noEmit, src + tests + scripts)", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]);
if (want("unit")) {
  run("unit tests (uvu)", bin("uvu"), ["-r", "tsx", "tests", "\\.test\\.ts$"], (out) => {
    const total = /Total:\s+(\d+)/.exec(out);
    const ok = /Passed:\s+(\d+)/.exec(out);
    const skipped = /Skipped:\s+(\d+)/.exec(out);
    if (!total || !ok) return null;
    const t = Number(total[1]);
    const p = Number(ok[1]);
    const s = skipped ? Number(skipped[1]) : 0;
    return { passed: p, failed: t - p - s };
  });
}
// Every notebook runs twice, on two corpora: the seeds (one story, five outlets) and an invented corpus of
// three stories told by three outlets (tests/fixtures/many-stories), so no notebook depends on the seeds'
// outlets, actors or story. `node scripts/test.js notebooks` runs both; `notebooks-seeds` or
// `notebooks-many-stories` one of them.
const notebookCorpora = [
  { part: "notebooks-seeds", label: "seeds", dir: path.join(root, "seeds") },
  { part: "notebooks-many-stories", label: "tests/fixtures/many-stories", dir: path.join(root, "tests", "fixtures", "many-stories") },
];
for (const { part, label, dir } of notebookCorpora) {
  if (!want("notebooks") && !want(part)) continue;
  run(`notebooks on ${label} (executed headless with the tslab kernel)`, process.execPath, [path.join(__dirname, "run-notebooks.js"), "--check", "--corpus", dir], (out) => {
    const m = /notebooks: (\d+) passed, (\d+) failed/.exec(out);
    return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
  });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
