import { test } from "uvu";
import * as assert from "uvu/assert";
import { findActorMentions } from "../../src/actors/mentions";
import { defaultActorRegistry, validateRegistry } from "../../src/actors/registry";
import { ActorRegistry } from "../../src/actors/types";
import { parseArticle } from "../../src/corpus/parse";
import { ParsedArticle } from "../../src/corpus/types";

// findActorMentions walks a character trie of the registry's names. It must find exactly what the one
// alternation regex of all names it replaced found; that regex is written out here and compared with it.

/** The matcher findActorMentions replaced: every name, longest first, on word boundaries, left to right. */
function regexMentions(article: ParsedArticle, registry: ActorRegistry): Array<[number, number, string]> {
  const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'");
  const byAlias = new Map<string, string>();
  for (const a of registry.actors) for (const alias of [a.name, ...a.aliases]) if (!byAlias.has(norm(alias))) byAlias.set(norm(alias), a.id);
  const alts = Array.from(byAlias.keys()).sort((x, y) => y.length - x.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
  const out: Array<[number, number, string]> = [];
  for (const s of article.sentences) {
    if (s.role === "caption") continue;
    for (const m of s.norm.matchAll(pattern)) out.push([s.start + m.index!, s.start + m.index! + m[0].length, byAlias.get(m[0])!]);
  }
  return out;
}

const mentions = (article: ParsedArticle, registry: ActorRegistry) => findActorMentions(article, registry).map((m): [number, number, string] => [m.start, m.end, m.actorId]);

// Names that are prefixes of others, with dots, brackets, curly apostrophes, a name shared by two actors,
// and letters outside ASCII and outside the BMP at their edges.
const tricky = validateRegistry(
  { actors: [
    { id: "smith", name: "Anna Smith", side: "us", aliases: ["Smith", "Ms Smith", "Spokesperson"] },
    { id: "smith-co", name: "Smith Co", kind: "organisation", side: "eu", aliases: ["Spokesperson", "Smith Co.", "Smith\u2019s firm"] },
    { id: "us", name: "U.S.", kind: "country", side: "us", aliases: ["US", "U.S", "United States"] },
    { id: "eu", name: "EU diplomat (unnamed)", kind: "group", side: "eu", aliases: ["EU diplomat", "É"] },
    { id: "astral", name: "\u{1D400}lpha Group", kind: "group", side: "nato", aliases: ["\u{1D400}"] },
  ] },
  "tricky.json",
);

test("findActorMentions finds what one alternation regex of all names, longest first, on word boundaries found", () => {
  const texts = [
    "Headline\n\nU.S. officials and the U.S.A. met; U.S.-led talks, US2 and 2US, USA, the US.",
    "Smith Co. said Smith's firm and Smith\u2019s firm, Smith Cooper, Smithson and pro-Smith voters. Ms Smith Co spoke.",
    "An EU diplomat (unnamed) and an EU diplomat (named) said É or Éa or aÉ; \u{1D400} and \u{1D400}lpha Group, x\u{1D400}, \u{1D400}x.",
    "Spokesperson: Spokespersons. (Smith) [US] \"Smith\" 'US' Smith.Co US.a Smith\n\nSmith",
  ];
  let seed = 3;
  const pieces = ["Smith", "Co", "Co.", "U.S", ".", "US", "É", "\u{1D400}", "lpha", "Group", "EU", "diplomat", "(unnamed)", "-", "'s", "\u2019s", "firm", "2", "a", " ", " ", "\n\n"];
  for (let i = 0; i < 200; i++) {
    let t = "Headline\n\n";
    for (let k = 0; k < 40; k++) t += pieces[(seed = (seed * 48271) % 2147483647) % pieces.length];
    texts.push(t);
  }
  for (const text of texts) {
    const a = parseArticle(text);
    for (const registry of [tricky, defaultActorRegistry()]) assert.equal(mentions(a, registry), regexMentions(a, registry), JSON.stringify(text));
  }
});

test("a name two actors share goes to the first in registry order; the longest name wins at a place", () => {
  const a = parseArticle("Headline\n\nThe Spokesperson for Smith Co. spoke to Anna Smith.");
  assert.equal(findActorMentions(a, tricky).map((m) => [m.text, m.actorId]), [
    ["Spokesperson", "smith"],
    ["Smith Co.", "smith-co"],
    ["Anna Smith", "smith"],
  ]);
});

test("an empty registry names no one (the regex it replaced matched empty strings forever)", () => {
  const a = parseArticle("Headline\n\nA quiet day. Nothing happened.");
  assert.equal(findActorMentions(a, validateRegistry({ actors: [] }, "empty.json")), []);
});

test("an article's mentions are found once per registry, roles and date, and found again when any of them changes", () => {
  const a = parseArticle("Headline\n\nAnna Smith met the Smith Co. board.");
  const first = findActorMentions(a, tricky);
  assert.is(findActorMentions(a, tricky), first, "the same registry and options give the kept answer");
  assert.equal(first.map((m) => m.text), ["Anna Smith", "Smith Co."]);
  const headlineOnly = findActorMentions(a, tricky, { roles: ["headline"] });
  assert.equal(headlineOnly, []);
  assert.equal(findActorMentions(a, validateRegistry({ actors: [] }, "empty.json")), []);
  // Asked again with the first registry after others: the same mentions (found again, not a stale answer).
  assert.equal(findActorMentions(a, tricky), first);
});

test.run();
