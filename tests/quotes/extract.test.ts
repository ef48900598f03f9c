import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { PHRASE_REACH } from "../../src/quotes/attribute";
import { QUOTE_REACH, extractQuotes } from "../../src/quotes/extract";
import { findMarkedSpans } from "../../src/quotes/quote-marks";

const registry = validateRegistry(
  { actors: [
    { id: "blinken", name: "Antony Blinken", side: "us", aliases: ["Blinken", "Mr Blinken", "Secretary Blinken", "US Secretary of State"] },
    { id: "lavrov", name: "Sergei Lavrov", side: "russia", aliases: ["Sergey Lavrov", "Lavrov", "Mr Lavrov"] },
    { id: "peskov", name: "Dmitry Peskov", side: "russia", aliases: ["Peskov", "Kremlin spokesperson"] },
    { id: "ignatov", name: "Oleg Ignatov", side: "analysts", aliases: ["Ignatov"] },
    { id: "kremlin", name: "Kremlin", kind: "organisation", side: "russia", aliases: ["the Kremlin", "The Kremlin"] },
    { id: "state", name: "US State Department", kind: "organisation", side: "us", aliases: ["State Department officials"] },
    { id: "zelensky", name: "Volodymyr Zelensky", side: "ukraine", aliases: ["Zelensky", "Zelenskyy", "Zelenskiy"] },
    { id: "russia", name: "Russia", kind: "country", side: "russia", aliases: ["Moscow", "Russian"] },
  ] },
  "test-registry.json",
);

const q = (text: string, opts = {}) => extractQuotes(parseArticle(text, { headline: null }), { registry, ...opts }).map((r) => [r.kind, r.text, r.speaker, r.side, r.cue]);

test("a quote before its cue goes to the speaker named after it", () => {
  assert.equal(q("\u201CThis is a critical moment,\u201D Mr Blinken said in his opening remarks."), [["direct", "This is a critical moment,", "Antony Blinken", "us", "say"]]);
});

test("an inverted attribution (said Mr X) and a pronoun resolved to the previous speaker", () => {
  assert.equal(q('Mr Lavrov spoke first. "We await answers," said Mr Lavrov. "We are patient," he added.'), [
    ["direct", "We await answers,", "Sergei Lavrov", "russia", "say"],
    ["direct", "We are patient,", "Sergei Lavrov", "russia", "add"],
  ]);
});

test("a colon-introduced quote goes to the speaker named before the colon, with or without a cue", () => {
  assert.equal(q('Mr Blinken said on Thursday: "These are difficult issues."'), [["direct", "These are difficult issues.", "Antony Blinken", "us", "say"]]);
  assert.equal(q('Ahead of the meeting Mr Blinken: "We don\u2019t expect to resolve our differences."'), [["direct", "We don\u2019t expect to resolve our differences.", "Antony Blinken", "us", null]]);
});

test("a speaker with a title or an apposition resolves to the canonical actor", () => {
  assert.equal(q('Kremlin spokesperson Dmitry Peskov said the remarks can "facilitate the destabilization of the situation."'), [["partial", "facilitate the destabilization of the situation.", "Dmitry Peskov", "russia", "say"]]);
  assert.equal(q("Oleg Ignatov, International Crisis Group's senior analyst for Russia, thinks such negotiations help to buy time."), [["indirect", "such negotiations help to buy time", "Oleg Ignatov", "analysts", "think"]]);
});

test("organisations speak: State Department officials, the Kremlin", () => {
  assert.equal(q('State Department officials have said Mr Blinken will offer a "diplomatic off-ramp" to ease tensions.'), [["partial", "diplomatic off-ramp", "US State Department", "us", "say"]]);
  assert.equal(q("The Kremlin said it does not expect a written response on Friday."), [["indirect", "it does not expect a written response on Friday", "Kremlin", "russia", "say"]]);
});

test("reported speech: the clause after the cue, and after 'told X that'", () => {
  assert.equal(q("Mr Lavrov said Russia was not expecting a breakthrough in the key talks."), [["indirect", "Russia was not expecting a breakthrough in the key talks", "Sergei Lavrov", "russia", "say"]]);
  assert.equal(q("Lavrov told reporters that the talks were useful and frank."), [["indirect", "the talks were useful and frank", "Sergei Lavrov", "russia", "tell"]]);
});

