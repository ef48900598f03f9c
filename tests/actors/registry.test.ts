import { test } from "uvu";
import * as assert from "uvu/assert";
import { defaultActorRegistry, resolveActor, validateRegistry } from "../../src/actors/registry";
import { Actor, ActorRegistry } from "../../src/actors/types";

// resolveActor answers from an index built once per registry. It must answer exactly what the scan of
// the registry it replaced answered; that scan is written out here and compared with it.

function fold(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
}

/** The scan resolveActor replaced: every actor in order, every name and alias folded again per call. */
function scan(name: string, registry: ActorRegistry): Actor | null {
  const n = fold(name).replace(/^(the|The)\s+/, "");
  const all = (a: Actor) => [a.name, ...a.aliases].map(fold).map((x) => x.replace(/^(the|The)\s+/, ""));
  const exact = registry.actors.find((a) => all(a).includes(n));
  if (exact) return exact;
  const ci = registry.actors.find((a) => all(a).some((x) => x.toLowerCase() === n.toLowerCase()));
  if (ci) return ci;
  const last = n.split(" ").pop() ?? "";
  if (/^\p{Lu}/u.test(last)) {
    const bySurname = registry.actors.filter((a) => a.kind === "person" && a.name.split(" ").pop() === last);
    if (bySurname.length === 1) return bySurname[0];
  }
  return null;
}

// Shared names and aliases, shared surnames, an organisation named like a surname, curly apostrophes,
// "the" and odd spacing: the cases where the order of the scan decides.
const tricky = validateRegistry(
  { actors: [
    { id: "a-smith", name: "Anna Smith", side: "us", aliases: ["Ms Smith", "the Envoy", "Spokesperson"] },
    { id: "b-smith", name: "Bob Smith", side: "uk", aliases: ["Mr Smith", "Spokesperson", "the  Envoy"] },
    { id: "smith-co", name: "Smith", kind: "organisation", side: "eu", aliases: ["Smith Co"] },
    { id: "jones", name: "Carl Jones", side: "russia", aliases: ["Jones", "Carl\u2019s office", "The Jones Group"] },
    { id: "jones-2", name: "Dana  Jones ", side: "nato", aliases: ["jones", "CARL JONES"] },
    { id: "kremlin", name: "the Kremlin", kind: "organisation", side: "russia", aliases: ["Kremlin"] },
    { id: "moscow", name: "Moscow", kind: "country", side: "russia", aliases: ["the Kremlin", "Moscow's"] },
  ] },
  "tricky.json",
);

/** Every name and alias with the variants a text gives them, and strings no actor has. */
function probes(registry: ActorRegistry): string[] {
  const out = new Set(["", " ", "the", "The ", "he", "Nobody Known", "officials", "the the Kremlin", "THE Kremlin", "Smith", "Jones"]);
  for (const a of registry.actors) {
    for (const n of [a.name, ...a.aliases]) {
      const last = n.trim().split(" ").pop() ?? "";
      for (const v of [n, n.toLowerCase(), n.toUpperCase(), `the ${n}`, `The ${n}`, ` ${n}  `, n.replace(/ /g, "  "), n.replace(/'/g, "\u2019"), last, `Dr ${last}`, last.toLowerCase()]) out.add(v);
    }
  }
  return Array.from(out);
}

test("resolveActor answers as the scan of the registry did, on every name, alias, surname and variant", () => {
  for (const registry of [tricky, defaultActorRegistry()]) {
    for (const p of probes(registry)) assert.is(resolveActor(p, registry), scan(p, registry), JSON.stringify(p));
  }
});

test("resolveActor gives the first actor in registry order when two share a name or alias", () => {
  assert.is(resolveActor("Spokesperson", tricky)?.id, "a-smith");
  assert.is(resolveActor("the Envoy", tricky)?.id, "a-smith");
  assert.is(resolveActor("the Kremlin", tricky)?.id, "kremlin");
  // An exact match anywhere in the registry beats an earlier case-insensitive one.
  assert.is(resolveActor("jones", tricky)?.id, "jones-2");
  assert.is(resolveActor("JONES", tricky)?.id, "jones");
});

test("a surname two people share resolves to neither; an organisation does not count as a person", () => {
  assert.is(resolveActor("Mrs Smith", tricky), null);
  assert.is(resolveActor("Dr Jones", tricky)?.id, "jones"); // "Dana  Jones " ends in a space: its last word is ""
  assert.is(resolveActor("dr smith", tricky), null); // a surname must be capitalised
});

test("resolveActor indexes a registry once: 20,000 look-ups against 5,000 actors take well under the scan's minutes", () => {
  const big = validateRegistry(
    { actors: Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, name: `Person Number${i}`, side: "us", aliases: [`Mr Number${i}`, `Official ${i}`] })) },
    "big.json",
  );
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 20_000; i++) assert.is(resolveActor(i % 2 ? `mr number${i % 5000}` : `Dr Number${i % 5000}`, big)?.id, `p${i % 5000}`);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.ok(ms < 5000, `20,000 look-ups took ${ms.toFixed(0)} ms`);
});

test.run();
