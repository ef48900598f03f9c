import { test } from "uvu";
import * as assert from "uvu/assert";
import { CSV_CHUNK_ROWS, csvChunks, tableCsvChunks, toCsv } from "../../src/tables/csv";
import { frame, toDataFrame } from "../../src/tables/frame";

test("toCsv quotes commas, quotes, line breaks and edge spaces, and leaves missing values empty", () => {
  const csv = toCsv(["a", "b", "c"], [{ a: 'say "hi", then', b: 0.1 + 0.2, c: null }, { a: "x\ny", b: 3 }, { a: " pad", c: true }]);
  assert.is(csv, 'a,b,c\n"say ""hi"", then",0.30000000000000004,\n"x\ny",3,\n" pad",,true\n');
});

test("toCsv of no rows is the header alone", () => {
  assert.is(toCsv(["x", "y"], []), "x,y\n");
});

test("toCsv prefixes a text cell starting with = + - @ with a quote mark and quotes the field", () => {
  const rows = [{ t: '=HYPERLINK("http://x","y")' }, { t: "+cmd|' /C calc'!A0" }, { t: "-1+1" }, { t: "@SUM(1+1)" }, { t: "-- a dash" }];
  assert.is(toCsv(["t"], rows), 't\n"\'=HYPERLINK(""http://x"",""y"")"\n"\'+cmd|\' /C calc\'!A0"\n"\'-1+1"\n"\'@SUM(1+1)"\n"\'-- a dash"\n');
});

test("toCsv neutralises a text cell starting with a tab or a carriage return", () => {
  assert.is(toCsv(["t"], [{ t: "\tindented" }, { t: "\rx" }]), 't\n"\'\tindented"\n"\'\rx"\n');
});

test("toCsv neutralises = + - @ after leading spaces, which some spreadsheets trim on import", () => {
  assert.is(toCsv(["t"], [{ t: " =1+2" }, { t: "\u00a0@A1" }, { t: "\n-2+3" }]), 't\n"\' =1+2"\n"\'\u00a0@A1"\n"\'\n-2+3"\n');
});

test("toCsv leaves text with a formula character later in the cell alone", () => {
  assert.is(toCsv(["t"], [{ t: "a=b" }, { t: "x - y" }, { t: "mail@example.org" }]), "t\na=b\nx - y\nmail@example.org\n");
});

test("toCsv keeps numbers as numbers: negative and exponent numbers are not prefixed", () => {
  assert.is(toCsv(["n"], [{ n: -1.5 }, { n: -0 }, { n: 1e-7 }, { n: -2e21 }, { n: NaN }, { n: -Infinity }]), "n\n-1.5\n0\n1e-7\n-2e+21\n\n\n");
});

test("toCsv leaves text that is a plain decimal number as it is, and neutralises other signed text", () => {
  const rows = [{ t: "-1.5" }, { t: "+3" }, { t: "-.5" }, { t: "-2e-4" }, { t: "-1,5" }, { t: "-0x10" }, { t: "- 5" }];
  assert.is(toCsv(["t"], rows), 't\n-1.5\n+3\n-.5\n-2e-4\n"\'-1,5"\n"\'-0x10"\n"\'- 5"\n');
});

test("toCsv neutralises header names and stringified values too, and leaves empty strings empty", () => {
  assert.is(toCsv(["=h", "v"], [{ "=h": "", v: false }]), '"\'=h",v\n,false\n');
});

test("toCsv with raw: true writes text cells unchanged (still RFC 4180 quoted)", () => {
  const rows = [{ t: '=HYPERLINK("http://x","y")', n: -1 }, { t: "@SUM(1+1)", n: 2 }, { t: "-1+1", n: 3 }];
  assert.is(toCsv(["t", "n"], rows, { raw: true }), 't,n\n"=HYPERLINK(""http://x"",""y"")",-1\n@SUM(1+1),2\n-1+1,3\n');
});

test("tableCsvChunks gives a table's CSV as the header, then CSV_CHUNK_ROWS rows a piece: the same text as toCsv", () => {
  assert.is(CSV_CHUNK_ROWS, 2000);
  const rows = Array.from({ length: 4001 }, (_, i) => ({ n: i, t: i % 1000 === 7 ? "=1+1" : `row ${i}`, q: i === 4000 ? 'a "b", c' : "" }));
  const pieces = Array.from(tableCsvChunks({ columns: ["n", "t", "q"], rows }));
  assert.is(pieces.length, 4); // header, 2000, 2000, 1 rows
  assert.is(pieces[0], "n,t,q\n");
  assert.is(pieces[1].split("\n").length, 2001); // 2000 lines, each ending "\n"
  assert.is(pieces[3], '4000,row 4000,"a ""b"", c"\n');
  assert.is(pieces.join(""), toCsv(["n", "t", "q"], rows));
  assert.is(Array.from(csvChunks(["n", "t", "q"], rows, { raw: true })).join(""), toCsv(["n", "t", "q"], rows, { raw: true }));
  assert.equal(Array.from(tableCsvChunks({ columns: ["x"], rows: [] })), ["x\n"]);
});

test("toDataFrame keeps column order and values", () => {
  const df = toDataFrame({ columns: ["outlet", "words"], rows: [{ words: 10, outlet: "BBC" }, { outlet: "DW", words: 7 }] });
  assert.equal(df.columns, ["outlet", "words"]);
  assert.equal(df.values, [["BBC", 10], ["DW", 7]]);
  const empty = toDataFrame({ columns: ["a"], rows: [] });
  assert.is(empty.shape[0], 0);
  assert.equal(empty.columns, ["a"]);
});

test("frame takes plain records (columns in order of first appearance, missing values null) or a table", () => {
  const df = frame([{ outlet: "BBC", words: 10 }, { outlet: "DW", tone: -1 }]);
  assert.equal(df.columns, ["outlet", "words", "tone"]);
  assert.equal(df.values, [["BBC", 10, null], ["DW", null, -1]]);
  assert.equal(frame([{ a: 1, b: 2 }], ["b"]).columns, ["b"]);
  assert.equal(frame({ columns: ["x"], rows: [{ x: 3 }] }).values, [[3]]);
  assert.equal(frame([]).shape, [0, 0]);
});

test.run();