test("an attribution closing its sentence after a comma reports the words before it", () => {
  assert.equal(q("The plan was dropped at the last minute, Mr Lavrov said."), [["indirect", "The plan was dropped at the last minute", "Sergei Lavrov", "russia", "say"]]);
});

test("a coordinated or participle cue keeps the clause's speaker", () => {
  assert.equal(q('Mr Lavrov said he would wait for the reply, adding "I can\u2019t say whether we are on the right track."').map((r) => [r[0], r[2], r[4]]), [
    ["indirect", "Sergei Lavrov", "say"],
    ["direct", "Sergei Lavrov", "add"],
  ]);
  assert.equal(q("Moscow has 100,000 troops near the border but denies planning to invade the country.").map((r) => [r[1], r[2], r[4]]), [["planning to invade the country", "Russia", "deny"]]);
});

test("a partial quote inside the reporter's sentence is partial, and a quote running on keeps its speaker", () => {
  assert.equal(q('Mr Blinken warned of a "united, swift and severe" response.'), [["partial", "united, swift and severe", "Antony Blinken", "us", "warn"]]);
  const two = q('Blinken said the next step was clear. "We are not waiting. These things are not exclusive."');
  assert.equal(two.map((r) => [r[0], r[2]]), [["indirect", "Antony Blinken"], ["direct", "Antony Blinken"]]);
});

test("a quote running over paragraphs is one quote", () => {
  const text = 'Mr Lavrov said: "We will wait.\n\n"And we will see what comes."';
  const a = parseArticle(text, { headline: null });
  const spans = findMarkedSpans(a);
  assert.equal(spans.map((s) => text.slice(s.start, s.end)), ['We will wait.\n\n"And we will see what comes.']);
});

test("name variants resolve to one actor (Zelensky, Zelenskyy, Zelenskiy)", () => {
  for (const name of ["Zelensky", "Zelenskyy", "Zelenskiy"]) {
    assert.equal(q(`${name} tweeted: "There are no minor incursions."`).map((r) => [r[2], r[3]]), [["Volodymyr Zelensky", "ukraine"]], name);
  }
});

test("'the former' refers to the first of the two people just named", () => {
  assert.equal(q("Blinken is preparing to meet Lavrov, however the former said that talks will likely fail.").map((r) => [r[1], r[2], r[4]]), [["talks will likely fail", "Antony Blinken", "say"]]);
});

test("scare quotes and titles with no speaker are not quotes; unknown speakers are kept with side unknown", () => {
  assert.equal(q('The so-called "peace plan" was on the table.'), []);
  assert.equal(q('The plan was "dead," Mr Smith said.'), [["partial", "dead,", "Mr Smith", "unknown", "say"]]);
});

test("an unbalanced quote mark never swallows the next paragraph", () => {
  const text = 'Mr Blinken said: "We will see.\n\nThe talks ended on Friday without a deal.';
  const r = extractQuotes(parseArticle(text, { headline: null }), { registry });
  assert.equal(r.map((x) => x.text), ["We will see."]);
});

test("British single quotes in a headline count, apostrophes do not", () => {
  const a = parseArticle("United States warns of 'swift, severe, united' response to Russia's moves\n\nBody text here.");
  assert.equal(findMarkedSpans(a).map((s) => a.text.slice(s.start, s.end)), ["swift, severe, united"]);
});

test("offsets point at the quote text in the original file (curly marks included)", () => {
  const text = "Headline\n\n\u201CThis is a critical moment,\u201D Mr Blinken said.";
  const [r] = extractQuotes(parseArticle(text), { registry });
  assert.is(text.slice(r.start, r.end), r.text);
  assert.is(r.speakerText, "Mr Blinken");
  assert.is(r.speakerId, "blinken");
});

