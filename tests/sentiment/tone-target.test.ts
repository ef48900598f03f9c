import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { findTargetMentions, namesTarget, toneTarget } from "../../src/sentiment/tone-target";

// Names and sentences written for these tests.
const art = (text: string) => parseArticle(text, { id: "t", headline: null });
const mentions = (text: string, target: string | string[]) => findTargetMentions(art(text), toneTarget(target)).map((m) => m.text);

test("toneTarget adds a full name's surname, keeps its given names and guesses a person", () => {
  const t = toneTarget("Ann_Kovac");
  assert.equal([t.name, t.forms, Array.from(t.givenNames), t.suffix, t.person], ["Ann Kovac", ["Ann Kovac", "Kovac"], ["Ann"], null, true]);
  const jr = toneTarget("Ann Kovac Jr.");
  assert.equal([jr.forms, jr.suffix], [["Ann Kovac Jr.", "Kovac Jr."], "Jr."]);
  assert.equal(toneTarget(["Harbor Board", "HB"]).person, false);
  assert.equal(toneTarget("Kovac").forms, ["Kovac"]);
  assert.is(toneTarget("Kovac", true).person, true);
});

test("findTargetMentions widens a mention over titles, given names, initials and middle names", () => {
  assert.equal(mentions("Vice President Ann Kovac spoke. Ann B. Kovac left. Ann Marie Kovac won.", "Ann Kovac"), ["Vice President Ann Kovac", "Ann B. Kovac", "Ann Marie Kovac"]);
});

test("findTargetMentions leaves out another first name before the surname and a Jr. the target lacks", () => {
  assert.equal(mentions("Peter Kovac spoke. Ann Kovac Jr. left. Kovac's plan won. The Kovacs met.", "Ann Kovac"), ["Kovac"]);
  assert.equal(mentions("Ann Kovac Jr. left. Ann Kovac spoke. Mr. Kovac Jr. won.", "Ann Kovac Jr."), ["Ann Kovac Jr.", "Mr. Kovac Jr."]);
});

test("findTargetMentions takes any first names before a bare surname target", () => {
  assert.equal(mentions("Peter Kovac spoke. Sen. Kovac left.", "Kovac"), ["Peter Kovac", "Sen. Kovac"]);
});

test("findTargetMentions is case-sensitive, lets a lower-case alias match capitalised forms, and reads each alias of a list", () => {
  assert.equal(mentions("The Harbor Board met. The harbor board left. HB won.", ["Harbor Board", "HB"]), ["Harbor Board", "HB"]);
  assert.equal(mentions("", "Kovac"), []);
  assert.equal(mentions("The Harbor Board met. The harbor board left. Harbor board members won.", "harbor board"), ["Harbor Board", "harbor board", "Harbor board"]);
});

test("namesTarget tells whether a speaker phrase names the target as the speaker, not through a possessive", () => {
  const t = toneTarget("Ann Kovac");
  assert.equal(["Mr. Kovac", "Ann Kovac", "Peter Kovac", "Ann Kovac Jr.", "Ms. Kovac's lawyer, Tom Reed", "the mayor", ""].map((p) => namesTarget(p, t)), [true, true, false, false, false, false, false]);
});

test.run();
