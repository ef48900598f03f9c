import { test } from "uvu";
import * as assert from "uvu/assert";
import { toCsv } from "../../src/tables/csv";
import { toDataFrame } from "../../src/tables/frame";

test("toCsv quotes commas, quotes, line breaks and edge spaces, and leaves missing values empty", () => {
  const csv = toCsv(["a", "b", "c"], [{ a: 'say "hi", then', b: 0.1 + 0.2, c: null }, { a: "x\ny", b: 3 }, { a: " pad", c: true }]);
  assert.is(csv, 'a,b,c\n"say ""hi"", then",0.30000000000000004,\n"x\ny",3,\n" pad",,true\n');
});

test("toCsv of no rows is the header alone", () => {
  assert.is(toCsv(["x", "y"], []), "x,y\n");
});

test("toDataFrame keeps column order and values", () => {
  const df = toDataFrame({ columns: ["outlet", "words"], rows: [{ words: 10, outlet: "BBC" }, { outlet: "DW", words: 7 }] });
  assert.equal(df.columns, ["outlet", "words"]);
  assert.equal(df.values, [["BBC", 10], ["DW", 7]]);
  const empty = toDataFrame({ columns: ["a"], rows: [] });
  assert.is(empty.shape[0], 0);
  assert.equal(empty.columns, ["a"]);
});

test.run();
