import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { extractQuotes } from "../../src/quotes/extract";
import { reportAt } from "../../src/quotes/reported";

const registry = validateRegistry({ sides: [{ id: "town", label: "Town" }], actors: [{ id: "council", name: "Harbour Council", kind: "organisation", side: "town", aliases: [] }] }, "test registry");
const q = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.kind, r.text, r.speaker]);
const linked = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.text, r.attribution]);

test("words after a cue that open an adverbial are no report: 'spoke for about an hour', 'said as much', 'said Friday as she left'", () => {
  assert.equal(q("Ann Cole spoke for about an hour at the pier on Sunday."), []);
  assert.equal(q("Ann Cole said as much in an interview with the harbor paper."), []);
  assert.equal(q("Ann Cole said Friday as she left the meeting at the pier."), []);
  assert.equal(q("Ann Cole said during the meeting that the pier would open in May."), [["indirect", "the pier would open in May", "Ann Cole"]]);
});

test("a clause or an object after a cue is still a report: 'said the pier ...', 'noted the new rule for pilots'", () => {
  assert.equal(q("Ann Cole said the pier would open in May."), [["indirect", "the pier would open in May", "Ann Cole"]]);
  assert.equal(q("Ann Cole noted the new rule for harbor pilots."), [["indirect", "the new rule for harbor pilots", "Ann Cole"]]);
});

test("a prepositional phrase of up to 15 words may stand between cue and 'that'", () => {
  const r = q("Ann Cole suggested in a long interview published in the harbor paper on Friday that the pier would open in May.");
  assert.equal(r, [["indirect", "the pier would open in May", "Ann Cole"]]);
});

test("reportAt reads only the first word or two", () => {
  const tokens = parseArticle("for an hour. the plan. Friday as she left. whether it opens.", { headline: null }).tokens;
  const at = (w: string) => tokens.findIndex((t) => t.norm === w);
  assert.equal([reportAt(tokens, at("for"), tokens.length), reportAt(tokens, at("the"), tokens.length), reportAt(tokens, at("friday"), tokens.length), reportAt(tokens, at("whether"), tokens.length)], [false, true, false, true]);
});

test("a closing attribution whose speaker opens with a determiner or a number reports the sentence before it (issue 13, cause 3)", () => {
  assert.equal(q("The ferry will stop running in the winter, a harbor official said."), [["indirect", "The ferry will stop running in the winter", "harbor official"]]);
  assert.equal(q("The pier needs new pilings before the storms, the Harbour Council said."), [["indirect", "The pier needs new pilings before the storms", "Harbour Council"]]);
  assert.equal(q("Fares would double for most commuters, one ferry captain said."), [["indirect", "Fares would double for most commuters", "one ferry captain"]]);
});

test("'according to' after a comma reports the words before it, however long its noun phrase runs; at the sentence's start, the words after it (issue 13, cause 4)", () => {
  assert.equal(q("Most pilots would lose a day of work each week, according to a study by Ann Cole, a harbor economist at the college."), [["indirect", "Most pilots would lose a day of work each week", "study"]]);
  assert.equal(q("The ferry carried more riders than ever, according to the Harbour Council, twice what it expected."), [["indirect", "The ferry carried more riders than ever", "Harbour Council"]]);
  // The tagger reads the noun after "to" as a verb ("to police"): the words up to the comma are still the source.
  assert.equal(q("According to police, the pilot left the pier before the storm."), [["indirect", "the pilot left the pier before the storm", "police"]]);
  assert.equal(q("Fares would rise sharply next year, according to the ferry-friendly Harbour Council."), [["indirect", "Fares would rise sharply next year", "Harbour Council"]]);
});

test("a report its attribution interrupts gives both halves, linked to one attribution; a second half opening with 'and' is the reporter's (issue 13, cause 3)", () => {
  assert.equal(linked("The old pier, Ann Cole said, will not survive another winter."), [["The old pier", 0], ["will not survive another winter", 0]]);
  assert.equal(linked("Too often, Ann Cole argued, the debate over the pier turns bitter."), [["Too often", 0], ["the debate over the pier turns bitter", 0]]);
  assert.equal(linked("The fares fell by a third, the council said in its report, and riders came back."), [["The fares fell by a third", undefined]]);
  // A comma after the subject alone is no interruption: "In Dover, Ann Cole said the plan ..." reports what follows.
  assert.equal(q("In Dover, Ann Cole said the pier would reopen in May."), [["indirect", "the pier would reopen in May", "Ann Cole"]]);
});

