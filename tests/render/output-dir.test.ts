import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PendingFile, TEMP_PREFIX, WRITTEN_RECORD, recoverOutputDir, writeOutputs } from "../../src/render/output-dir";
import { REPO, tempCorpus as temp } from "../helpers";

const sha = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");
const record = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, WRITTEN_RECORD), "utf8"));
const read = (dir: string, p: string) => (fs.existsSync(path.join(dir, p)) ? fs.readFileSync(path.join(dir, p), "utf8") : null);
const temps = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith(TEMP_PREFIX) || n.endsWith(".tmp"));

/** Every file the record lists holds what it says, and nothing temporary is left. */
function assertTidy(dir: string): void {
  const r = record(dir);
  assert.is(r.pending, undefined, "no swap pending");
  for (const [p, hash] of Object.entries(r.files)) assert.is(sha(fs.readFileSync(path.join(dir, p))), hash, p);
  assert.equal(temps(dir), []);
  if (fs.existsSync(path.join(dir, "charts"))) assert.equal(temps(path.join(dir, "charts")), []);
}

test("writeOutputs writes files, records their hashes, and overwrites its own unchanged files", () => {
  const dir = temp({});
  writeOutputs(dir, [{ path: "a.csv", content: "1\n" }, { path: "charts/b.html", content: "<p>" }]);
  assert.is(fs.readFileSync(path.join(dir, "charts/b.html"), "utf8"), "<p>");
  assert.equal(Object.keys(record(dir).files).sort(), ["a.csv", "charts/b.html"]);
  writeOutputs(dir, [{ path: "a.csv", content: "2\n" }]);
  assert.is(fs.readFileSync(path.join(dir, "a.csv"), "utf8"), "2\n");
  assertTidy(dir);
});

test("writeOutputs refuses to overwrite a file the user wrote or changed, and writes nothing then", () => {
  const dir = temp({ "notes.csv": "mine\n" });
  assert.throws(() => writeOutputs(dir, [{ path: "new.csv", content: "x" }, { path: "notes.csv", content: "x" }]), /refusing to overwrite 1 file\(s\)[\s\S]*notes\.csv[\s\S]*--force/);
  assert.is(fs.existsSync(path.join(dir, "new.csv")), false);
  assert.equal(temps(dir), []);
  assert.is(fs.readFileSync(path.join(dir, "notes.csv"), "utf8"), "mine\n");
  writeOutputs(dir, [{ path: "a.csv", content: "ours" }]);
  fs.writeFileSync(path.join(dir, "a.csv"), "edited by hand");
  assert.throws(() => writeOutputs(dir, [{ path: "a.csv", content: "again" }]), /a\.csv/);
  writeOutputs(dir, [{ path: "a.csv", content: "again" }], { force: true });
  assert.is(fs.readFileSync(path.join(dir, "a.csv"), "utf8"), "again");
});

test("writeOutputs leaves no temporary files behind and deletes nothing", () => {
  const dir = temp({ "keep.txt": "k" });
  writeOutputs(dir, [{ path: "x.csv", content: "x" }]);
  assert.equal(fs.readdirSync(dir).sort(), [WRITTEN_RECORD, "keep.txt", "x.csv"].sort());
});

test("writeOutputs names a file standing where a folder must go, and writes nothing", () => {
  const dir = temp({ charts: "not a folder" });
  assert.throws(() => writeOutputs(dir, [{ path: "a.csv", content: "a" }, { path: "charts/b.html", content: "b" }]), (e: Error) => e.message.startsWith(`${path.join(dir, "charts")}: is a file, but framelens needs a folder there`));
  assert.equal(fs.readdirSync(dir), ["charts"]);
  const inside = temp({ "report.html/x": "a folder named like an output file" });
  assert.throws(() => writeOutputs(inside, [{ path: "report.html", content: "r" }]), /report\.html: is a folder, but framelens writes a file there/);
});

test("writeOutputs rejects a path twice, and paths outside the folder or in framelens' own names", () => {
  const dir = temp({});
  assert.throws(() => writeOutputs(dir, [{ path: "a.csv", content: "1" }, { path: "a.csv", content: "2" }]), /two files named "a\.csv"/);
  for (const bad of ["../x.csv", "/abs.csv", "charts/../../x", WRITTEN_RECORD, `${TEMP_PREFIX}1-00000000/x`]) {
    assert.throws(() => writeOutputs(dir, [{ path: bad, content: "x" }]), /is not a file name framelens may write/, bad);
  }
  assert.equal(fs.readdirSync(dir), []);
});

