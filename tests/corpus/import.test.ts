import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkFieldMap, parseFieldMap, resolveColumns } from "../../src/corpus/import-fields";
import { articleText, dateOf } from "../../src/corpus/import-rows";
import { importCorpus } from "../../src/corpus/import-write";
import { loadCorpus, openCorpus } from "../../src/corpus/load";
import { loadRecords } from "../../src/pipeline/load-records";
import { manifest, tempCorpus, tempDir } from "../helpers";

/** A temporary folder holding one file; returns the file's path. */
function tempFile(name: string, content: string | Buffer): string {
  return path.join(tempCorpus({ [name]: content }), name);
}
const jsonl = (rows: Array<Record<string, unknown>>): string => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
/** The warnings' messages, checking that each names `file`. */
function messages(file: string, ws: ReadonlyArray<{ file: string; message: string }>): string[] {
  return ws.map((w) => {
    assert.is(w.file, file);
    return w.message;
  });
}

const BRIDGE = { title: "Harbour bridge reopens", maintext: "The harbour bridge reopened on Tuesday. The mayor said the repairs had finished early.", date_publish: "2019-03-02 10:20:00", source_domain: "harbour-times.example", url: "https://harbour-times.example/bridge" };
const FERRY = { title: "Ferry service returns", maintext: "Ferries sailed again after the storm. Captains said the crossing was calm.", date_publish: "2019-03-03", source_domain: "coast-daily.example", url: "https://coast-daily.example/ferry", language: "en" };

test("openCorpus reads news-please JSONL: title, maintext, date_publish without its time, source_domain; other fields kept in extra", () => {
  const file = tempFile("news.jsonl", jsonl([BRIDGE, FERRY]));
  const s = openCorpus(file);
  assert.is(s.format, "jsonl");
  assert.is(s.title, "news");
  assert.equal(s.entries, [
    { id: "row-1", outlet: "harbour-times.example", file: "row-1.txt", headline: "Harbour bridge reopens", date: "2019-03-02", country: undefined, extra: { url: BRIDGE.url } },
    { id: "row-2", outlet: "coast-daily.example", file: "row-2.txt", headline: "Ferry service returns", date: "2019-03-03", country: undefined, extra: { url: FERRY.url, language: "en" } },
  ]);
  assert.equal(s.rows!.map((r) => [r.row, r.text]), [
    [1, `Harbour bridge reopens\n\n${BRIDGE.maintext}\n`],
    [2, `Ferry service returns\n\n${FERRY.maintext}\n`],
  ]);
  assert.equal(s.bytes, [s.rows![0].text.length, s.rows![1].text.length]);
  assert.equal(s.warnings, []);
});

test("openCorpus reads a CSV with the plain columns, and an .ndjson file as JSONL", () => {
  const csv = tempFile("plain.csv", "id,headline,text,outlet,date,story,storyTitle,country\nb1,Bridge reopens,The bridge reopened.,Harbour Times,2019-03-02,bridge,Bridge repairs,UK\n");
  assert.equal(openCorpus(csv).entries, [{ id: "b1", outlet: "Harbour Times", file: "b1.txt", headline: "Bridge reopens", date: "2019-03-02", country: "UK", story: "bridge", storyTitle: "Bridge repairs", extra: {} }]);
  assert.is(openCorpus(csv).format, "csv");
  const nd = tempFile("x.NDJSON", jsonl([{ text: "Plain text only." }]));
  assert.equal(openCorpus(nd).rows!.map((r) => r.text), ["Plain text only.\n"]);
});

test("a row's headline: made one line (spaces within a line kept); an empty cell means none (null); no headline column leaves it to be guessed", () => {
  const csv = tempFile("h.csv", 'headline,text,outlet\n"Bridge\r\n  reopens  at  last",The bridge reopened.,A\n,No headline here.,A\n');
  const s = openCorpus(csv);
  assert.equal(s.entries.map((e) => e.headline), ["Bridge reopens  at  last", null]);
  assert.equal(s.rows!.map((r) => r.text), ["Bridge reopens  at  last\n\nThe bridge reopened.\n", "No headline here.\n"]);
  const none = openCorpus(tempFile("n.csv", "text,outlet\n\"Bridge reopens\n\nThe bridge reopened.\",A\n"));
  assert.is(none.entries[0].headline, undefined);
  const parsed = loadCorpus(none.path);
  assert.is(parsed.articles[0].headline?.text, "Bridge reopens");
});

