import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateInput } from "./generate";
import { MUTATIONS } from "./mutations";
import { Rng, inputSeed } from "./prng";
import { readSeeds } from "./seeds";

const seeds = readSeeds();

test("Rng gives the same stream for the same seed and stays in range", () => {
  const a = new Rng(42);
  const b = new Rng(42);
  for (let i = 0; i < 100; i++) {
    const x = a.next();
    assert.is(x, b.next());
    assert.ok(x >= 0 && x < 1);
    const k = a.int(3, 7);
    b.int(3, 7);
    assert.ok(k >= 3 && k <= 7 && Number.isInteger(k));
  }
  assert.is.not(inputSeed(1, 0), inputSeed(1, 1));
  assert.is.not(inputSeed(1, 0), inputSeed(2, 0));
});

test("generateInput rebuilds input I alone: same seed, profile and index give the same text and recipe", () => {
  for (const i of [0, 7, 123]) {
    const a = generateInput(seeds, 99, i, "full");
    const b = generateInput(seeds, 99, i, "full");
    assert.is(a.text, b.text);
    assert.equal(a.recipe, b.recipe);
  }
  assert.is.not(generateInput(seeds, 99, 1, "full").text, generateInput(seeds, 99, 2, "full").text);
});

test("generateInput keeps the quick profile mostly small and the full profile mostly seed-sized", () => {
  const sizes = (profile: "quick" | "full") => Array.from({ length: 200 }, (_, i) => generateInput(seeds, 5, i, profile).text.length);
  const quick = sizes("quick");
  assert.ok(quick.filter((n) => n <= 5000).length >= 150, `quick: ${quick.filter((n) => n <= 5000).length} of 200 under 5,000 chars`);
  const full = sizes("full");
  assert.ok(full.filter((n) => n >= 4000 && n <= 20000).length >= 140, `full: ${full.filter((n) => n >= 4000 && n <= 20000).length} of 200 in 4-20 kB`);
  assert.ok(full.every((n) => n <= 400_000));
});

test("every mutation is deterministic and copes with empty text", () => {
  const ctx = { others: seeds, maxWord: 500, maxStorm: 1500 };
  for (const m of MUTATIONS) {
    const a = m.apply(seeds[0], new Rng(3), ctx);
    const b = m.apply(seeds[0], new Rng(3), ctx);
    assert.is(a.text, b.text, m.name);
    assert.type(m.apply("", new Rng(3), ctx).text, "string", m.name);
  }
});

test("quote-storm adds at least a thousand quote marks", () => {
  const storm = MUTATIONS.find((m) => m.name === "quote-storm")!;
  const out = storm.apply("a b c", new Rng(1), { others: seeds, maxWord: 100, maxStorm: 3000 }).text;
  assert.ok(out.length - 5 >= 1000, `${out.length - 5} marks`);
});

test.run();