// A child process writes NEW over OLD and SIGKILLs itself just before its n-th file-system change, for
// every n: each moment a kill can land between two steps of writeOutputs.
const OLD: PendingFile[] = [{ path: "a.csv", content: "old a\n" }, { path: "charts/b.html", content: "old b" }, { path: "report.html", content: "old report" }];
const NEW: PendingFile[] = [{ path: "a.csv", content: "new a\n" }, { path: "charts/b.html", content: "new b" }, { path: "c.csv", content: "new c\n" }, { path: "report.html", content: "new report" }];
const CRASHER = `
const fs = require("fs");
const crashAt = Number(process.env.CRASH_AT);
let n = 0;
for (const name of ["mkdirSync", "writeFileSync", "renameSync", "rmSync", "rmdirSync", "unlinkSync"]) {
  const real = fs[name];
  fs[name] = function (...args) {
    if (++n === crashAt) process.kill(process.pid, "SIGKILL");
    return real.apply(this, args);
  };
}
require(process.env.MODULE).writeOutputs(process.env.OUT, JSON.parse(process.env.FILES));
process.stdout.write(String(n));
`;

function runCrasher(script: string, out: string, crashAt: number): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, CRASH_AT: String(crashAt), MODULE: path.join(REPO, "src/render/output-dir.ts"), OUT: out, FILES: JSON.stringify(NEW) };
    const child = spawn(process.execPath, ["-r", "tsx/cjs", script], { cwd: REPO, env, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.on("error", reject);
    child.on("close", (_code, signal) => resolve({ signal, stdout }));
  });
}

test("writeOutputs killed at any step leaves the old or new output, which the next write or recovery completes", async () => {
  const work = temp({ "crash.js": CRASHER });
  const script = path.join(work, "crash.js");
  const probe = path.join(work, "probe");
  const full = await runCrasher(script, probe, 0);
  const steps = Number(full.stdout);
  assert.ok(steps >= 8, `counted ${full.stdout} file-system changes`);
  const version = (dir: string) => {
    const old = OLD.every((f) => read(dir, f.path) === f.content) && read(dir, "c.csv") === null;
    return old ? "old" : NEW.every((f) => read(dir, f.path) === f.content) ? "new" : "mixed";
  };
  const seen = new Set<string>();
  for (let n = 1; n <= steps; n++) {
    const out = path.join(work, `out-${n}`);
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "mine.txt"), "the user's");
    writeOutputs(out, OLD);
    const r = await runCrasher(script, out, n);
    assert.is(r.signal, "SIGKILL", `killed at step ${n}`);
    // Right after the kill, every recorded file holds its recorded old or new version.
    const rec = record(out);
    for (const f of NEW) {
      const now = fs.existsSync(path.join(out, f.path)) ? sha(fs.readFileSync(path.join(out, f.path))) : null;
      assert.ok(now === null || now === rec.files[f.path] || now === rec.pending?.files[f.path]?.to, `step ${n}: ${f.path} is accounted for`);
    }
    seen.add(`${version(out)}${rec.pending ? " pending" : ""}`);
    recoverOutputDir(out);
    assert.ok(version(out) !== "mixed", `step ${n}: after recovery the folder is all old or all new`);
    assertTidy(out);
    writeOutputs(out, [{ path: "a.csv", content: "third" }, { path: "report.html", content: "third" }]);
    assertTidy(out);
    assert.is(read(out, "mine.txt"), "the user's");
  }
  // The kills landed before, during and after the swap.
  assert.ok(seen.has("old") && seen.has("new") && [...seen].some((s) => s.endsWith("pending")), [...seen].join(", "));
});

