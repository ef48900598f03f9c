import { test } from "uvu";
import * as assert from "uvu/assert";
import { findActorMentions } from "../../src/actors/mentions";
import { defaultActorRegistry, resolveActor, validateRegistry } from "../../src/actors/registry";
import { inOffice, isIsoDate } from "../../src/actors/roles";
import { parseArticle } from "../../src/corpus/parse";
import { extractQuotes } from "../../src/quotes/extract";

// A made-up ministry with two ministers, one after the other, and an undated spokesperson.
const registry = validateRegistry(
  { sides: [{ id: "govt", label: "Government" }, { id: "opposition", label: "Opposition" }], actors: [
    { id: "ada", name: "Ada Lindqvist", side: "govt", aliases: ["Lindqvist", "Ms Lindqvist"],
      roles: [{ title: "Minister of Canals", aliases: ["Minister of Canals", "the Canal Minister", "Canal Minister"], from: "2015-03-01", to: "2019-02-28" }] },
    { id: "bo", name: "Bo Tranberg", side: "opposition", aliases: ["Tranberg"],
      roles: [{ title: "Minister of Canals", aliases: ["Minister of Canals", "the Canal Minister", "Canal Minister"], from: "2019-03-01" }] },
    { id: "cy", name: "Cy Marsh", side: "govt", aliases: ["Marsh"], roles: [{ title: "Canal Office spokesperson", aliases: ["Canal Office spokesperson"] }] },
    { id: "office", name: "Canal Office", kind: "organisation", side: "govt", aliases: ["the Canal Office"] },
  ] },
  "canals.json",
);

const article = (text: string, date?: string) => parseArticle(text, { headline: null, meta: { id: "a", outlet: "Daily", file: "a.txt", headline: null, date } });

test("isIsoDate accepts calendar days written YYYY-MM-DD only", () => {
  assert.ok(isIsoDate("2024-02-29"));
  for (const bad of ["2023-02-29", "2022-13-01", "2022-1-5", "21 January 2022", "", 20220121, undefined]) assert.not.ok(isIsoDate(bad), String(bad));
});

test("inOffice counts both ends of a role's dates and open ends", () => {
  const role = { title: "t", aliases: [], from: "2015-03-01", to: "2019-02-28" };
  assert.equal(["2015-02-28", "2015-03-01", "2019-02-28", "2019-03-01"].map((d) => inOffice(role, d)), [false, true, true, false]);
  assert.ok(inOffice({ title: "t", aliases: [] }, "1900-01-01"));
});

test("a role alias resolves to the holder in office on the article's date", () => {
  assert.is(resolveActor("the Canal Minister", registry, { date: "2016-06-01" })?.id, "ada");
  assert.is(resolveActor("Canal Minister", registry, { date: "2019-02-28" })?.id, "ada");
  assert.is(resolveActor("the Canal Minister", registry, { date: "2019-03-01" })?.id, "bo");
  assert.is(resolveActor("the canal minister", registry, { date: "2021-01-01" })?.id, "bo"); // case-insensitive step too
});

test("a role alias out of everyone's office, or with no date, stays unresolved", () => {
  assert.is(resolveActor("the Canal Minister", registry, { date: "2014-12-31" }), null);
  assert.is(resolveActor("the Canal Minister", registry), null);
  // ... but the one holder of an undated role is that role's actor on any date, or none.
  assert.is(resolveActor("Canal Office spokesperson", registry)?.id, "cy");
  assert.is(resolveActor("Canal Office spokesperson", registry, { date: "1990-01-01" })?.id, "cy");
});

test("name aliases resolve whatever the date", () => {
  for (const date of [undefined, "1990-01-01", "2016-06-01"]) {
    assert.is(resolveActor("Ms Lindqvist", registry, { date })?.id, "ada");
    assert.is(resolveActor("Tranberg", registry, { date })?.id, "bo");
  }
});

test("resolveActor throws on a date option that is not YYYY-MM-DD", () => {
  assert.throws(() => resolveActor("Tranberg", registry, { date: "March 2019" }), /resolveActor: option date "March 2019" must be a date YYYY-MM-DD/);
});

test("findActorMentions reads role aliases on the article's date, falling back to a shorter name", () => {
  const text = "The Canal Minister opened the lock. The Canal Office said Tranberg was late.";
  const names = (date?: string) => findActorMentions(article(text, date), registry).map((m) => [m.text, m.actorId, m.side]);
  assert.equal(names("2016-06-01"), [["Canal Minister", "ada", "govt"], ["Canal Office", "office", "govt"], ["Tranberg", "bo", "opposition"]]);
  assert.equal(names("2020-06-01"), [["Canal Minister", "bo", "opposition"], ["Canal Office", "office", "govt"], ["Tranberg", "bo", "opposition"]]);
  assert.equal(names(undefined), [["Canal Office", "office", "govt"], ["Tranberg", "bo", "opposition"]]);
  // The date option overrides the article's own.
  assert.equal(findActorMentions(article(text, "2016-06-01"), registry, { date: "2020-06-01" })[0].actorId, "bo");
});

test("an article date that is not YYYY-MM-DD counts as no date; a bad date option throws, naming the function", () => {
  const text = "The Canal Minister opened the lock.";
  assert.equal(findActorMentions(article(text, "spring 2016"), registry), []);
  assert.throws(() => findActorMentions(article(text), registry, { date: "2016" }), /findActorMentions: option date "2016" must be a date YYYY-MM-DD/);
  assert.throws(() => extractQuotes(article(text), { registry, date: "2016-13-01" }), /extractQuotes: option date "2016-13-01"/);
});

test("extractQuotes gives a role-alias speaker the holder of that day, else leaves it as written with side unknown", () => {
  const text = "\"The locks will open on time,\" the Canal Minister said.";
  const speaker = (date?: string) => extractQuotes(article(text, date), { registry }).map((q) => [q.speaker, q.speakerId, q.side]);
  assert.equal(speaker("2017-05-05"), [["Ada Lindqvist", "ada", "govt"]]);
  assert.equal(speaker("2022-05-05"), [["Bo Tranberg", "bo", "opposition"]]);
  assert.equal(speaker("2010-05-05"), [["Canal Minister", null, "unknown"]]);
  assert.equal(speaker(undefined), [["Canal Minister", null, "unknown"]]);
});

test("the seed registry resolves its bare titles on the seeds' date (2022-01-21) and not in another year", () => {
  const reg = defaultActorRegistry();
  const on = (name: string, date?: string) => resolveActor(name, reg, { date })?.id ?? null;
  const titles: Array<[string, string]> = [
    ["Secretary of State", "antony-blinken"], ["the US president", "joe-biden"], ["Russian Foreign Minister", "sergei-lavrov"], ["Russian President", "vladimir-putin"],
    ["Kremlin spokesman", "dmitry-peskov"], ["Ukrainian President", "volodymyr-zelensky"], ["UK Foreign Secretary", "liz-truss"], ["German Foreign Minister", "annalena-baerbock"],
    ["French President", "emmanuel-macron"], ["analysts", "military-experts"],
  ];
  for (const [title, id] of titles) assert.is(on(title, "2022-01-21"), id, title);
  for (const [title] of titles) assert.is(on(title), null, `${title} with no date`);
  assert.is(on("Secretary of State", "2015-06-01"), null);
  assert.is(on("Russian President", "2010-06-01"), null); // between Putin's terms
  assert.is(on("Russian President", "2005-06-01"), "vladimir-putin");
  assert.is(on("Mr Blinken", "2015-06-01"), "antony-blinken");
});

test.run();