test("articleText puts the headline on the first line and a blank line before the text, changing nothing else", () => {
  assert.is(articleText("Bridge reopens", "  The bridge reopened.  "), "Bridge reopens\n\nThe bridge reopened.\n");
  assert.is(articleText("Bridge reopens", "Bridge reopens\nThe bridge reopened."), "Bridge reopens\n\nBridge reopens\nThe bridge reopened.\n");
  assert.is(articleText(undefined, "Text."), "Text.\n");
});

test("dateOf keeps YYYY-MM-DD and drops a time after it; other forms and impossible dates give undefined", () => {
  assert.is(dateOf("2019-03-02 10:20:00"), "2019-03-02");
  assert.is(dateOf("2019-03-02T10:20:00Z"), "2019-03-02");
  assert.is(dateOf("2019-03-02"), "2019-03-02");
  assert.is(dateOf("2019-02-30"), undefined);
  assert.is(dateOf("03/02/2019"), undefined);
  assert.is(dateOf("2019-3-2"), undefined);
});

test("parseFieldMap reads field=column pairs and names what is wrong", () => {
  assert.equal(parseFieldMap("text=body, outlet=source,headline=title"), { text: "body", outlet: "source", headline: "title" });
  assert.equal(parseFieldMap(""), {});
  assert.throws(() => parseFieldMap("body"), /"body" is not field=column/);
  assert.throws(() => parseFieldMap("words=body"), /unknown field "words".*id, headline, text, outlet, date, story, storyTitle, country/);
  assert.throws(() => parseFieldMap("text="), /names no column/);
  assert.throws(() => parseFieldMap("text=a,text=b"), /text is mapped twice/);
  assert.throws(() => checkFieldMap({ body: "text" }), /map: unknown field "body"/);
  assert.throws(() => checkFieldMap({ text: 3 }), /map\.text must name a column/);
});

test("resolveColumns prefers the plain name, then news-please's, ignores case, and never takes a column the map gives another field", () => {
  assert.equal(resolveColumns(["title", "headline", "maintext"], {}), { headline: "headline", text: "maintext" });
  assert.equal(resolveColumns([" Headline ", "TEXT"], {}), { headline: " Headline ", text: "TEXT" });
  assert.equal(resolveColumns(["title", "body", "text"], { text: "body", outlet: "title" }), { text: "body", outlet: "title" });
  assert.equal(resolveColumns([], {}), {});
});

test("a field map names other columns; the columns it displaces are kept in extra, renamed original_<name> when a manifest field has the name", () => {
  const file = tempFile("m.csv", "body,source,title,text,headline\nThe bridge reopened.,Harbour Times,Bridge reopens,a teaser line,a kicker\n");
  const s = openCorpus(file, { map: { text: "body", outlet: "source", headline: "title" } });
  assert.equal(s.entries[0], { id: "row-2", outlet: "Harbour Times", file: "row-2.txt", headline: "Bridge reopens", date: undefined, country: undefined, extra: { text: "a teaser line", original_headline: "a kicker" } });
  assert.is(s.rows![0].text, "Bridge reopens\n\nThe bridge reopened.\n");
});

test("a field map naming a column no row has is an error listing the columns; a folder refuses a field map", () => {
  const file = tempFile("m.csv", "body,source\nThe bridge reopened.,Harbour Times\n");
  assert.throws(() => openCorpus(file, { map: { text: "content" } }), (e: Error) => e.message.startsWith(file) && /gives text from column "content", which no row has; the columns are "body", "source"/.test(e.message));
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": "Text." });
  assert.throws(() => openCorpus(dir, { map: { text: "body" } }), /applies only to a JSONL or CSV file/);
});