test("extractQuotes on text with no quotes, or no text, returns []; unknown kinds are named", () => {
  assert.equal(q("The talks ended on Friday."), []);
  assert.equal(q(""), []);
  assert.throws(() => extractQuotes(parseArticle("x"), { kinds: ["quoted" as never] }), /unknown quote kind "quoted"; expected one of "direct", "partial", "indirect"/);
  assert.equal(q('"Yes," Mr Blinken said. Lavrov said the deal was done.', { kinds: ["indirect"] }).map((r) => r[0]), ["indirect"]);
});

test("a cue up to QUOTE_REACH (80) tokens before a quote mark introduces it; one further back in a long sentence does not", () => {
  assert.is(QUOTE_REACH, 80);
  // Tokens: Mr Lavrov said(2) the plan ,(5) then 4 per "which was long," then was, and the mark at 6 + 4k + 1.
  const text = (k: number) => "Mr Lavrov said the plan, " + "which was long, ".repeat(k) + 'was "dead on arrival".';
  assert.equal(q(text(18)), [["partial", "dead on arrival", "Sergei Lavrov", "russia", "say"]]); // 77 tokens back
  // 81 tokens back: the quote has no cue in reach and is dropped; the cue now reports the clause before the mark.
  assert.equal(q(text(19)).map((r) => [r[0], r[2]]), [["indirect", "Sergei Lavrov"]]);
});

test("a speaker's noun phrase reaches at most PHRASE_REACH (40) tokens back from its cue", () => {
  assert.is(PHRASE_REACH, 40);
  const [r] = extractQuotes(parseArticle("Zed ".repeat(50) + "Lavrov said the talks were useful.", { headline: null }), { registry });
  assert.equal([r.kind, r.text, r.speaker], ["indirect", "the talks were useful", "Sergei Lavrov"]);
  assert.is(r.speakerText, "Zed ".repeat(39) + "Lavrov");
});

test("a pronoun skips names inside quotes: he is the person named before, not the one quoted", () => {
  assert.equal(q('Lavrov mocked "Blinken" and he said the talks were over for good.'), [["indirect", "the talks were over for good", "Sergei Lavrov", "russia", "say"]]);
  assert.equal(q('At the "Lavrov house" Blinken waited, and he said the talks were over and done.').map((r) => r[2]), ["Antony Blinken"]);
});

/** Each quote's text and attribution number (shared by the pieces the extractor linked to one attribution). */
const pieces = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.kind, r.text, r.speaker, r.attribution]);

test("the pieces of one attribution share an attribution number: '\"A,\" he said. \"B.\"' and '\"A,\" she said, \"B.\"'; a quote standing alone has none (issue 13, cause 2)", () => {
  assert.equal(pieces('"The pier is finished," Ann Cole said. "We will build a new one." The council met on Monday.'), [
    ["direct", "The pier is finished,", "Ann Cole", 0],
    ["direct", "We will build a new one.", "Ann Cole", 0],
  ]);
  assert.equal(pieces('"The pier is finished," she said, "and we will build a new one." Later, "It was old," Tom Reed said.').map((r) => r[3]), [0, 0, undefined]);
  // A quote in the next paragraph keeps the speaker but is a new attribution.
  assert.equal(pieces('"The pier is finished," Ann Cole said.\n\n"We will build a new one."').map((r) => [r[2], r[3]]), [["Ann Cole", undefined], ["Ann Cole", undefined]]);
});

test("quoted titles of programmes and books are no quotes: 'told \"Morning Harbor\"', 'said on \"Harbor Week,\"', 'her book, \"The Long Pier,\"' (issue 13, cause 5)", () => {
  assert.equal(q('Ann Cole told "Morning Harbor" that the pier was unsafe.').map((r) => [r[0], r[1]]), [["indirect", "the pier was unsafe"]]);
  assert.equal(q('Ann Cole said on "Harbor Week," the weekly program, that she would run.').filter((r) => r[0] !== "indirect"), []);
  assert.equal(q('In her book, "The Long Pier," Ann Cole argued for a new harbor.').filter((r) => r[0] !== "indirect"), []);
  assert.equal(q('On the weekend broadcast of "Harbor Week," Ann Cole said the pier would close.').filter((r) => r[0] !== "indirect"), []);
  // Title case after "of" is still a quote: 'warned of a "Grave Threat"'.
  assert.equal(q('Ann Cole warned of a "Grave Threat To The Harbor."').map((r) => r[0]), ["partial"]);
});

