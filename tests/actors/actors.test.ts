import { test } from "uvu";
import * as assert from "uvu/assert";
import { findActorMentions } from "../../src/actors/mentions";
import { defaultActorRegistry, loadActorRegistry, resolveActor, validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { tempCorpus } from "../helpers";

const tiny = validateRegistry(
  { actors: [
    { id: "blinken", name: "Antony Blinken", side: "us", aliases: ["Blinken", "Mr Blinken", "Secretary Blinken"] },
    { id: "lavrov", name: "Sergei Lavrov", side: "russia", aliases: ["Sergey Lavrov", "Lavrov", "Russian Foreign Minister"] },
    { id: "russia", name: "Russia", kind: "country", side: "russia", aliases: ["Russian", "Moscow"] },
  ] },
  "tiny.json",
);

test("resolveActor maps name variants, titles and surnames to one actor", () => {
  for (const n of ["Mr Blinken", "Antony Blinken", "Secretary Blinken", "Blinken"]) assert.is(resolveActor(n, tiny)?.id, "blinken", n);
  assert.is(resolveActor("Sergey Lavrov", tiny)?.id, "lavrov");
  assert.is(resolveActor("Dr Lavrov", tiny)?.id, "lavrov"); // by surname
  assert.is(resolveActor("mr blinken", tiny)?.id, "blinken");
  assert.is(resolveActor("Nobody Known", tiny), null);
});

test("the seed registry resolves Zelensky's spellings and organisations", () => {
  const reg = defaultActorRegistry();
  for (const n of ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"]) assert.is(resolveActor(n, reg)?.id, "volodymyr-zelensky", n);
  assert.is(resolveActor("the Kremlin", reg)?.side, "russia");
  assert.is(resolveActor("State Department officials", reg)?.side, "us");
  assert.is(resolveActor("Russia's foreign ministry", reg)?.id, "russian-foreign-ministry");
});

test("findActorMentions matches the longest alias on word boundaries with offsets", () => {
  const text = "Headline\n\nRussian Foreign Minister Sergey Lavrov met Mr Blinken. Russians and Moscow waited; Blinkenesque is not a name.";
  const a = parseArticle(text);
  const m = findActorMentions(a, tiny);
  assert.equal(m.map((x) => [x.text, x.actorId, text.slice(x.start, x.end) === x.text]), [
    ["Russian Foreign Minister", "lavrov", true],
    ["Sergey Lavrov", "lavrov", true],
    ["Mr Blinken", "blinken", true],
    ["Moscow", "russia", true],
  ]);
  assert.equal(findActorMentions(parseArticle(""), tiny), []);
});

test("validateRegistry and loadActorRegistry name the file and field that is wrong", () => {
  assert.throws(() => validateRegistry({ actors: [{ id: "x", name: "X", side: "mars" }] }, "r.json"), /r\.json: actors\[0\]\.side "mars" is not one of us, russia/);
  assert.throws(() => validateRegistry({ actors: [{ id: "x", name: "X", side: "us" }, { id: "x", name: "Y", side: "us" }] }, "r.json"), /actors\[1\]\.id "x" is used twice/);
  assert.throws(() => validateRegistry({ actors: [{ id: "x", name: "X", side: "us", kind: "robot" }] }, "r.json"), /unknown actor kind "robot"/);
  assert.throws(() => validateRegistry({}, "r.json"), /expected an object with an "actors" array/);
  const dir = tempCorpus({ "bad.json": "{ nope" });
  assert.throws(() => loadActorRegistry(`${dir}/bad.json`), /bad\.json: is not valid JSON/);
  assert.throws(() => loadActorRegistry(`${dir}/none.json`), /none\.json: actor registry not found/);
});

test.run();