test("bad CSV rows are warnings naming the file and the row, in row order, and the other rows are read", () => {
  const file = tempFile("bad.csv", ["headline,text,outlet,date", "Bridge reopens,The bridge reopened.,A,2019-03-02", "Short,Too few cells", ",,A,2019-03-04", "Ferry returns,Ferries sailed again.,B,March 5", "x,y,z,w,extra", '"Unclosed,quote,B,2019-03-06', "more,text,C,2019-03-07"].join("\n"));
  const s = openCorpus(file);
  assert.equal(s.entries.map((e) => [e.id, e.date]), [["row-2", "2019-03-02"], ["row-5", undefined]]);
  assert.equal(messages(file, s.warnings), [
    "row 3: has 2 cells where the header has 4 (a comma outside quotes, or a missing one?); skipped",
    'row 4: no text (column "text" is empty); skipped',
    'row 5: date "March 5" (column "date") is not a date written YYYY-MM-DD (a time after it is fine); the date is left out',
    "row 6: has 5 cells where the header has 4 (a comma outside quotes, or a missing one?); skipped",
    "row 7: a quoted cell is never closed (a missing closing quote), so the rest of the file was read into it; fix the quotes in this row; skipped",
  ]);
});

test("bad JSONL rows are warnings naming the line: not JSON, not an object, no text, text that is not text; blank lines are no rows", () => {
  const file = tempFile("bad.jsonl", [JSON.stringify(BRIDGE), "{not json", "", "[1,2]", JSON.stringify({ title: "Empty" }), JSON.stringify({ maintext: { nested: true }, source_domain: "x" }), JSON.stringify(FERRY)].join("\n"));
  const s = openCorpus(file);
  assert.equal(s.entries.map((e) => e.id), ["row-1", "row-7"]);
  const m = messages(file, s.warnings);
  assert.is(m.length, 5);
  assert.match(m[0], /^row 2: not valid JSON \(.+\); skipped$/);
  assert.equal(m.slice(1), [
    "row 4: not a JSON object with the article's fields (found a list); skipped",
    'row 5: no text (no column "text" or "maintext"); skipped',
    'row 6: column "maintext" (text) holds a JSON object, not text; read as no text',
    'row 6: no text (column "maintext" is empty); skipped',
  ]);
});

test("after a quoted cell spanning lines, a warning gives the row as a spreadsheet counts it and the line it starts on", () => {
  const file = tempFile("lines.csv", 'headline,text,outlet\nBridge reopens,"The bridge reopened.\n\nThe mayor spoke.",A\nFerry,Ferries sailed.\n');
  const s = openCorpus(file);
  assert.equal(messages(file, s.warnings), ["row 3 (line 5): has 2 cells where the header has 3 (a comma outside quotes, or a missing one?); skipped"]);
  assert.is(s.rows![0].text, "Bridge reopens\n\nThe bridge reopened.\n\nThe mayor spoke.\n");
});

test("a CSV with a byte-order mark and CRLF line ends reads as the same CSV with LF", () => {
  const lf = "headline,text,outlet\nBridge reopens,\"The bridge reopened.\nThe mayor spoke.\",A\n";
  const crlf = "\uFEFF" + lf.replace(/\n/g, "\r\n");
  const a = openCorpus(tempFile("lf.csv", lf));
  const b = openCorpus(tempFile("crlf.csv", Buffer.from(crlf, "utf8")));
  assert.equal(b.entries, a.entries);
  // The line break inside the quoted cell is kept as written; the cleaner reads CRLF and LF alike.
  assert.is(b.rows![0].text, "Bridge reopens\n\nThe bridge reopened.\r\nThe mayor spoke.\n");
  assert.equal(loadCorpus(b.path).articles[0].sentences.map((x) => x.text), loadCorpus(a.path).articles[0].sentences.map((x) => x.text));
});

