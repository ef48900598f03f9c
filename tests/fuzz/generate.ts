/**
 * Builds fuzz input number `index` of a run: a window of the seed articles (one or several joined) cut
 * to a size drawn from the profile's size classes, then 0 to 6 mutations (mutations.ts). Deterministic:
 * the same seeds, run seed, profile and index give the same text and recipe on every machine.
 */
import { MUTATIONS, MutationContext } from "./mutations";
import { Rng, inputSeed } from "./prng";

/** full: `npm run fuzz` (mostly seed-sized, a few large); quick: the slice inside `npm test` (mostly small). */
export const PROFILES = ["full", "quick"] as const;
export type Profile = (typeof PROFILES)[number];

export function isProfile(v: unknown): v is Profile {
  return typeof v === "string" && (PROFILES as readonly string[]).includes(v);
}

interface SizeClass {
  name: string;
  weight: number;
  min: number;
  max: number;
}

const SIZES: Readonly<Record<Profile, readonly SizeClass[]>> = {
  full: [
    { name: "tiny", weight: 3, min: 0, max: 1000 },
    { name: "small", weight: 7, min: 1000, max: 5000 },
    { name: "seed", weight: 88, min: 5000, max: 15000 },
    { name: "large", weight: 2, min: 30000, max: 300000 },
  ],
  quick: [
    { name: "tiny", weight: 15, min: 0, max: 1000 },
    { name: "small", weight: 75, min: 1000, max: 4000 },
    { name: "seed", weight: 10, min: 4000, max: 10000 },
  ],
};

const LIMITS: Readonly<Record<Profile, Omit<MutationContext, "others">>> = {
  full: { maxWord: 60000, maxStorm: 20000 },
  quick: { maxWord: 40000, maxStorm: 2000 },
};

/** Inputs that are nothing but an edge: empty, blank, one mark. Drawn now and then among the tiny ones. */
const DEGENERATE = ["", "\n", " \t ", "\r\n\r\n", '"', "\u201C", "'", "\uFEFF", "\u2028", ".", "..", "\uD800", "\u0000", "a", "\u201C\u201D", "<p></p>"];

/** How many mutations an input gets: 0 (a plain window of the seeds) to 6. */
const MUTATION_COUNT_WEIGHTS = [5, 25, 25, 20, 12, 8, 5];

/** Longest input ever produced; a mutation that grows past it is cut back. */
const MAX_CHARS = 400_000;

export interface FuzzInput {
  index: number;
  text: string;
  /** What was done, in order: the base window, then each mutation with its note. */
  recipe: string[];
}

function baseText(seeds: readonly string[], rng: Rng, target: number): { text: string; note: string } {
  const first = rng.int(0, seeds.length - 1);
  const used = [first];
  let text = seeds[first];
  let offset = 0;
  if (rng.chance(0.3)) {
    offset = rng.int(0, text.length);
    if (rng.chance(0.5)) offset = text.indexOf("\n", offset) + 1;
  }
  while (text.length < offset + target) {
    const k = rng.int(0, seeds.length - 1);
    used.push(k);
    text += rng.pick(["\n\n", "\n", " ", ""]) + seeds[k];
  }
  return { text: text.slice(offset, offset + target), note: `seeds ${used.join("+")} from ${offset}, ${target} chars` };
}

/** Input `index` of a run with `runSeed` in `profile`, built from `seeds` (the seed article texts). */
export function generateInput(seeds: readonly string[], runSeed: number, index: number, profile: Profile): FuzzInput {
  if (seeds.length === 0) throw new Error("generateInput: no seed texts; expected the seeds/*.txt articles");
  const rng = new Rng(inputSeed(runSeed, index) ^ (profile === "quick" ? 0x5bd1e995 : 0));
  const sizes = SIZES[profile];
  const size = sizes[rng.weighted(sizes.map((s) => s.weight))];
  if (size.name === "tiny" && rng.chance(0.15)) {
    const text = rng.pick(DEGENERATE);
    return { index, text, recipe: [`degenerate ${JSON.stringify(text)}`] };
  }
  const target = size.name === "large" ? rng.logInt(size.min, size.max) : rng.int(size.min, size.max);
  const base = baseText(seeds, rng, target);
  const recipe = [`${size.name}: ${base.note}`];
  let text = base.text;
  const ctx: MutationContext = { others: seeds, ...LIMITS[profile] };
  const n = rng.weighted(MUTATION_COUNT_WEIGHTS);
  const weights = MUTATIONS.map((m) => m.weight);
  for (let k = 0; k < n; k++) {
    const m = MUTATIONS[rng.weighted(weights)];
    const out = m.apply(text, rng, ctx);
    text = out.text.length > MAX_CHARS ? out.text.slice(0, MAX_CHARS) : out.text;
    recipe.push(out.note ? `${m.name} (${out.note})` : m.name);
  }
  return { index, text, recipe };
}