test("an inverted closing attribution reports the sentence before it, across an apposition after the name (issue 13, cause 3)", () => {
  assert.equal(q("The pier will close for the winter, said Tom Reed, a lawyer for the harbor board."), [["indirect", "The pier will close for the winter", "Tom Reed"]]);
  // A surname the tagger does not read as a name is still the speaker after "said".
  assert.equal(q("The fares will double for most riders, said Batchelder."), [["indirect", "The fares will double for most riders", "Batchelder"]]);
  // "said" followed by a clause is no inverted attribution.
  assert.equal(q("The pier was unsafe, said the plan was dead."), []);
});

test("a report runs past an aside after 'that', past a place with commas before 'that', and past a short phrase before a subject pronoun", () => {
  assert.equal(q("Ann Cole said that, if elected, she would rebuild the pier."), [["indirect", "if elected, she would rebuild the pier", "Ann Cole"]]);
  assert.equal(q("Ann Cole says at a stop in Dover, Del., that the pier is unsafe."), [["indirect", "the pier is unsafe", "Ann Cole"]]);
  // With no "that", a subject pronoun and its verb after the phrase open the report.
  assert.equal(q("Ann Cole said after the meeting she would resign from the board."), [["indirect", "she would resign from the board", "Ann Cole"]]);
});

test("a cue whose subject opens a new clause ('though she noted', 'and Tom Reed claimed') starts its own report, and the first ends at the conjunction (issue 13, cause 1)", () => {
  assert.equal(q("Ann Cole said the ferry would stop in winter, though she noted that riders could take the bus."), [
    ["indirect", "the ferry would stop in winter", "Ann Cole"],
    ["indirect", "riders could take the bus", "Ann Cole"],
  ]);
  assert.equal(q("Ann Cole said the pier was unsafe and Tom Reed claimed the pier was perfectly fine."), [
    ["indirect", "the pier was unsafe", "Ann Cole"],
    ["indirect", "the pier was perfectly fine", "Tom Reed"],
  ]);
  // A subject after "that" is inside the report: "stressed that Tom Reed had never threatened ..." is one report.
  assert.equal(q("Ann Cole stressed that Tom Reed had never threatened the pier.").length, 1);
});

test("a demand and a commitment are reports: 'called for ...', 'called on X to ...', 'vowed to ...', 'is promising to ...'; a plan's 'calls for' is not", () => {
  assert.equal(q("Ann Cole called for the complete repeal of the harbor tax."), [["indirect", "the complete repeal of the harbor tax", "Ann Cole"]]);
  assert.equal(q("Ann Cole called on the council to stop attacking the pier and apologize."), [["indirect", "the council to stop attacking the pier and apologize", "Ann Cole"]]);
  assert.equal(q("Ann Cole vowed to bring back lost fishing jobs and roll back the rules."), [["indirect", "to bring back lost fishing jobs and roll back the rules", "Ann Cole"]]);
  assert.equal(q("Ann Cole is promising to help fishing towns move into new trades."), [["indirect", "to help fishing towns move into new trades", "Ann Cole"]]);
  assert.equal(q("The plan calls for spending five million dollars on the pier."), []);
  // An infinitive after other cues is still no report, and "promising" before a noun is an adjective.
  assert.equal(q("Ann Cole said to the council that the pier was late."), [["indirect", "the pier was late", "Ann Cole"]]);
  assert.equal(q("The harbor is promising to be busy this summer."), []);
  // The labelling "call" keeps its quoted fragment.
  assert.equal(q('Ann Cole called the plan "a disaster."'), [["partial", "a disaster.", "Ann Cole"]]);
});

test("'but has said' and 'and also said' are coordinated cues; an approximate number after a cue opens a report", () => {
  assert.equal(q("Ann Cole has backed the plan but has said she will hold firm to the harbor rules."), [["indirect", "she will hold firm to the harbor rules", "Ann Cole"]]);
  assert.equal(q("Ann Cole has said about 20 people have shown an interest in the seat."), [["indirect", "about 20 people have shown an interest in the seat", "Ann Cole"]]);
  // "about" before anything but a number still opens an adverbial.
  assert.equal(q("Ann Cole spoke about the pier at length on Sunday."), []);
});

