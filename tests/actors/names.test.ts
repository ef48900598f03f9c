import { test } from "uvu";
import * as assert from "uvu/assert";
import { capitalisedRuns } from "../../src/actors/names";

const runs = (text: string, skipOpening?: boolean) => capitalisedRuns(text, skipOpening === undefined ? {} : { skipOpening }).map((r) => [r.name, r.written, r.titled]);

test("capitalisedRuns finds runs of capitalised words, joined by 'of'/'for' between two of them", () => {
  assert.equal(runs("A report by the Office of Canal Safety and the Fund for Quiet Water came out."), [
    ["Office of Canal Safety", "Office of Canal Safety", false],
    ["Fund for Quiet Water", "Fund for Quiet Water", false],
  ]);
});

test("capitalisedRuns splits titles off a name and says it was titled", () => {
  assert.equal(runs("We met Harbor Director Lena Ostrow and later Sen. Tom Vale, R-Wis., and Attorney General Ivo Kask."), [
    ["Lena Ostrow", "Harbor Director Lena Ostrow", true],
    ["Tom Vale", "Sen. Tom Vale", true],
    ["Ivo Kask", "Attorney General Ivo Kask", true],
  ]);
});

test("a single word or function word opening the sentence or a quotation is not a name; a title there is kept", () => {
  assert.equal(runs("Vale said so."), []);
  assert.equal(runs("The Harbor Board met."), [["Harbor Board", "Harbor Board", false]]);
  assert.equal(runs("Later Mr. Vale left."), [["Vale", "Mr. Vale", true]]);
  assert.equal(runs("She said: \"Nobody asked Ostrow.\""), [["Ostrow", "Ostrow", false]]);
  assert.equal(runs("Vale said so.", false), [["Vale", "Vale", false]]);
});

test("days, months, party tags, possessives and a run that is only a title are handled", () => {
  assert.equal(runs("On the call on Monday Ostrow\u2019s aide, from the Dock Committee, spoke to Speaker."), [
    ["Ostrow", "Ostrow", false],
    ["Dock Committee", "Dock Committee", false],
  ]);
  assert.equal(runs("the talks with the Secretary of Canals went on"), [["Secretary of Canals", "Secretary of Canals", false]]);
  assert.equal(runs(""), []);
});

test.run();
