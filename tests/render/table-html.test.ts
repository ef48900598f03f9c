import * as fs from "fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spooledTable } from "../../src/tables/spool";
import { buildReport } from "../../src/render/report";
import { defaultReaderColumns, perGroupRows, TABLE_CSS, TABLE_SCRIPT, tableHtml } from "../../src/render/table-html";

/** The text of each shown row's cells, per tbody, and each tbody's "more" note. */
function bodies(html: string): Array<{ rows: string[][]; more: string | null }> {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map(([, body]) => ({
    rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, tr]) => [...tr.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, td]) => td)),
    more: /<tr class="fl-more"><td colspan="\d+">([^<]*)<\/td><\/tr>/.exec(body)?.[1] ?? null,
  }));
}

// 100 rows in the table's own order: A's 60 first, then B and C alternating (20 each).
const ranked = Array.from({ length: 100 }, (_, i) => ({ outlet: i < 60 ? "A" : i % 2 === 0 ? "B" : "C", i }));

test("a long table with an outlet column shows the first max(3, ceil(maxRows / outlets)) rows of each outlet and counts the rest", () => {
  const html = tableHtml({ name: "ranked", columns: ["outlet", "i"], rows: ranked }, { maxRows: 12 });
  const b = bodies(html);
  // ceil(12 / 3) = 4 rows per outlet, in the order the outlets first appear
  assert.equal(b.map((x) => x.rows.map((r) => r[0])), [["A", "A", "A", "A"], ["B", "B", "B", "B"], ["C", "C", "C", "C"]]);
  assert.equal(b.map((x) => x.rows.map((r) => Number(r[1]))), [[0, 1, 2, 3], [60, 62, 64, 66], [61, 63, 65, 67]]);
  // A: 60 - 4, B: 20 - 4, C: 20 - 4
  assert.equal(b.map((x) => x.more), ["and 56 more rows for A", "and 16 more rows for B", "and 16 more rows for C"]);
  assert.match(html, /Showing 12 of 100 rows: the first 4 of each outlet, in the table's order/);
  assert.match(html, /all rows in <code>ranked\.csv<\/code> \(<a href="ranked\.csv">open<\/a>\)/);
});

test("a table's readerGroupBy shares out its rows by that column (the loaded-words table by set); the option still wins", () => {
  // 3 sets of 10 rows, each set ordered by term then outlet, as emphasis-loaded is
  const rows = Array.from({ length: 30 }, (_, i) => ({ set: `s${Math.floor(i / 10)}`, outlet: `O${i % 5}`, i }));
  const table = { name: "loaded", columns: ["set", "outlet", "i"], rows, readerGroupBy: "set" };
  const b = bodies(tableHtml(table, { maxRows: 12 }));
  // ceil(12 / 3) = 4 rows per set: every set shows, not only the first set's rows of each outlet
  assert.equal(b.map((x) => x.rows.map((r) => Number(r[2]))), [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]);
  assert.equal(b.map((x) => x.more), ["and 6 more rows for s0", "and 6 more rows for s1", "and 6 more rows for s2"]);
  // by outlet (the option): 5 outlets, 3 rows each
  assert.equal(bodies(tableHtml(table, { maxRows: 12, groupBy: "outlet" })).length, 5);
});

test("perGroupRows is ceil(maxRows / groups), at least 3", () => {
  assert.is(perGroupRows(40, 5), 8);
  assert.is(perGroupRows(12, 3), 4);
  assert.is(perGroupRows(40, 6), 7);
  assert.is(perGroupRows(10, 6), 3);
  assert.is(perGroupRows(40, 1), 40);
});

test("a group column shares out the rows when there is no outlet column; a table no longer than maxRows keeps its order", () => {
  const rows = ranked.map((r) => ({ group: r.outlet, i: r.i }));
  const b = bodies(tableHtml({ columns: ["group", "i"], rows }, { maxRows: 12 }));
  assert.equal(b.map((x) => x.more), ["and 56 more rows for A", "and 16 more rows for B", "and 16 more rows for C"]);
  const short = tableHtml({ columns: ["outlet", "i"], rows: ranked.slice(58, 64) }, { maxRows: 12 });
  assert.equal(bodies(short)[0].rows.map((r) => r[0] + r[1]), ["A58", "A59", "B60", "C61", "B62", "C63"]);
  assert.not.match(short, /Showing/);
});

test("when no outlet has more rows than its share every row shows, in the table's order", () => {
  // 3 outlets x 3 rows, maxRows 5: 3 each (the minimum), so all 9 rows fit
  const rows = Array.from({ length: 9 }, (_, i) => ({ outlet: "XYZ"[i % 3], i }));
  const html = tableHtml({ columns: ["outlet", "i"], rows }, { maxRows: 5 });
  assert.equal(bodies(html)[0].rows.map((r) => Number(r[1])), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  assert.not.match(html, /Showing|fl-more/);
});

test("without an outlet or group column, or with groupBy false, a long table shows its first rows", () => {
  const plain = tableHtml({ name: "p", columns: ["i"], rows: ranked.map((r) => ({ i: r.i })) }, { maxRows: 12 });
  assert.equal(bodies(plain)[0].rows.map((r) => Number(r[0])), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.match(plain, /Showing 12 of 100 rows; all rows in <code>p\.csv<\/code>/);
  const off = tableHtml({ columns: ["outlet", "i"], rows: ranked }, { maxRows: 12, groupBy: false });
  assert.equal(bodies(off)[0].rows.map((r) => r[0]), Array(12).fill("A"));
  assert.throws(() => tableHtml({ name: "t", columns: ["outlet", "i"], rows: ranked }, { groupBy: "side" }), /groupBy "side" is not a column of table "t" \(outlet, i\)/);
});

test("a spooled table is shortened from its spool: rows past the head, exact text, numbers as numbers", () => {
  // A: rows 0..209, then B: rows 210..249; only the first 200 rows are objects, so B comes from the spool.
  // The outlet is the second column; B's name needs quoting in CSV, A's does not.
  const B = 'B "Co", Ltd';
  const t = spooledTable<{ text: string; outlet: string; x: number | null }>("sp", "Spooled", ["text", "outlet", "x"]);
  for (let i = 0; i < 250; i++) t.add({ outlet: i < 210 ? "A" : B, text: i === 211 ? 'a, "b"\nc =1+1' : `row ${i}`, x: i === 212 ? null : i + 0.5 });
  const b = bodies(tableHtml(t, { maxRows: 10 }));
  // ceil(10 / 2) = 5 each: A 205 more, B 35 more
  assert.equal(b.map((x) => x.more), ["and 205 more rows for A", "and 35 more rows for B &quot;Co&quot;, Ltd"]);
  assert.equal(b[0].rows.map((r) => r.join("|")), ["row 0|A|0.500", "row 1|A|1.500", "row 2|A|2.500", "row 3|A|3.500", "row 4|A|4.500"]);
  assert.equal(b[1].rows.map((r) => r[0]), ["row 210", "a, &quot;b&quot;\nc =1+1", "row 212", "row 213", "row 214"]);
  assert.equal(b[1].rows.map((r) => r[2]), ["210.500", "211.500", "", "213.500", "214.500"]);
  assert.match(tableHtml(t, { maxRows: 10 }), /<td class="num" data-v="210\.5">210\.500<\/td>/);
  // groupBy false reads the first rows from the head alone
  assert.equal(bodies(tableHtml(t, { maxRows: 3, groupBy: false }))[0].rows.map((r) => r[0]), ["row 0", "row 1", "row 2"]);
});

test("a spooled table's shortened rows come from what its spool kept of each outlet, the same as reading the spool back", () => {
  // 3 outlets x 300 rows, interleaved, with null, undefined, NaN and quoted text among the values.
  const columns = ["outlet", "term", "z", "note"];
  const make = (i: number) => ({ outlet: ["A", "B \"two\"", "C"][i % 3], term: `t${i}`, z: i % 7 === 0 ? NaN : i / 4, note: i % 11 === 0 ? undefined : i % 13 === 0 ? null : `n, "${i}"` });
  const spooled = spooledTable<Record<string, unknown>>("g", "Grouped", columns);
  // The same rows as the spool reads them back, in memory: the reader's rows, not the spool's.
  const plain = { name: "g", title: "Grouped", columns, rows: [] as Array<Record<string, unknown>> };
  for (let i = 0; i < 900; i++) {
    spooled.add(make(i));
    plain.rows.push(Object.fromEntries(columns.map((c, k) => [c, JSON.parse(JSON.stringify(columns.map((x) => make(i)[x as keyof ReturnType<typeof make>])))[k]])));
  }
  assert.ok(spooled.spool.groupHeads("outlet") !== null, "the spool followed the outlets");
  for (const maxRows of [3, 10, 40]) assert.is(tableHtml(spooled, { maxRows }), tableHtml(plain, { maxRows }), `maxRows ${maxRows}`);
  // Beyond what the spool keeps per group, the rows are read back, with the same result.
  assert.is(tableHtml(spooled, { maxRows: 200 }), tableHtml(plain, { maxRows: 200 }));
  // A column it did not follow from the start cannot be followed later.
  assert.throws(() => spooled.spool.followGroups("term"), /before the first row/);
  assert.is(spooled.spool.groupHeads("term"), null);
});

test("offsets and ids that repeat a named column are left to the CSV; articleId and sentence stay", () => {
  assert.equal(
    defaultReaderColumns(["outlet", "speaker", "start", "end", "charStart", "quoteEnd", "char_end", "offset", "span", "speakerId", "articleId", "sentence", "trend", "weekend", "text"]),
    ["outlet", "speaker", "articleId", "sentence", "trend", "weekend", "text"],
  );
  const rows = [{ outlet: "A", speaker: "Kim", speakerId: "kim", start: 3, end: 9, text: "hi" }];
  const html = tableHtml({ name: "q", columns: ["outlet", "speaker", "speakerId", "start", "end", "text"], rows });
  assert.match(html, /<thead><tr><th scope="col">outlet<\/th><th scope="col">speaker<\/th><th scope="col">text<\/th><\/tr><\/thead>/);
  assert.equal(bodies(html)[0].rows, [["A", "Kim", "hi"]]);
  assert.match(html, /Not shown here, in the CSV: <code>speakerId<\/code>, <code>start<\/code>, <code>end<\/code>\./);
});

test("readerColumns (or options.columns) choose and order the columns shown; a name not in columns throws", () => {
  const rows = [{ a: 1, b: "x", start: 4 }];
  const t = { name: "r", columns: ["a", "b", "start"], rows, readerColumns: ["b", "start"] };
  assert.equal(bodies(tableHtml(t))[0].rows, [["x", "4"]]);
  assert.equal(bodies(tableHtml(t, { columns: ["a"] }))[0].rows, [["1"]]);
  assert.throws(() => tableHtml({ ...t, readerColumns: ["b", "z"] }), /readerColumns of table "r" names "z", which is not one of its columns \(a, b, start\)/);
  assert.throws(() => tableHtml(t, { columns: ["q"] }), /options\.columns of table "r" names "q"/);
  assert.throws(() => tableHtml({ ...t, readerColumns: [] }), /readerColumns of table "r" is empty; name at least one of its columns \(a, b, start\)/);
});

test("long text is cut near a word end with the full text in an expander; short text is left whole", () => {
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" "); // 408 characters
  const html = tableHtml({ columns: ["text", "n"], rows: [{ text: long, n: 1 }, { text: "short", n: 2 }] });
  const preview = Array.from({ length: 35 }, (_, i) => `word${i}`).join(" "); // 233 characters: the last word end before 240
  assert.ok(html.includes(`<td class="fl-text"><details class="fl-long"><summary><span class="fl-cut">${preview}&hellip;</span></summary>${long}</details></td>`));
  assert.ok(html.includes('<td class="fl-text">short</td>'));
  assert.match(html, /<th scope="col" class="fl-text" style="min-width:24em">text<\/th><th scope="col" data-num>n<\/th>/);
  // cutAt 20 on one unbroken word cuts at 20 characters
  const one = tableHtml({ columns: ["t"], rows: [{ t: "x".repeat(30) }] }, { cutAt: 20 });
  assert.ok(one.includes(`<span class="fl-cut">${"x".repeat(20)}&hellip;</span></summary>${"x".repeat(30)}</details>`));
});

test("text up to 24 characters stays on one line, up to 40 wraps, longer wraps in a readable width shared by the text columns", () => {
  const html = tableHtml({ columns: ["a", "b", "c", "d"], rows: [{ a: "x".repeat(24), b: "y".repeat(25), c: "z".repeat(41), d: "w".repeat(50) }] });
  assert.match(html, /<th scope="col">a<\/th><th scope="col">b<\/th><th scope="col" class="fl-text" style="min-width:18em">c<\/th><th scope="col" class="fl-text" style="min-width:18em">d<\/th>/);
  assert.match(html, /<tr><td>x{24}<\/td><td class="fl-wrap">y{25}<\/td><td class="fl-text">z{41}<\/td><td class="fl-text">w{50}<\/td><\/tr>/);
});

test("every value is escaped: cells, cut text, outlet names in the more rows, column names, the CSV link", () => {
  const evil = "<script>window.__pwned=1</script>";
  const rows = Array.from({ length: 8 }, (_, i) => ({ outlet: i < 4 ? evil : "B", text: evil + " ".repeat(i) + "y".repeat(300), [evil]: evil }));
  const html = tableHtml({ name: '"><script>x</script>', columns: ["outlet", "text", evil], rows }, { maxRows: 2 });
  assert.not.match(html, /<script/);
  assert.match(html, /and 1 more row for &lt;script&gt;window\.__pwned=1&lt;\/script&gt;/);
  assert.match(html, /<span class="fl-cut">&lt;script&gt;/);
  assert.match(html, /<th scope="col"[^>]*>&lt;script&gt;window\.__pwned=1&lt;\/script&gt;<\/th>/);
  assert.match(html, /all rows in <code>&quot;&gt;&lt;script&gt;x&lt;\/script&gt;\.csv<\/code> \(<a href="%22%3E%3Cscript%3Ex%3C%2Fscript%3E\.csv">open<\/a>\)/);
});

test("tables of 2 rows or more are sortable, over 15 rows filterable; the script option adds one guarded script", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
  assert.match(tableHtml({ columns: ["i"], rows: rows(1) }), /^<div class="framelens-table"><table>/);
  assert.match(tableHtml({ columns: ["i"], rows: rows(15) }), /^<div class="framelens-table" data-fl-sort><table>/);
  assert.match(tableHtml({ columns: ["i"], rows: rows(16) }), /^<div class="framelens-table" data-fl-sort data-fl-filter><table>/);
  const withScript = tableHtml({ columns: ["i"], rows: rows(2) }, { script: true });
  assert.ok(withScript.endsWith(`</table></div><script>${TABLE_SCRIPT}</script>`));
  assert.not.match(TABLE_SCRIPT, /<\/script/i);
  assert.match(TABLE_SCRIPT, /if\(!w\.framelensTables\)/);
});

test("an empty table shows its header and no rows; bad options throw naming the option and the value", () => {
  assert.match(tableHtml({ columns: ["a", "b"], rows: [] }), /<th scope="col">a<\/th><th scope="col">b<\/th>[\s\S]*<td colspan="2"><em>no rows<\/em><\/td>/);
  assert.throws(() => tableHtml({ columns: ["a"], rows: [] }, { maxRows: 0 }), /maxRows must be a whole number from 1 up, got 0/);
  assert.throws(() => tableHtml({ columns: ["a"], rows: [] }, { digits: 2.5 }), /digits must be a whole number from 0 to 20, got 2\.5/);
  assert.throws(() => tableHtml({ columns: ["a"], rows: [] }, { cutAt: 5 }), /cutAt must be a whole number from 20 up, got 5/);
});

test("csvHref false leaves the link out; csvHref sets it", () => {
  const t = { name: "n", columns: ["i"], rows: [{ i: 1 }, { i: 2 }] };
  assert.match(tableHtml(t, { maxRows: 1, csvHref: false }), /Showing 1 of 2 rows; all rows in <code>n\.csv<\/code>\.<\/p>/);
  assert.match(tableHtml(t, { maxRows: 1, csvHref: "../n.csv" }), /<a href="\.\.\/n\.csv">open<\/a>/);
});

test("the report carries the table script once, in its head", () => {
  const html = buildReport({ title: "t", articles: 0, outlets: [], warnings: [] }, []);
  assert.is(html.split(TABLE_SCRIPT).length, 2);
  assert.ok(html.indexOf(TABLE_SCRIPT) < html.indexOf("</head>"));
});

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
const btest = fs.existsSync(CHROMIUM) ? test : test.skip;

btest("in Chromium a header click sorts numbers as numbers, a second click reverses, and the filter box hides rows", async () => {
  // 20 rows: n as text would sort 100 < 2 < 30; `name` holds "even"/"odd"
  const values = [30, 2, 100, 7, 15, 4, 64, 9, 1, 50, 12, 33, 8, 21, 5, 3, 77, 40, 6, 11];
  const rows = values.map((n, i) => ({ name: `${n % 2 ? "odd" : "even"} ${i}`, n, x: i === 3 ? null : n / 10 }));
  // A's first three rows are 5, 1, 9 and B's 6, 2, 4 (each has 2 more)
  const grouped = [5, 1, 9, 3, 7].map((n) => ({ outlet: "A", n })).concat([6, 2, 4, 8, 0].map((n) => ({ outlet: "B", n })));
  const page = `<!DOCTYPE html><html><head><style>${TABLE_CSS}</style><script>${TABLE_SCRIPT}</script></head><body>${tableHtml({ columns: ["name", "n", "x"], rows })}</body></html>`;
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.setContent(page);
    const visible = () => p.$$eval("tbody tr", (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLTableRowElement).cells[1].textContent));
    assert.equal(await visible(), values.map(String));
    await p.click("th:nth-child(2) button");
    assert.equal(await visible(), [...values].sort((a, b) => a - b).map(String));
    assert.is(await p.getAttribute("th:nth-child(2)", "aria-sort"), "ascending");
    await p.click("th:nth-child(2) button");
    assert.equal(await visible(), [...values].sort((a, b) => b - a).map(String));
    assert.is(await p.getAttribute("th:nth-child(2)", "aria-sort"), "descending");
    // x: the empty cell (row 3, n = 7) stays last in both directions
    await p.click("th:nth-child(3) button");
    assert.equal((await visible()).slice(-1), ["7"]);
    assert.is(await p.getAttribute("th:nth-child(2)", "aria-sort"), null);
    await p.click("th:nth-child(3) button");
    assert.equal((await visible()).slice(-1), ["7"]);
    // the third click restores the table's own order
    await p.click("th:nth-child(3) button");
    assert.equal(await visible(), values.map(String));
    await p.fill(".fl-bar input", "ODD");
    assert.equal(await visible(), values.filter((n) => n % 2).map(String));
    assert.is(await p.textContent(".fl-count"), `${values.filter((n) => n % 2).length} of 20 rows shown here match`);
    await p.fill(".fl-bar input", "");
    assert.is((await visible()).length, 20);
    // a shortened table carrying its own copy of the script: each outlet's rows sort among themselves, the
    // "more" row stays last, and the twice-loaded script adds one button per header
    await p.setContent(`<html><head><script>${TABLE_SCRIPT}</script></head><body>${tableHtml({ columns: ["outlet", "n"], rows: grouped }, { maxRows: 6, script: true })}</body></html>`);
    assert.is(await p.$$eval("th button", (b) => b.length), 2);
    await p.click("th:nth-child(2) button");
    const groupedRows = () => p.$$eval("tbody", (tbs) => tbs.map((tb) => Array.from((tb as HTMLTableSectionElement).rows, (r) => r.textContent)));
    assert.equal(await groupedRows(), [["A1", "A5", "A9", "and 2 more rows for A"], ["B2", "B4", "B6", "and 2 more rows for B"]]);
    await p.click("th:nth-child(2) button");
    assert.equal(await groupedRows(), [["A9", "A5", "A1", "and 2 more rows for A"], ["B6", "B4", "B2", "and 2 more rows for B"]]);
    assert.equal(errors, []);
  } finally {
    await browser.close();
  }
});

test.run();
