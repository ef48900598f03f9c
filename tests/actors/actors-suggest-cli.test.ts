import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runActorsSuggest } from "../../src/cli/actors-suggest";
import { validateRegistry } from "../../src/actors/registry";

// A two-article corpus written for this test, with its own actors.json (sides of its own).
function corpus(dir: string): void {
  const articles = [
    { id: "a1", outlet: "Daily", file: "a1.txt", date: "2020-03-02" },
    { id: "a2", outlet: "Courier", file: "a2.txt", date: "2020-03-03" },
  ];
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ title: "canal vote", articles }));
  fs.writeFileSync(path.join(dir, "a1.txt"), "Canal vote fails\n\nThe vote on the new canal failed on Tuesday. \"We will try again,\" said Sen. Carla Ruiz of the Harbor Committee. Dana Hale, who chairs the Harbor Committee, said the plan was dead. Ann Burke disagreed.\n");
  fs.writeFileSync(path.join(dir, "a2.txt"), "Canal plan stalls\n\nCarla Ruiz said the vote would come back. Dana Hale called the plan too costly, and the Harbor Committee agreed. Burke said little.\n");
  fs.writeFileSync(path.join(dir, "actors.json"), JSON.stringify({ sides: [{ id: "port", label: "Port" }], actors: [{ id: "ann", name: "Ann Burke", side: "port", aliases: ["Burke"] }] }));
}

test("runActorsSuggest uses the corpus's own actors.json, prints a table and writes a starter registry it refuses to overwrite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-suggest-"));
  try {
    corpus(dir);
    const out = path.join(dir, "starter.json");
    const lines: string[] = [];
    const r = await runActorsSuggest({ corpus: dir, out, top: 2, jobs: 1 }, (l) => lines.push(l));
    assert.is(r.registryFile, path.join(dir, "actors.json"));
    assert.ok(lines[0].startsWith(`2 article(s), 2 outlet(s); registry: ${path.join(dir, "actors.json")} (the corpus's own)`), lines[0]);
    // Carla Ruiz: quoted in a1 ("...," said Sen. Carla Ruiz) and a2 (said the vote would come back), named
    // once in each. Dana Hale: quoted in a1 (said the plan was dead; "called" in a2 is no speech cue), named
    // once in each. Harbor Committee: named twice in a1, once in a2. Ann Burke and Burke: the corpus's registry.
    assert.equal(r.suggestions.map((s) => [s.name, s.kind, s.quotes, s.mentions, s.articles, s.outlets]), [
      ["Carla Ruiz", "person", 2, 2, 2, 2],
      ["Dana Hale", "person", 1, 2, 2, 2],
      ["Harbor Committee", "organisation", 0, 3, 2, 2],
    ]);
    assert.not.ok(r.suggestions.some((s) => /Burke/.test(s.name)), "Burke is in the corpus's registry");
    assert.ok(lines.some((l) => /^#\s+name\s+kind\s+quotes\s+mentions\s+articles\s+outlets\s+example$/.test(l)), lines.join("\n"));
    assert.is(r.written, out);
    const starter = validateRegistry(JSON.parse(fs.readFileSync(out, "utf8")), out);
    assert.is(starter.actors.length, 2);
    let refused = "";
    await runActorsSuggest({ corpus: dir, out, jobs: 1 }, () => {}).catch((e: Error) => (refused = e.message));
    assert.match(refused, /starter\.json: already exists; choose another --out file, or add --force to overwrite it/);
    const forced = await runActorsSuggest({ corpus: dir, out, top: 1, force: true, jobs: 1 }, () => {});
    assert.is(JSON.parse(fs.readFileSync(out, "utf8")).actors.length, 1);
    assert.is(forced.written, out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("runActorsSuggest rejects a --top that is not a whole number of at least 1", async () => {
  let message = "";
  await runActorsSuggest({ corpus: "nowhere", top: 0 }, () => {}).catch((e: Error) => (message = e.message));
  assert.match(message, /--top takes a whole number of suggestions, at least 1; got "0"/);
});

test.run();