test("'\"...,\" the letter reads', 'as X put it', 'chanted' introduce quotes; 'read' before a title does not (issue 13, cause 6)", () => {
  assert.equal(q('"We see hope for every child," the letter reads.').map((r) => [r[1], r[2], r[4]]), [["We see hope for every child,", "letter", "read"]]);
  assert.equal(q('As Ann Cole put it in a statement, the harbor is "a place you will not find elsewhere."').map((r) => [r[0], r[2], r[4]]), [["partial", "Ann Cole", "put it"]]);
  assert.equal(q('Dock workers chanted "Save the pier!" and kept marching.').map((r) => [r[1], r[2], r[4]]), [["Save the pier!", "Dock workers", "chant"]]);
  assert.equal(q('She read "Goodnight Harbor" to the children.'), []);
});

test("a participle after a relative clause takes the main clause's subject, not the relative clause's (issue 13, cause 1)", () => {
  const r = q('Tom Reed refused to pay an architect who said he was cheated of his fee, saying, "Maybe he did a bad job."');
  assert.equal(r.map((x) => [x[0], x[2], x[4]]), [["indirect", "architect", "say"], ["direct", "Tom Reed", "say"]]);
});

test("an inverted attribution with a common noun after a determiner names the speaker as written: 'said the narrator', 'said one source' (issue 13, cause 3)", () => {
  assert.equal(q('"It was a dark night," said the narrator.').map((r) => [r[1], r[2], r[3]]), [["It was a dark night,", "narrator", "unknown"]]);
  assert.equal(q('"The pier is closed," said one source in the room.').map((r) => r[2]), ["source"]);
});

test("a person's name modifying a common noun is a group speaker kept as written, with the person's side only when the noun belongs to them (issue 13, cause 8)", () => {
  const local = validateRegistry({ sides: [{ id: "blue", label: "Blue" }], actors: [{ id: "cole", name: "Ann Cole", side: "blue", aliases: ["Cole"] }] }, "local registry");
  const who = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry: local }).map((r) => [r.speaker, r.speakerId, r.side]);
  assert.equal(who("The Cole campaign said the pier would be rebuilt next year."), [["Cole campaign", null, "blue"]]);
  assert.equal(who("Cole critics said the pier would never be rebuilt."), [["Cole critics", null, "unknown"]]);
  assert.equal(who("Ann Cole said the pier would be rebuilt next year."), [["Ann Cole", "cole", "blue"]]);
});

test("'issued a statement saying' and 'telling reporters that' take the clause's subject (issue 13, cause 1)", () => {
  const local = validateRegistry({ actors: [{ id: "council", name: "Harbour Council", kind: "organisation", side: "unknown", aliases: [] }] }, "local registry");
  const who = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry: local }).map((r) => [r.kind, r.text, r.speaker, r.cue]);
  assert.equal(who("The Harbour Council issued a statement saying the pier would close in May."), [["indirect", "the pier would close in May", "Harbour Council", "say"]]);
  assert.equal(who("Ann Cole left the pier, telling reporters that the channel was safe."), [["indirect", "the channel was safe", "Ann Cole", "tell"]]);
});

test("a quote ending in '?\"', '!\"' or '...\"' keeps its attribution after it (issue 13, cause 3)", () => {
  for (const [mark, cue] of [["?", "ask"], ["!", "shout"], ["...", "say"]]) {
    const verb = cue === "ask" ? "asked" : cue === "shout" ? "shouted" : "said";
    const r = q(`Ann Cole waved. "It is over${mark}" she ${verb}.`);
    assert.equal(r.map((x) => [x[0], x[2], x[4]]), [["direct", "Ann Cole", cue]], mark);
  }
});

