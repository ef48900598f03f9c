import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { SuggestInput, starterRegistry, suggestActors } from "../../src/actors/suggest";

// A hand-written two-article corpus (records as the map makes them; only the fields suggest reads).
const registry = validateRegistry(
  { sides: [{ id: "port", label: "Port" }], actors: [
    { id: "ann", name: "Ann Burke", side: "port", aliases: ["Burke"] },
    { id: "minister", name: "Eli Sand", side: "port", aliases: ["Sand"], roles: [{ title: "Canal Minister", aliases: ["Canal Minister"], from: "2019-01-01" }] },
  ] },
  "port.json",
);
const S1 = "\"We will fight,\" said Sen. Carla Ruiz of the Harbor Committee.";
const S2 = "Burke said Ruiz was wrong about the Harbor Committee.";
const S3 = "He added that Ms. Ruiz met Dana Hale on Monday.";
const T0 = "Carla Ruiz, a senator from the coast, said the plan would fail.";
const T1 = "The Harbor Committee met Dana Hale and Ann Burke.";
const records: SuggestInput[] = [
  {
    id: "a1", outlet: "Daily", meta: { date: "2020-01-01" },
    quotes: [{ speakerText: "Sen. Carla Ruiz", speakerId: null, sentence: 1 }, { speakerText: "Burke", speakerId: "ann", sentence: 2 }, { speakerText: "he", speakerId: null, sentence: 3 }],
    sentences: [{ index: 0, role: "headline", text: "Ruiz And Burke Clash Over Canal Plan" }, { index: 1, role: "body", text: S1 }, { index: 2, role: "body", text: S2 }, { index: 3, role: "body", text: S3 }],
  },
  {
    id: "a2", outlet: "Courier", meta: {},
    quotes: [{ speakerText: "Carla Ruiz, a senator from the coast", speakerId: null, sentence: 0 }],
    sentences: [{ index: 0, role: "body", text: T0 }, { index: 1, role: "body", text: T1 }],
  },
];

test("suggestActors counts unresolved speakers and names, merges a titled surname into the full name, and ranks", () => {
  // Carla Ruiz: quoted in a1 (s1) and a2 (s0); named as "Carla Ruiz" in a1 s1 and a2 s0, as "Ruiz" in
  // a1 s2 and "Ms. Ruiz" in a1 s3 (merged: "Ruiz" is seen with a title). Harbor Committee: a1 s1, a1 s2,
  // a2 s1. Dana Hale: a1 s3, a2 s1. Ann Burke and Burke are in the registry; the headline is not read;
  // "he" has no name; "Monday" is not a name; "We", "Burke said" and "The" open their sentence or quotation.
  const s = suggestActors(records, { registry });
  assert.equal(s.map((x) => [x.name, x.kind, x.quotes, x.mentions, x.articles, x.outlets]), [
    ["Carla Ruiz", "person", 2, 4, 2, 2],
    ["Harbor Committee", "organisation", 0, 3, 2, 2],
    ["Dana Hale", "person", 0, 2, 2, 2],
  ]);
  assert.equal(s[0].variants, ["Carla Ruiz", "Ruiz", "Sen. Carla Ruiz", "Ms. Ruiz"]);
  assert.equal(s[0].examples, [{ articleId: "a1", sentence: 1, text: S1 }, { articleId: "a2", sentence: 0, text: T0 }]);
  assert.equal(s[1].examples.map((e) => [e.articleId, e.sentence]), [["a1", 1], ["a2", 1]]);
  assert.equal(s[0].sharedWith, []);
});

test("suggestActors drops names seen fewer than minCount times, keeps at most `examples` sentences, and gives [] for no records", () => {
  assert.equal(suggestActors(records, { registry, minCount: 3 }).map((x) => x.name), ["Carla Ruiz", "Harbor Committee"]);
  assert.equal(suggestActors(records, { registry, examples: 1 })[0].examples.length, 1);
  assert.equal(suggestActors([], { registry }), []);
  assert.throws(() => suggestActors(records, { registry, minCount: -1 }), /option minCount must be a whole number, at least 0; got -1/);
});

test("a role alias counts as resolved only on a date within the role's dates", () => {
  const rec = (date: string): SuggestInput => ({ id: date, outlet: "Daily", meta: { date }, quotes: [], sentences: [{ index: 0, role: "body", text: "Reporters asked the Canal Minister twice, and the Canal Minister declined." }] });
  assert.equal(suggestActors([rec("2020-05-01")], { registry }), []);
  assert.equal(suggestActors([rec("2018-05-01")], { registry }).map((x) => [x.name, x.mentions]), [["Canal Minister", 2]]);
});

test("a one-word name two longer names share, neither four times as frequent, stays apart and says so", () => {
  const rec: SuggestInput = { id: "b", outlet: "Daily", meta: {}, quotes: [], sentences: [
    { index: 0, role: "body", text: "Later Mr. Stone met Roger Stone and Oliver Stone." },
  ] };
  const s = suggestActors([rec], { registry, minCount: 1 });
  assert.equal(s.map((x) => [x.name, x.mentions, x.sharedWith]), [
    ["Oliver Stone", 1, []],
    ["Roger Stone", 1, []],
    ["Stone", 1, ["Oliver Stone", "Roger Stone"]],
  ]);
  assert.equal(s[2].variants, ["Mr. Stone", "Stone"]);
});

test("starterRegistry turns the top suggestions into a registry validateRegistry accepts, sides left unknown", () => {
  const starter = starterRegistry(suggestActors(records, { registry }), { top: 2 });
  assert.equal(starter.actors.map((a) => [a.id, a.name, a.kind, a.side, a.aliases]), [
    ["carla-ruiz", "Carla Ruiz", "person", "unknown", ["Ruiz", "Sen. Carla Ruiz", "Ms. Ruiz"]],
    ["harbor-committee", "Harbor Committee", "organisation", "unknown", []],
  ]);
  assert.is(starter.actors[0].seen, "2 quote(s), 4 mention(s), 2 article(s), 2 outlet(s)");
  const r = validateRegistry(JSON.parse(JSON.stringify(starter)), "starter.json");
  assert.equal(r.sides, [{ id: "unknown", label: "Unresolved" }]);
  assert.equal(r.actors.length, 2);
  assert.equal(starterRegistry([]).actors, []);
  assert.throws(() => starterRegistry([], { top: 0 }), /option top must be a whole number, at least 1; got 0/);
});

test.run();
