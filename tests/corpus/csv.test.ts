import { test } from "uvu";
import * as assert from "uvu/assert";
import { CsvRecord, parseCsv } from "../../src/corpus/csv";
import { toCsv } from "../../src/tables/csv";

const rows = (text: string): CsvRecord[] => Array.from(parseCsv(text));
const cells = (text: string): string[][] => rows(text).map((r) => r.cells);

test("parseCsv splits plain rows at commas and line feeds, numbering rows and lines from 1", () => {
  assert.equal(rows("headline,text\nBridge opens,The bridge opened.\n"), [
    { cells: ["headline", "text"], row: 1, line: 1, unterminated: false },
    { cells: ["Bridge opens", "The bridge opened."], row: 2, line: 2, unterminated: false },
  ]);
});

test("parseCsv yields nothing for empty text, and no extra row for a final line break", () => {
  assert.equal(rows(""), []);
  assert.equal(cells("a,b"), [["a", "b"]]);
  assert.equal(cells("a,b\n"), [["a", "b"]]);
  assert.equal(cells("\uFEFF"), []);
});

test("parseCsv reads commas and doubled quotes inside a quoted cell, and an empty quoted cell", () => {
  assert.equal(cells('"Rain, then sun","She said ""no"" twice",""\n'), [["Rain, then sun", 'She said "no" twice', ""]]);
  assert.equal(cells('""""'), [['"']]);
});

test("parseCsv keeps line breaks inside quotes, so a row's number lags its line", () => {
  const r = rows('id,text\na,"First line.\nSecond line.\n\nFourth line."\nb,Short.\n');
  assert.equal(r.map((x) => [x.row, x.line]), [[1, 1], [2, 2], [3, 6]]);
  assert.is(r[1].cells[1], "First line.\nSecond line.\n\nFourth line.");
  assert.equal(r[2].cells, ["b", "Short."]);
});

test("parseCsv ends rows at CRLF and at a lone CR, and keeps a CRLF inside quotes as written", () => {
  assert.equal(rows('a,b\r\n1,"x\r\ny"\r\n2,z\r\n').map((x) => [x.cells, x.row, x.line]), [
    [["a", "b"], 1, 1],
    [["1", "x\r\ny"], 2, 2],
    [["2", "z"], 3, 4],
  ]);
  assert.equal(cells("a,b\r1,2\r"), [["a", "b"], ["1", "2"]]);
});

test("parseCsv skips a leading byte-order mark", () => {
  assert.equal(cells("\uFEFFheadline,text\nH,T"), [["headline", "text"], ["H", "T"]]);
});

test("parseCsv gives an empty line as a row of one empty cell, counted as a row", () => {
  assert.equal(rows("a\n\nb\n").map((x) => [x.cells, x.row, x.line]), [[["a"], 1, 1], [[""], 2, 2], [["b"], 3, 3]]);
});

test("parseCsv keeps empty cells at the start, middle and end of a row", () => {
  assert.equal(cells(",x,,\n"), [["", "x", "", ""]]);
});

test("parseCsv keeps a quote inside an unquoted cell, and appends text after a closing quote, as spreadsheets do", () => {
  assert.equal(cells('a 5" screen,b\n"quoted"tail,c\n'), [['a 5" screen', "b"], ["quotedtail", "c"]]);
});

test("parseCsv marks a row whose quoted cell is never closed: the rest of the text is read into it", () => {
  const r = rows('a,b\n"open,1\n2,3\n');
  assert.is(r.length, 2);
  assert.equal(r[1], { cells: ["open,1\n2,3\n"], row: 2, line: 2, unterminated: true });
  assert.is(r[0].unterminated, false);
});

test("parseCsv is linear: 20,000 rows with quoted multi-line cells take well under a second", () => {
  const text = "id,text\n" + Array.from({ length: 20000 }, (_, i) => `r${i},"Line one, with a comma.\nLine ""two""."`).join("\n");
  const t0 = performance.now();
  const r = rows(text);
  assert.is(r.length, 20001);
  // the header is line 1; row k (from 0) takes lines 2 + 2k and 3 + 2k, so the last starts on line 40,000
  assert.equal(r[20000], { cells: ["r19999", 'Line one, with a comma.\nLine "two".'], row: 20001, line: 40000, unterminated: false });
  assert.ok(performance.now() - t0 < 1000);
});

/** RFC 4180 writing: a cell with a comma, quote, CR or LF is quoted, its quotes doubled. */
function writeCsv(table: string[][], eol: string): string {
  return table.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join(eol) + eol;
}

test("parseCsv reads back 500 random tables written by RFC 4180 rules, with LF and with CRLF", () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n);
  const pieces = ["a", "Bridge", " ", ",", '"', "\n", "\r\n", "\r", "é", "’", "x y", '""', ""];
  for (let k = 0; k < 500; k++) {
    const width = 1 + rnd(4);
    const table = Array.from({ length: 1 + rnd(5) }, () => Array.from({ length: width }, () => Array.from({ length: rnd(5) }, () => pieces[rnd(pieces.length)]).join("")));
    // A row of one empty cell is written as an empty line: a single-column table may not hold one.
    if (width === 1) for (const r of table) if (r[0] === "") r[0] = "a";
    for (const eol of ["\n", "\r\n"]) assert.equal(cells(writeCsv(table, eol)), table, JSON.stringify(table));
  }
});

test("parseCsv reads back what framelens' own CSV writer (tables/csv.ts) writes", () => {
  const rows = [{ id: "a", text: 'He said, "yes".\nThen left.' }, { id: "b", text: "" }];
  assert.equal(cells(toCsv(["id", "text"], rows)), [["id", "text"], ["a", 'He said, "yes".\nThen left.'], ["b", ""]]);
});

test.run();
