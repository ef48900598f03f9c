import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { WRITTEN_RECORD, writeOutputs } from "../../src/render/output-dir";
import { tempCorpus } from "../helpers";

test("writeOutputs writes files, records their hashes, and overwrites its own unchanged files", () => {
  const dir = tempCorpus({});
  writeOutputs(dir, [{ path: "a.csv", content: "1\n" }, { path: "charts/b.html", content: "<p>" }]);
  assert.is(fs.readFileSync(path.join(dir, "charts/b.html"), "utf8"), "<p>");
  const record = JSON.parse(fs.readFileSync(path.join(dir, WRITTEN_RECORD), "utf8"));
  assert.equal(Object.keys(record.files).sort(), ["a.csv", "charts/b.html"]);
  writeOutputs(dir, [{ path: "a.csv", content: "2\n" }]);
  assert.is(fs.readFileSync(path.join(dir, "a.csv"), "utf8"), "2\n");
});

test("writeOutputs refuses to overwrite a file the user wrote or changed, and writes nothing then", () => {
  const dir = tempCorpus({ "notes.csv": "mine\n" });
  assert.throws(() => writeOutputs(dir, [{ path: "new.csv", content: "x" }, { path: "notes.csv", content: "x" }]), /refusing to overwrite 1 file\(s\)[\s\S]*notes\.csv[\s\S]*--force/);
  assert.is(fs.existsSync(path.join(dir, "new.csv")), false);
  assert.is(fs.readFileSync(path.join(dir, "notes.csv"), "utf8"), "mine\n");
  writeOutputs(dir, [{ path: "a.csv", content: "ours" }]);
  fs.writeFileSync(path.join(dir, "a.csv"), "edited by hand");
  assert.throws(() => writeOutputs(dir, [{ path: "a.csv", content: "again" }]), /a\.csv/);
  writeOutputs(dir, [{ path: "a.csv", content: "again" }], { force: true });
  assert.is(fs.readFileSync(path.join(dir, "a.csv"), "utf8"), "again");
});

test("writeOutputs leaves no temporary files behind and deletes nothing", () => {
  const dir = tempCorpus({ "keep.txt": "k" });
  writeOutputs(dir, [{ path: "x.csv", content: "x" }]);
  assert.equal(fs.readdirSync(dir).sort(), [WRITTEN_RECORD, "keep.txt", "x.csv"].sort());
});

test.run();