test("loose cues that still report: 'asked whether', 'asked X to', the labelling 'called X a Y'; not 'asked about', 'called a meeting', 'called the police to'", () => {
  assert.equal(q("Ann Cole asked whether the pier would open in May."), [["indirect", "whether the pier would open in May", "Ann Cole"]]);
  assert.equal(q("Ann Cole asked the candidates to discuss their own ideas."), [["indirect", "the candidates to discuss their own ideas", "Ann Cole"]]);
  assert.equal(q("Ann Cole has called the harbor tax a hoax made up by the council."), [["indirect", "the harbor tax a hoax made up by the council", "Ann Cole"]]);
  assert.equal(q("Ann Cole asked about the pier."), []);
  assert.equal(q("Ann Cole called a meeting for Monday."), []);
  assert.equal(q("Ann Cole called the police to the pier."), []);
});

test("'X then said' keeps X as the subject (', then said' shares the clause's); a participle after a comma may take an infinitive; 'notes' after a name before a pronoun is a verb; 'the attorney general' heads a subject", () => {
  assert.equal(q("Ann Cole then said that one storm may have more than one victim."), [["indirect", "one storm may have more than one victim", "Ann Cole"]]);
  assert.equal(q("Ann Cole walked in, then said that one storm may have more than one victim."), [["indirect", "one storm may have more than one victim", "Ann Cole"]]);
  assert.equal(q("Dan Pike spoke to a meeting of fishing leaders, promising to lift the harbor rules."), [["indirect", "to lift the harbor rules", "Dan Pike"]]);
  assert.equal(q("Dan Pike notes they were appointed before she took office."), [["indirect", "they were appointed before she took office", "Dan Pike"]]);
  assert.equal(q("The Lynch notes they found were old."), []);
  assert.equal(q("The state attorney general is confirming that the harbor fund is not registered as a charity."), [["indirect", "the harbor fund is not registered as a charity", "state attorney general"]]);
});

test("a quote closed before a short tail of the reporter's words keeps the attribution after the tail's comma", () => {
  assert.equal(q('"The only way the harbor will change is if owners face fines" for the damage, she said.'), [["direct", "The only way the harbor will change is if owners face fines", "she"]]);
  // A tail with a verb is a clause of its own: the quote is no direct quote of hers; the sentence is her report.
  assert.equal(q('"The pier is old" is a phrase Ann Cole repeats at every meeting of the harbor board, she said.').map((r) => r[0]), ["indirect"]);
});

test("an infinitive cue is no report; a verb right after the cue ends a reduced relative clause, unless a relative pronoun opens it", () => {
  assert.equal(q("Ann Cole would need a council majority to confirm the new harbor master by May."), []);
  assert.equal(q("Everything Dan Pike says is a lie unless proven otherwise."), []);
  assert.equal(q("The storms, which he said would also trigger a response, came in May.").map((r) => r[1]), ["would also trigger a response"]);
  // "that" after the cue may be the report's subject: "critics say that is like ...".
  assert.equal(q("The fines are small but critics say that is like bringing a knife to a gunfight.").map((r) => r[1]), ["is like bringing a knife to a gunfight"]);
});

test("before a closing attribution a quoted fragment stays inside the report; 'in 2010' before a cue is a time", () => {
  assert.equal(q('A cashier who "steals a handful of coins" is held to account, Ann Cole said.'), [["indirect", 'A cashier who "steals a handful of coins" is held to account', "Ann Cole"]]);
  assert.equal(q("Ann Cole in 2010 said the harbor was safe."), [["indirect", "the harbor was safe", "Ann Cole"]]);
  // Elsewhere the report still ends where a quote opens.
  assert.equal(q('Ann Cole said the plan was dead, "and we will fight it to the end."').map((r) => r[0]), ["partial"]);
});


test("a closing attribution may end in a phrase without a verb ('said one source in the room', 'told the Herald on Thursday'); an object of the cue or a verb after it makes no closing attribution", () => {
  assert.equal(q("The meeting went badly from there, said one harbor source in the room."), [["indirect", "The meeting went badly from there", "harbor source"]]);
  assert.equal(q("The ferry could run all winter, Ann Cole told the Dover Herald on Thursday."), [["indirect", "The ferry could run all winter", "Ann Cole"]]);
  assert.equal(q("The ferry could run all winter, Ann Cole said on Thursday."), [["indirect", "The ferry could run all winter", "Ann Cole"]]);
  // "acknowledged their battle", "said enough": the words after the cue are its object, not a closing phrase.
  assert.equal(q("In a harbor newsletter last week, Ann Cole acknowledged their uphill battle."), []);
  assert.equal(q("When the council cut the funding two years later, Dan Pike said enough."), []);
  // "which pilots say disadvantages small boats": the verb after the cue belongs to the relative clause.
  assert.equal(q("The pilots protested the fee system, which skippers say disadvantages small boats."), []);
});

