import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/validate";
import { DEFAULT_SIDES, isSide } from "../../src/actors/types";

const actor = (extra: Record<string, unknown> = {}) => ({ id: "x", name: "X Person", side: "democrats", ...extra });
const sides = [{ id: "democrats", label: "Democrats" }, { id: "republicans", label: "Republicans", color: "#D55E00" }];

test("a registry defines its own sides, and 'unknown' is added when it leaves it out", () => {
  const r = validateRegistry({ sides, actors: [actor(), actor({ id: "y", side: "republicans" })] }, "us.json");
  assert.equal(r.sides, [{ id: "democrats", label: "Democrats" }, { id: "republicans", label: "Republicans", color: "#D55E00" }, { id: "unknown", label: "Unresolved" }]);
  assert.equal(r.actors.map((a) => a.side), ["democrats", "republicans"]);
  assert.ok(isSide("republicans", r));
  assert.not.ok(isSide("us", r));
  assert.ok(isSide("us")); // without a registry: the default sides
});

test("a registry that lists 'unknown' keeps its place and label; one without sides has the default sides", () => {
  const r = validateRegistry({ sides: [{ id: "unknown", label: "Nobody knows" }, { id: "a" }], actors: [] }, "r.json");
  assert.equal(r.sides, [{ id: "unknown", label: "Nobody knows" }, { id: "a", label: "a" }]);
  assert.equal(validateRegistry({ actors: [] }, "r.json").sides.map((s) => s.id), [...DEFAULT_SIDES]);
});

test("validateRegistry names the file and field of a bad side", () => {
  assert.throws(() => validateRegistry({ sides, actors: [actor({ side: "us" })] }, "us.json"), /us\.json: actors\[0\]\.side "us" is not one of democrats, republicans, unknown; use one of them, or add it to "sides"/);
  assert.throws(() => validateRegistry({ sides: [{ id: "two words" }], actors: [] }, "us.json"), /us\.json: sides\[0\]\.id "two words" must be a word of letters, digits/);
  assert.throws(() => validateRegistry({ sides: [{ id: "a" }, { id: "a" }], actors: [] }, "us.json"), /sides\[1\]\.id "a" is used twice \(also sides\[0\]\)/);
  assert.throws(() => validateRegistry({ sides: "democrats", actors: [] }, "us.json"), /us\.json: "sides" must be an array/);
  assert.throws(() => validateRegistry({ sides: [{ id: "a", label: 3 }], actors: [] }, "us.json"), /sides\[0\]\.label must be a string/);
  assert.throws(() => validateRegistry({ sides, actors: [actor({ side: undefined })] }, "us.json"), /actors\[0\]\.side undefined is not one of/);
});

test("roles are read with their aliases (default: the title) and dates", () => {
  const r = validateRegistry({ sides, actors: [actor({ roles: [{ title: "Senate Leader", from: "2015-01-06", to: "2021-01-20" }, { title: "Whip", aliases: ["the Whip", "Party Whip"] }] })] }, "us.json");
  assert.equal(r.actors[0].roles, [{ title: "Senate Leader", aliases: ["Senate Leader"], from: "2015-01-06", to: "2021-01-20" }, { title: "Whip", aliases: ["the Whip", "Party Whip"] }]);
  assert.is(validateRegistry({ sides, actors: [actor()] }, "us.json").actors[0].roles, undefined);
});

test("validateRegistry names the file and field of a bad role", () => {
  const bad = (roles: unknown) => () => validateRegistry({ sides, actors: [actor({ roles })] }, "us.json");
  assert.throws(bad("Whip"), /us\.json: actors\[0\]\.roles must be an array/);
  assert.throws(bad([{ aliases: ["Whip"] }]), /actors\[0\]\.roles\[0\]\.title must be a non-empty string/);
  assert.throws(bad([{ title: "Whip", aliases: ["ok", ""] }]), /actors\[0\]\.roles\[0\]\.aliases must be an array of non-empty strings/);
  assert.throws(bad([{ title: "Whip", from: "2019-02-30" }]), /actors\[0\]\.roles\[0\]\.from "2019-02-30" must be a date YYYY-MM-DD/);
  assert.throws(bad([{ title: "Whip", to: "January 2019" }]), /actors\[0\]\.roles\[0\]\.to "January 2019" must be a date YYYY-MM-DD/);
  assert.throws(bad([{ title: "Whip" }, { title: "Whip", from: "2021-01-01", to: "2019-01-01" }]), /us\.json: actors\[0\]\.roles\[1\]: from "2021-01-01" is after to "2019-01-01"/);
});

test.run();