test("recoverOutputDir completes a swap from its staging folder, leaving alone a file the user changed since", () => {
  const dir = temp({});
  writeOutputs(dir, [{ path: "a.csv", content: "old a" }, { path: "b.csv", content: "old b" }, { path: "c.csv", content: "old c" }]);
  const staging = `${TEMP_PREFIX}999999-0123abcd`;
  const r = record(dir);
  r.pending = { staging, files: { "a.csv": { from: sha("old a"), to: sha("new a") }, "b.csv": { from: sha("old b"), to: sha("new b") }, "c.csv": { from: sha("old c"), to: sha("new c") }, "charts/d.html": { from: null, to: sha("new d") } } };
  fs.writeFileSync(path.join(dir, WRITTEN_RECORD), JSON.stringify(r));
  fs.mkdirSync(path.join(dir, staging, "charts"), { recursive: true });
  fs.writeFileSync(path.join(dir, "a.csv"), "new a"); // already swapped in
  fs.writeFileSync(path.join(dir, staging, "b.csv"), "new b");
  fs.writeFileSync(path.join(dir, staging, "c.csv"), "new c");
  fs.writeFileSync(path.join(dir, "c.csv"), "edited by the user after the crash");
  fs.writeFileSync(path.join(dir, staging, "charts/d.html"), "new d");
  const notes = recoverOutputDir(dir);
  assert.match(notes.join("\n"), /completed an interrupted write \(2 file\(s\) moved into place\)/);
  assert.equal([read(dir, "a.csv"), read(dir, "b.csv"), read(dir, "c.csv"), read(dir, "charts/d.html")], ["new a", "new b", "edited by the user after the crash", "new d"]);
  const after = record(dir);
  assert.equal(after.files, { "a.csv": sha("new a"), "b.csv": sha("new b"), "c.csv": sha("old c"), "charts/d.html": sha("new d") });
  assert.equal(temps(dir), []);
  assert.throws(() => writeOutputs(dir, [{ path: "c.csv", content: "x" }]), /refusing to overwrite 1 file/);
});

test("recoverOutputDir removes leftover .framelens-tmp-* entries and 0.1's .NAME.PID.tmp of recorded files, and nothing else", () => {
  const dir = temp({});
  writeOutputs(dir, [{ path: "quotes.csv", content: "q" }, { path: "charts/x.html", content: "x" }]);
  const leftovers = [`${TEMP_PREFIX}999999-deadbeef/charts/x.html`, `${TEMP_PREFIX}999998-00000000`, ".quotes.csv.999999.tmp", "charts/.x.html.999999.tmp", `.${WRITTEN_RECORD}.999999.tmp`];
  const kept = [".notes.txt.999999.tmp", "charts/.mine.html.999999.tmp", ".framelens-tmp-notes", `${TEMP_PREFIX}12-xyz`, "mine.tmp"];
  for (const p of [...leftovers, ...kept]) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), "left");
  }
  const notes = recoverOutputDir(dir);
  assert.match(notes.join("\n"), /removed 5 temporary file\(s\) or folder\(s\) left by an interrupted framelens run/);
  for (const p of leftovers) assert.is(fs.existsSync(path.join(dir, p)), false, p);
  for (const p of kept) assert.is(read(dir, p), "left", p);
  assert.equal(recoverOutputDir(dir), []);
});

test("recoverOutputDir never moves or deletes anything outside the folder, whatever a hand-edited record says", () => {
  const dir = temp({ ".victim.txt.999999.tmp": "beside the output folder", "out/moved.txt": "the user's" });
  const out = path.join(dir, "out");
  const staging = `${TEMP_PREFIX}999999-0123abcd`;
  fs.mkdirSync(path.join(out, staging));
  const files = { "../victim.txt": sha("v"), "/etc/hostname": sha("h") };
  fs.writeFileSync(path.join(out, WRITTEN_RECORD), JSON.stringify({ files, pending: { staging, files: { "../moved.txt": { from: null, to: sha("the user's") } } } }));
  recoverOutputDir(out);
  assert.is(read(dir, ".victim.txt.999999.tmp"), "beside the output folder");
  assert.is(read(out, "moved.txt"), "the user's");
  assert.is(fs.existsSync(path.join(dir, "moved.txt")), false);
  assert.equal(record(out).files, {});
});

test("recoverOutputDir refuses while another live process holds a temporary folder in the output folder", () => {
  const dir = temp({});
  const busy = `${TEMP_PREFIX}${process.ppid}-0badf00d`;
  fs.mkdirSync(path.join(dir, busy));
  assert.throws(() => recoverOutputDir(dir), (e: Error) => e.message.includes(`another framelens process (pid ${process.ppid}) is writing to ${dir}`));
  assert.throws(() => writeOutputs(dir, [{ path: "a.csv", content: "a" }]), /another framelens process/);
  assert.equal(fs.readdirSync(dir), [busy]);
});

test.run();