test("a partial quote carries the reported clause it sits in (clauseStart, clauseEnd, clause): after its cue, or up to its closing mark before its attribution; two fragments of one clause share it", () => {
  const clauses = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.kind, r.text, r.clause, r.clause === undefined ? undefined : text.slice(r.clauseStart, r.clauseEnd) === r.clause]);
  assert.equal(clauses('Ann Cole said the pier was "a disgrace" and should close.'), [["partial", "a disgrace", 'the pier was "a disgrace" and should close', true]]);
  assert.equal(clauses('Dan Pike told reporters that the plan was "rushed" and "unfair" to fishermen.'), [
    ["partial", "rushed", 'the plan was "rushed" and "unfair" to fishermen', true],
    ["partial", "unfair", 'the plan was "rushed" and "unfair" to fishermen', true],
  ]);
  // A fragment ending its sentence: the clause runs to its closing mark, the stop inside it kept.
  assert.equal(clauses('Ann Cole said the council favors a "strongman approach."'), [["partial", "strongman approach.", 'the council favors a "strongman approach."', true]]);
  // Attributed after the quote: the sentence up to the closing mark. A direct quote: no clause.
  assert.equal(clauses('The pier was "a disgrace," Ann Cole said.'), [["partial", "a disgrace,", 'The pier was "a disgrace,"', true]]);
  assert.equal(clauses('"The pier is a disgrace," Ann Cole said.').map((r) => r[2]), [undefined]);
});

test("a title-case quote alone in its paragraph is a section heading, and a title after a possessive ('on his \"Harbor Hour\" show') is a title: neither is a quote, and the cue after it stays free", () => {
  assert.equal(q('Ann Cole said, "The pier is closed."\n\n\'All Bets Are Off.\'\n\nThe storms came in May.').map((r) => r[1]), ["The pier is closed."]);
  assert.equal(q('Dan Pike took calls from skippers on his "Harbor Hour" radio show who said they had lost their moorings.').map((r) => [r[0], r[1]]), [["indirect", "they had lost their moorings"]]);
});

test("a headline 'Name: words' reports the words for the name when the article names it again; a section label ('Health:') or a name the article never repeats is no speaker", () => {
  const r = (text: string) => extractQuotes(parseArticle(text), { registry }).map((x) => [x.kind, x.text, x.speaker, x.speakerText]);
  assert.equal(r("Lavrov: Talks Were \u2018Useful\u2019 but Nothing Changed.\n\nOn Friday Mr Lavrov met the press."), [["indirect", "Talks Were \u2018Useful\u2019 but Nothing Changed", "Sergei Lavrov", "Lavrov"]]);
  assert.equal(r("Health: New Study Finds Harbor Water Is Safe.\n\nThe mayor spoke at the pier."), []);
  assert.equal(r("Analysis: Lavrov Holds the Line.\n\nOn Friday Mr Lavrov met the press."), []);
});

test("a transcript's turns are direct quotes of the labelled speaker, a quotation over several paragraphs included; a capitalised surname label names the actor the article mentions; one labelled paragraph is no transcript", () => {
  const text = 'Blinken spoke on Sunday.\n\n"WALLACE: Let us start with the talks. Why meet now?\n\n"BLINKEN: Well, look, we had to meet.\n\n"But the truth is that the talks were hard.\n\nThe two men left.';
  const rs = extractQuotes(parseArticle(text, { headline: null }), { registry });
  assert.equal(rs.map((x) => [x.kind, x.speaker, x.speakerText, x.text.replace(/\s+/g, " ")]), [
    ["direct", "WALLACE", "WALLACE", "Let us start with the talks. Why meet now?"],
    ["direct", "Antony Blinken", "BLINKEN", 'Well, look, we had to meet. "But the truth is that the talks were hard.'],
  ]);
  assert.equal(extractQuotes(parseArticle("MOSCOW: The talks ended on Friday without a deal.\n\nThe two men left.", { headline: null }), { registry }), []);
});

test("a short capitalised fragment inside the reporter's sentence is partial even when its attribution follows, and keeps its clause", () => {
  const [r] = extractQuotes(parseArticle('Pressure is building on the council, which was greeted with chants of "Resign!" at a meeting last month, according to Mr Lavrov.', { headline: null }), { registry });
  assert.equal([r.kind, r.text, r.speaker, r.clause], ["partial", "Resign!", "Sergei Lavrov", 'Pressure is building on the council, which was greeted with chants of "Resign!"']);
});

test.run();
