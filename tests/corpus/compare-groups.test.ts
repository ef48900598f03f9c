import { test } from "uvu";
import * as assert from "uvu/assert";
import { entriesByGroup } from "../../src/corpus/compare-groups";
import { loadCorpus } from "../../src/corpus/load";
import { loadRecords } from "../../src/pipeline/load-records";
import { tempCorpus } from "../helpers";

const entry = (id: string, outlet: string) => ({ id, outlet, file: `${id}.txt` });

test("entriesByGroup relabels each article with its outlet's group and keeps the outlet in extra", () => {
  const { entries, warnings } = entriesByGroup([entry("a", "BBC"), entry("b", "Sky"), entry("c", "DW"), entry("d", "RT")], { UK: ["BBC", "Sky"], Europe: ["DW"] }, "m.json");
  assert.equal(entries.map((e) => [e.id, e.outlet, e.extra?.memberOutlet]), [["a", "UK", "BBC"], ["b", "UK", "Sky"], ["c", "Europe", "DW"], ["d", "RT", undefined]]);
  assert.equal(warnings, [{ file: "m.json", message: 'outlet "RT" is in no group; it is compared as a group of its own' }]);
});

test("entriesByGroup refuses an outlet in two groups, and a manifest without groups", () => {
  assert.throws(() => entriesByGroup([entry("a", "BBC")], { UK: ["BBC"], public: ["BBC"] }, "m.json"), /m\.json: outlet "BBC" is in groups "UK" and "public"; to compare groups each outlet must be in one group only/);
  assert.throws(() => entriesByGroup([entry("a", "BBC")], undefined, "m.json"), /m\.json: gives no "groups"/);
});

test("loadRecords and loadCorpus with compare groups analyse group against group", async () => {
  const dir = tempCorpus({
    "manifest.json": JSON.stringify({ groups: { coast: ["A", "B"] }, articles: [entry("a", "A"), entry("b", "B"), entry("c", "C")] }),
    "a.txt": "Flood warning\n\nThe river rose overnight.",
    "b.txt": "Flood warning again\n\nThe river rose again.",
    "c.txt": "Budget\n\nThe council voted.",
  });
  const r = await loadRecords(dir, { jobs: 1, compare: "groups" });
  assert.equal(r.records.map((x) => [x.id, x.outlet, x.quotes.length >= 0]), [["a", "coast", true], ["b", "coast", true], ["c", "C", true]]);
  assert.is(r.groups, undefined, "the groups are now the units");
  assert.ok(r.warnings.some((w) => /outlet "C" is in no group/.test(w.message)));
  assert.equal(loadCorpus(dir, { compare: "groups" }).articles.map((a) => a.outlet), ["coast", "coast", "C"]);
  assert.throws(() => loadCorpus(dir, { compare: "brands" as "groups" }), /unknown compare "brands"; expected "outlets" or "groups"/);
});

test.run();