test("a JSONL file with a byte-order mark and CRLF line ends reads as the same file with LF", () => {
  const lf = jsonl([BRIDGE, FERRY]);
  const a = openCorpus(tempFile("lf.jsonl", lf));
  const b = openCorpus(tempFile("crlf.jsonl", "\uFEFF" + lf.replace(/\n/g, "\r\n")));
  assert.equal(b.entries, a.entries);
  assert.equal(b.rows!.map((r) => r.text), a.rows!.map((r) => r.text));
  assert.equal(b.warnings, []);
});

test("ids: a valid id column is kept, another value becomes a slug plus the row number, a taken id gets the row number, no id gives row-<n>", () => {
  const file = tempFile("ids.jsonl", jsonl([
    { id: "bridge-1", text: "One." },
    { id: "Ferry Story!", text: "Two." },
    { id: "bridge-1", text: "Three." },
    { id: 42, text: "Four." },
    { text: "Five." },
    { id: "row-7", text: "Six." },
    { text: "Seven." },
    { id: "***", text: "Eight." },
  ]));
  const s = openCorpus(file);
  assert.equal(s.entries.map((e) => e.id), ["bridge-1", "ferry-story-2", "bridge-1-3", "42", "row-5", "row-7", "row-7-7", "row-8"]);
  assert.equal(messages(file, s.warnings).filter((m) => /id "/.test(m)), [
    'row 2: id "Ferry Story!" is not lower-case letters, digits, "-" and "_"; "ferry-story-2" is used instead',
    'row 3: id "bridge-1" is already used by an earlier row; "bridge-1-3" is used instead (if it is the same article twice, remove one row)',
    'row 7: id "row-7" is already used by an earlier row; "row-7-7" is used instead (if it is the same article twice, remove one row)',
    'row 8: id "***" is not lower-case letters, digits, "-" and "_"; "row-8" is used instead',
  ]);
});

test("outlets: no outlet column is one warning for the file; an empty outlet cell is a warning for its row; the id stands in", () => {
  const none = tempFile("none.csv", "text\nOne.\nTwo.\n");
  const s = openCorpus(none);
  assert.equal(s.entries.map((e) => e.outlet), ["row-2", "row-3"]);
  assert.equal(messages(none, s.warnings), ['no outlet column ("outlet" or "source_domain"): each article is its own outlet, named by its id; name the column with --map outlet=COLUMN']);
  const some = tempFile("some.csv", "text,outlet\nOne.,A\nTwo.,\n");
  assert.equal(messages(some, openCorpus(some).warnings), ['row 3: no outlet; the article\'s id "row-3" stands for it']);
});

test("each row keeps its own storyTitle, as a folder manifest does, even where titles of one story differ", () => {
  const file = tempFile("s.csv", "text,outlet,story,storyTitle\nOne.,A,bridge,Bridge repairs\nTwo.,B,bridge,Bridge works\nThree.,B,ferry,\n");
  const s = openCorpus(file);
  assert.equal(s.entries.map((e) => [e.story, e.storyTitle]), [["bridge", "Bridge repairs"], ["bridge", "Bridge works"], ["ferry", undefined]]);
  assert.equal(s.warnings, []);
});

test("a file with no usable row, an empty CSV, a CSV without a text column or separated by semicolons: errors naming the file", () => {
  const bad = tempFile("bad.jsonl", "{oops\n" + JSON.stringify({ title: "No text", text: " " }) + "\n");
  assert.throws(() => openCorpus(bad), (e: Error) => e.message.startsWith(`${bad}: holds no usable article row: row 1: not valid JSON`) && /row 2: no text/.test(e.message));
  assert.throws(() => openCorpus(tempFile("empty.csv", "")), /empty\.csv: is empty; a CSV corpus needs a header row/);
  assert.throws(() => openCorpus(tempFile("blank.jsonl", "\n\n")), /blank\.jsonl: holds no usable article row \(it is empty\)/);
  assert.throws(() => openCorpus(tempFile("cols.csv", "title,body\nA,B\n")), /cols\.csv: no row has a text column \("text" or "maintext"\); the columns are "title", "body"\. Name the text column with --map text=COLUMN/);
  assert.throws(() => openCorpus(tempFile("semi.csv", "headline;text;outlet\nA;B;C\n")), /semi\.csv: the header is one column, "headline;text;outlet": it looks separated by ";"/);
  assert.throws(() => openCorpus(tempFile("dup.csv", "text,outlet,text\na,b,c\n")), /dup\.csv: the header names column "text" twice \(columns 1 and 3\)/);
});

