import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_REGISTRY_FILE, corpusRegistryFile, defaultActorRegistry, registryLabel, resolveActor, validateRegistry } from "../../src/actors/registry";
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

test("resolveActor keeps look-ups of dated role aliases indexed: 5,000 holders of one title each, 20,000 dated look-ups", () => {
  const year = (i: number) => String(1000 + i).padStart(4, "0");
  const big = validateRegistry(
    { actors: Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, name: `Person Number${i}`, side: "us", aliases: [], roles: [{ title: `Keeper ${i}`, aliases: [`Keeper ${i}`, "Mayor"], from: `${year(i)}-01-01`, to: `${year(i)}-12-31` }] })) },
    "big-roles.json",
  );
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 20_000; i++) assert.is(resolveActor(`the Keeper ${i % 5000}`, big, { date: `${year(i % 5000)}-06-01` })?.id, `p${i % 5000}`);
  // One title held by all 5,000 in turn: the holder of the day, among the title's candidates only.
  for (let i = 0; i < 2_000; i++) assert.is(resolveActor("Mayor", big, { date: `${year(i)}-06-01` })?.id, `p${i}`);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.ok(ms < 5000, `look-ups took ${ms.toFixed(0)} ms`);
});

test("corpusRegistryFile finds a corpus folder's own actors.json, and nothing for a folder without one or a file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-registry-"));
  try {
    assert.is(corpusRegistryFile(dir), undefined);
    fs.writeFileSync(path.join(dir, "corpus.jsonl"), "{}\n");
    assert.is(corpusRegistryFile(path.join(dir, "corpus.jsonl")), undefined);
    fs.mkdirSync(path.join(dir, "nested", "actors.json"), { recursive: true }); // a folder named actors.json is no file
    assert.is(corpusRegistryFile(path.join(dir, "nested")), undefined);
    fs.writeFileSync(path.join(dir, "actors.json"), JSON.stringify({ actors: [] }));
    assert.is(corpusRegistryFile(dir), path.join(dir, "actors.json"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("registryLabel names framelens' default as seeds/actors.json and any other file as given", () => {
  assert.is(registryLabel(undefined), "seeds/actors.json");
  assert.is(registryLabel(DEFAULT_REGISTRY_FILE), "seeds/actors.json");
  assert.is(registryLabel("corpus/us-politics/actors.json"), "corpus/us-politics/actors.json");
});

test.run();