test("a floating quantifier after the subject is skipped ('the skippers all suggested'); 'continues to insist' and 'went on to say' report with the subject of the carrying verb; 'advisers to X' is headed by advisers", () => {
  assert.equal(q("Ann Cole and Dan Pike all suggested that the fees could be challenged in court.").map((r) => r[1]), ["the fees could be challenged in court"]);
  assert.equal(q("The harbor master continues to insist that the pier is safe."), [["indirect", "the pier is safe", "harbor master"]]);
  assert.equal(q("Ann Cole went on to say that the pier is safe."), [["indirect", "the pier is safe", "Ann Cole"]]);
  // Any other infinitive cue stays no report (what someone may or must say).
  assert.equal(q("Ann Cole wants to say that the pier is safe."), []);
  assert.equal(q("In recent days, advisers to Ann Cole say, the harbor master has grown tired of the fight.").map((r) => r[2]), ["advisers", "advisers"]);
});

test("the labelling 'called X Y' takes an object with prepositional phrases and an adjective label; 'adding a few towns' is no speech", () => {
  assert.equal(q("The Harbour Council called the charges unsubstantiated and unfair."), [["indirect", "the charges unsubstantiated and unfair", "Harbour Council"]]);
  assert.equal(q("Ann Cole called her vote in favor of the harbor tax a mistake."), [["indirect", "her vote in favor of the harbor tax a mistake", "Ann Cole"]]);
  assert.equal(q("The union called off a strike planned for Monday."), []);
  assert.equal(q("The skippers said the council had drawn the district by adding a few small towns to the harbor."), [["indirect", "the council had drawn the district by adding a few small towns to the harbor", "skippers"]]);
  assert.equal(q("Ann Cole spoke at the pier, adding the fees would rise in May.").map((r) => r[1]), ["the fees would rise in May"]);
});

test("a quoted fragment after a cue inside an earlier cue's report belongs to the earlier cue ('said it would tell a story, one of \"...\"'); a cue past the head's quote is free again", () => {
  const rs = extractQuotes(parseArticle("Ann Cole, opening the museum on Saturday, said it would tell a harbor story, one of \"storms and rescues, of loss but also of hope.\"", { headline: null }), { registry });
  assert.equal(rs.map((r) => [r.kind, r.cue, r.speaker]), [["partial", "say", "Ann Cole"]]);
  assert.equal(q('Dan Pike said "the harbor has a long list of problems," like rot and rust, which he said would also need money from the council.').map((r) => r[0]), ["partial", "indirect"]);
});

test("'believes' and 'criticized X for Y' give no report (a belief the reporter ascribes; a target, not words); 'says something about', 'Let's say' and 'said and did' are no speech", () => {
  assert.equal(q("Ann Cole believes the pier will outlast the storms."), []);
  assert.equal(q("Ann Cole criticized the council for raising the harbor fees again."), []);
  assert.equal(q("A council that cannot fix its own pier says something about the state of the harbor."), []);
  assert.equal(q("Let's say you think a new pier will cost a million dollars."), []);
  assert.equal(q("Would you vote for a skipper who said and did the same things as the mayor?"), []);
});

test("a person's pronoun opening an earlier cue's report gives its quoted fragment to the earlier cue ('said he thought the fees were \"a disgrace\"'); further on it keeps its own ('vows to end what he calls \"...\"')", () => {
  const r = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).filter((x) => x.kind === "partial").map((x) => [x.cue, x.speaker]);
  assert.equal(r('Ann Cole said he thought the fees were "a disgrace to the harbor."'), [["say", "Ann Cole"]]);
  assert.equal(r('Dan Pike is running an advert that praises the pier, vows to end what he calls "the war on skippers," and more.').map((x) => x[0]), ["call"]);
});

test("speakers: 'many of whom say' speaks for the phrase before the comma; 'those close to him', 'people familiar with the talks' are headed phrases", () => {
  assert.equal(q("The fees upset the skippers of the harbor, many of whom say the council ignored their letters."), [["indirect", "the council ignored their letters", "skippers of the harbor"]]);
  assert.equal(q("Those close to him say that, in addition to the pier, he would have to fix the dock."), [["indirect", "he would have to fix the dock", "Those close to him"]]);
  assert.equal(q("People familiar with the talks said the harbor deal was close."), [["indirect", "the harbor deal was close", "People familiar with the talks"]]);
});

test.run();