test("openCorpus refuses a file that is not JSONL or CSV, and a path where nothing is", () => {
  const file = tempFile("articles.txt", "text");
  assert.throws(() => openCorpus(file), /articles\.txt: is a file but not \.jsonl \(\.ndjson\) or \.csv/);
  const m = tempFile("manifest.json", "{}");
  assert.throws(() => openCorpus(m), /give the folder holding manifest\.json/);
  assert.throws(() => openCorpus(path.join(path.dirname(file), "missing.csv")), /missing\.csv: is not a folder, nor a JSONL or CSV file/);
});

test("loadCorpus skips a row over maxArticleBytes, or holding a NUL, with a warning naming the file and the row", () => {
  const file = tempFile("big.jsonl", jsonl([{ text: "Short text.", outlet: "A" }, { text: "Word ".repeat(30), outlet: "A" }, { text: "Bad \u0000 byte.", outlet: "A" }]));
  const c = loadCorpus(file, { maxArticleBytes: 100 });
  assert.equal(c.articles.map((a) => a.id), ["row-1"]);
  assert.equal(messages(file, c.warnings), [
    "row 2: its text is 150 bytes (150 bytes), over the limit of 100 bytes per article (maxArticleBytes); a news article is under 100 kB, so this is probably several articles in one row or not an article. Split it into one row per article, or raise the limit with --max-article-bytes or loadCorpus(file, { maxArticleBytes }); skipped",
    "row 3: its text holds a NUL character (at 4), so it looks binary; framelens reads plain text; skipped",
  ]);
});

test("the parser's warnings about a row name the file, the row and the id", () => {
  const file = tempFile("w.jsonl", "\n" + jsonl([{ title: "Bridge reopens", text: "The bridge reopened.\nSource Article\nRead more: other stories\nSign up for our newsletter\nAdvertisement", outlet: "A" }]));
  const c = loadCorpus(file);
  assert.equal(c.warnings.length, 1);
  assert.is(c.warnings[0].file, file);
  assert.match(c.warnings[0].message, /^row 2 \(id "row-2"\): cleaning and layout roles left out 47% of the words/);
});

test("loadRecords on a JSONL file gives the same records as the same articles written as a folder by hand", async () => {
  const third = { title: "Bridge toll dropped", maintext: "The council dropped the bridge toll. Drivers welcomed the decision.", date_publish: "2019-03-04", source_domain: "harbour-times.example", url: "https://harbour-times.example/toll" };
  const file = tempFile("news.jsonl", jsonl([BRIDGE, FERRY, third]));
  const entry = (id: string, r: typeof BRIDGE, extra: Record<string, string>) => ({ id, outlet: r.source_domain, file: `${id}.txt`, headline: r.title, date: r.date_publish.slice(0, 10), ...extra });
  const dir = tempCorpus({
    "manifest.json": manifest([entry("row-1", BRIDGE, { url: BRIDGE.url }), entry("row-2", FERRY, { url: FERRY.url, language: "en" }), entry("row-3", third, { url: third.url })]),
    "row-1.txt": `${BRIDGE.title}\n\n${BRIDGE.maintext}\n`,
    "row-2.txt": `${FERRY.title}\n\n${FERRY.maintext}\n`,
    "row-3.txt": `${third.title}\n\n${third.maintext}\n`,
  });
  const fromFile = await loadRecords(file, { jobs: 2 });
  const fromFolder = await loadRecords(dir, { jobs: 1 });
  assert.equal(fromFile.records.map((r) => [r.id, r.outlet]), [["row-1", "harbour-times.example"], ["row-2", "coast-daily.example"], ["row-3", "harbour-times.example"]]);
  assert.ok(fromFile.records.every((r) => r.sentences.length === 3), "headline and two sentences each");
  assert.equal(fromFile.records, fromFolder.records);
  assert.equal(fromFile.warnings, []);
  assert.is(fromFile.dir, file);
});

test("loadRecords passes the field map on, and puts a JSONL file's row warnings among the corpus warnings", async () => {
  const file = tempFile("m.jsonl", jsonl([{ body: "The bridge reopened.", source: "A" }, { body: "", source: "B" }]));
  const r = await loadRecords(file, { jobs: 1, map: { text: "body", outlet: "source" } });
  assert.equal(r.records.map((x) => [x.id, x.outlet]), [["row-1", "A"]]);
  assert.equal(messages(file, r.warnings), ['row 2: no text (column "body" is empty); skipped']);
});

test("importCorpus writes manifest.json and one .txt per article, which load back to the same entries and texts", () => {
  const file = tempFile("news.jsonl", jsonl([BRIDGE, { maintext: "" }, FERRY]));
  const out = path.join(tempDir(), "corpus");
  const r = importCorpus(file, out);
  assert.equal(r.files, ["manifest.json", "row-1.txt", "row-3.txt"]);
  assert.is(r.articles, 2);
  assert.is(r.replaced, false);
  assert.equal(messages(file, r.warnings), ['row 2: no text (column "maintext" is empty); skipped']);
  assert.equal(fs.readdirSync(out).sort(), ["manifest.json", "row-1.txt", "row-3.txt"]);
  assert.equal(JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")), {
    title: "news",
    articles: [
      { id: "row-1", outlet: "harbour-times.example", file: "row-1.txt", headline: BRIDGE.title, date: "2019-03-02", url: BRIDGE.url },
      { id: "row-3", outlet: "coast-daily.example", file: "row-3.txt", headline: FERRY.title, date: "2019-03-03", url: FERRY.url, language: "en" },
    ],
  });
  assert.is(fs.readFileSync(path.join(out, "row-3.txt"), "utf8"), `${FERRY.title}\n\n${FERRY.maintext}\n`);
  const src = openCorpus(file);
  assert.equal(openCorpus(out).entries, src.entries);
  // nothing left beside the folder: the temporary folder was renamed into place
  assert.equal(fs.readdirSync(path.dirname(out)), ["corpus"]);
});

test("importCorpus refuses a folder that holds files, replaces it with force, and never replaces a folder holding the input", () => {
  const file = tempFile("a.csv", "text,outlet\nThe bridge reopened.,A\n");
  const out = tempCorpus({ "notes.md": "my notes" });
  assert.throws(() => importCorpus(file, out), (e: Error) => e.message.startsWith(out) && /holds files already \(notes\.md\).*--force/.test(e.message));
  assert.is(fs.readFileSync(path.join(out, "notes.md"), "utf8"), "my notes");
  const r = importCorpus(file, out, { force: true });
  assert.is(r.replaced, true);
  assert.equal(fs.readdirSync(out).sort(), ["manifest.json", "row-2.txt"]);
  assert.throws(() => importCorpus(file, path.dirname(file), { force: true }), /holds the file being imported/);
  assert.ok(fs.existsSync(file));
  const empty = tempDir();
  assert.equal(importCorpus(file, empty).files, ["manifest.json", "row-2.txt"]);
});

test("importCorpus writes nothing when the file has no usable row, or names a file as --out", () => {
  const file = tempFile("none.csv", "text,outlet\n,A\n");
  const parent = tempDir();
  assert.throws(() => importCorpus(file, path.join(parent, "corpus")), /none\.csv: holds no usable article row: row 2: no text/);
  assert.equal(fs.readdirSync(parent), []);
  assert.throws(() => importCorpus(file, file), /none\.csv: is a file; give --out a folder/);
  const dir = tempCorpus({ "manifest.json": manifest([{ file: "a.txt" }]), "a.txt": "Text." });
  assert.throws(() => importCorpus(dir, path.join(parent, "x")), /is a corpus folder already/);
  assert.equal(fs.readdirSync(parent), []);
});

test.run();
