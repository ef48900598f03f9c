import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { extractQuotes } from "../../src/quotes/extract";
import { mayBePerson, skipTimeBack } from "../../src/quotes/speaker-clues";

// A registry that knows nobody in these sentences: every speaker comes from the text itself.
const registry = validateRegistry({ sides: [{ id: "town", label: "Town" }], actors: [{ id: "council", name: "Harbour Council", kind: "organisation", side: "town", aliases: [] }] }, "test registry");
const q = (text: string) => extractQuotes(parseArticle(text, { headline: null }), { registry }).map((r) => [r.kind, r.text, r.speaker]);

test("a time phrase before the cue is not the subject: 'X on Tuesday said' is X", () => {
  assert.equal(q("Ann Cole on Tuesday said the pier would open in May."), [["indirect", "the pier would open in May", "Ann Cole"]]);
});

test("a short bracket between name and cue is skipped: 'Rep. Ann Cole (D-Ohio) said'", () => {
  assert.equal(q("Rep. Ann Cole (D-Ohio) said the pier would open in May."), [["indirect", "the pier would open in May", "Rep. Ann Cole"]]);
});

test("the head of a postmodified phrase speaks: 'officials in both towns said' is officials", () => {
  assert.equal(q("Officials in both towns said the pier would open in May."), [["indirect", "the pier would open in May", "Officials"]]);
});

test("a bare title stands for the person the text introduced with it", () => {
  const r = q('Gov. Ann Cole visited the pier on Monday. "It will open in May," the governor said.');
  assert.equal(r, [["direct", "It will open in May,", "Ann Cole"]]);
  // The holder's name is every capitalised word after the title, however the tagger read them.
  assert.equal(q('Gov. Mike Pence visited the pier on Monday. "It will open in May," the governor said.').map((x) => x[2]), ["Mike Pence"]);
});

test("he/she resolve to a person named in the text when the registry does not know them, and a continuation follows", () => {
  const r = q('Dan Pike, a harbor pilot, was at the pier on Sunday. "The tide was wrong," he said. "We could not turn the boat."');
  assert.equal(r.map((x) => x[2]), ["Dan Pike", "Dan Pike"]);
  assert.equal(r.map((x) => x[1]), ["The tide was wrong,", "We could not turn the boat."]);
});

test("an adverb or intensifier between quote and cue: '...,' Ms. Cole also said; '...,' Pike himself said", () => {
  assert.equal(q('"The pier will open in May," Ms. Cole also said.').map((x) => x[2]), ["Ms. Cole"]);
  assert.equal(q('"We are done with the pier," Pike himself said.').map((x) => x[2]), ["Pike"]);
});

test("a participle cue with no earlier cue takes the clause's subject", () => {
  const r = q('Mayor Ann Cole stepped in on Monday, calling the plan "a gift to the harbor."');
  assert.equal(r.map((x) => [x[0], x[2]]), [["partial", "Mayor Ann Cole"]]);
});

test("a prepositional phrase after the cue is not content; the clause after 'that' is", () => {
  assert.equal(q("Cole said in a statement that the pier would open in May."), [["indirect", "the pier would open in May", "Cole"]]);
  assert.equal(q("Ann Cole spoke at the pier on Sunday."), []);
});

test("doubled apostrophes are quote marks and the speaker keeps no stray apostrophe", () => {
  assert.equal(q("''The pier will open in May,'' Mayor Ann Cole said. ''We have the money.''").map((x) => [x[0], x[1], x[2]]), [
    ["direct", "The pier will open in May,", "Mayor Ann Cole"],
    ["direct", "We have the money.", "Mayor Ann Cole"],
  ]);
});

test("inverted attributions with a title or common noun before the name: 'said spokesman Tom Reed', 'says psychologist Mara Lind'", () => {
  assert.equal(q('"We are ready," said spokesman Tom Reed.').map((x) => x[2]), ["spokesman Tom Reed"]);
  assert.equal(q('"It is a fair deal," says psychologist Mara Lind.').map((x) => x[2]), ["psychologist Mara Lind"]);
  assert.equal(q('"We lost the whole shop," said shop owner Marco Bellini, whose bakery flooded.').map((x) => x[2]), ["shop owner Marco Bellini"]);
  // A weekday after the cue is a time, not a speaker.
  assert.equal(q('"We are ready," said Friday.'), []);
});

test("an apposition holding a possessive apostrophe: 'Lucy Penrose, chair of the supporters' trust, said'", () => {
  assert.equal(q("Lucy Penrose, chair of the supporters' trust, said the sale was rushed."), [["indirect", "the sale was rushed", "Lucy Penrose"]]);
});

test("he/she never refer back to a newspaper or network that was the previous speaker", () => {
  assert.equal(q('Ann Cole visited the pier on Monday. The Herald said the pier would open in May. "We have the money," she said.').map((x) => x[2]), ["Herald", "Ann Cole"]);
  // With nobody else named, "she" stays as written rather than becoming the newspaper.
  assert.equal(q('The Herald said the pier would open in May. "We have the money," she said.').map((x) => x[2]), ["Herald", "she"]);
});

test("mayBePerson: capitalised names without organisation words, not 'The ...'", () => {
  assert.equal(["Trump", "Sen. Ann Cole", "The Hill", "Fox News", "Harbour Council", "Ann Cole's", "ann"].map(mayBePerson), [true, true, false, false, false, true, false]);
});

test("a later cue takes over when the first has no speaker: a fronted participle, a participle apposition", () => {
  assert.equal(q("Responding to questions about the pier, Mayor Ann Cole said the work would end in May."), [["indirect", "the work would end in May", "Mayor Ann Cole"]]);
  assert.equal(q("Cole, speaking to reporters, said the pier would open in May."), [["indirect", "the pier would open in May", "Cole"]]);
  // A later cue inside the first report's content stays content.
  assert.equal(q("Cole said the council had warned that the pier would open late.").length, 1);
});

test("a report in a relative clause ends at the clause's closing comma, and a cue after the clause is free", () => {
  assert.equal(q("Harbour lawmakers, who said the plan was rushed, voted against it."), [["indirect", "the plan was rushed", "Harbour lawmakers"]]);
  // "which critics said was rushed" is too short to be a report; the trailing "Cole said" reports the sentence.
  assert.equal(q("The plan, which critics said was rushed, passed on Monday, Cole said."), [["indirect", "The plan, which critics said was rushed, passed on Monday", "Cole"]]);
});

test("skipTimeBack steps over 'on Tuesday', 'last month', 'Tuesday night' and nothing else", () => {
  const toks = (s: string) => parseArticle(s, { headline: null }).tokens;
  const a = toks("Cole on Tuesday said");
  assert.is(skipTimeBack(a, 2, 0), 0);
  const b = toks("The firm last month said");
  assert.is(skipTimeBack(b, 3, 0), 1);
  const c = toks("Cole on the pier said");
  assert.is(skipTimeBack(c, 3, 0), 3);
});

test("after a quote, an apposition, a bracket or an age may stand between the name and its cue", () => {
  assert.equal(q('"The pier opens in May," Ann Cole, a harbor pilot for thirty years, said.').map((x) => x[2]), ["Ann Cole"]);
  assert.equal(q('"The pier opens in May," Rep. Ann Cole (D-Ohio), 62, said on Monday.').map((x) => x[2]), ["Rep. Ann Cole"]);
});

test("a name opening the clause speaks across an age, a place and a relative clause: 'Ann Cole, 59, of Dover, Del., said'", () => {
  assert.equal(q("Ann Cole, 59, of Dover, Del., said the pier would open in May."), [["indirect", "the pier would open in May", "Ann Cole"]]);
  assert.equal(q("Tom Reed, head of the pilots' union, which has 900 members, said the pier would open in May.").map((x) => x[2]), ["Tom Reed"]);
  // A list of names is no apposition: the phrase before the cue speaks.
  assert.equal(q("Cole, Pike and Reed said the pier would open in May.").map((x) => x[2]), ["Pike and Reed"]);
});

test("a coordinated subject is one group speaker, with the side its names share (issue 13, cause 8)", () => {
  assert.equal(q("Mr. Pike and Ms. Cole said the pier would open in May."), [["indirect", "the pier would open in May", "Mr. Pike and Ms. Cole"]]);
  const r = extractQuotes(parseArticle("Harbour Council and its allies said the pier would open in May.", { headline: null }), { registry });
  assert.equal(r.map((x) => [x.speaker, x.side]), [["Harbour Council", "town"]]);
  // "and" joining two clauses does not join their subjects.
  assert.equal(q("Ann Cole left the room and reporters said the pier would open in May.").map((x) => x[2]), ["reporters"]);
});

test("a signature after a quote speaks: a dash and a name ending the paragraph", () => {
  assert.equal(q("\u201CThe pier must stay open.\u201D \u2015 Ann Cole\n\n\u201CIt never closes.\u201D \u2015 Tom J. Reed"), [["direct", "The pier must stay open.", "Ann Cole"], ["direct", "It never closes.", "Tom J. Reed"]]);
});

test("an inverted attribution keeps a title's dot inside the name: 'said the Rev. Ann Cole'", () => {
  assert.equal(q('"The pier is a blessing," said the Rev. Ann Cole.').map((x) => x[2]), ["Rev. Ann Cole"]);
});

test("a passive cue after 'are' has no speaker: 'When pilots are warned, ...'", () => {
  assert.equal(q("When pilots are warned the tide is low, the pier closes for the day."), []);
});

test("a quote ending its sentence and a capitalised pronoun after it: a new sentence, not an attribution", () => {
  const r = q('Ann Cole asked on the radio, "Who will pay for the pier?" He never answered the question.');
  assert.equal(r.map((x) => x[2]), ["Ann Cole"]);
  assert.equal(q('"Who will pay for the pier?" he asked.').map((x) => x[2]), ["he"]);
});

test("a sentence split after '?\"' keeps its short attribution: '\"...?\" Pike demanded.'", () => {
  assert.equal(q('"Why is the pier still closed to the pilots?" Pike demanded. The council did not answer.').map((x) => x[2]), ["Pike"]);
  // A longer sentence after the quote is no attribution.
  assert.equal(q('Cole wrote: "Why is the pier still closed?" Pike said the council would reopen it in May.').map((x) => [x[0], x[2]]), [["direct", "Cole"], ["indirect", "Pike"]]);
});

test("inverted attributions: a determiner before adjectives or a number, a number before a title, a time is no speaker", () => {
  assert.equal(q('"We will win," said a Democratic source.'), [["direct", "We will win,", "source"]]);
  assert.equal(q('"We will win," said one senior source on the panel.'), [["direct", "We will win,", "source"]]);
  assert.equal(q('"We will win," said two officials.'), [["direct", "We will win,", "officials"]]);
  assert.equal(q('"We will win," said 9/11 widow Ann Cole.'), [["direct", "We will win,", "widow Ann Cole"]]);
  assert.equal(q('"We will win," said an hour later.'), []);
});

test("a name's party and state tag, and a title of capitalised common nouns, stand between quote and cue", () => {
  assert.equal(q('"We will win," Dan Pike, R-Calif., said.'), [["direct", "We will win,", "Dan Pike"]]);
  assert.equal(q('"Our guess is right," Harbor Council Leader Dan Pike, R-Del., said Friday.'), [["direct", "Our guess is right,", "Harbor Council Leader Dan Pike"]]);
  assert.equal(q("Dan Pike, D-N.Y., said the vote would be overturned."), [["indirect", "the vote would be overturned", "Dan Pike"]]);
  // A capitalised common noun alone, with no name, is still no leading name.
  assert.equal(q('"We will win," Officials, R-Calif., said.').map((r) => r[2]), []);
});

test("a loose cue with a comma or colon alone before the quote introduces it ('asked, \"...\"'); a name right before a participle is its subject", () => {
  assert.equal(q('Ann Cole asked, "Why is the pier closed?"'), [["direct", "Why is the pier closed?", "Ann Cole"]]);
  assert.equal(q('Ann Cole asked: "Why is the pier closed?"'), [["direct", "Why is the pier closed?", "Ann Cole"]]);
  assert.equal(q('The clip shows Ann Cole asking, "Why is the pier closed?"'), [["direct", "Why is the pier closed?", "Ann Cole"]]);
  assert.equal(q("The council met on Monday, with Ann Cole saying the pier would close."), [["indirect", "the pier would close", "Ann Cole"]]);
  // After a comma the participle still shares the clause's subject.
  assert.equal(q("Dan Pike spoke at the pier on Monday, saying it would close soon."), [["indirect", "it would close soon", "Dan Pike"]]);
});

test("an outlet named with 'Today' after a name is no time phrase; a progressive cue keeps its own subject; a time before a participle is no speaker", () => {
  assert.equal(q("Russia Today reported that the talks had failed."), [["indirect", "the talks had failed", "Russia Today"]]);
  assert.equal(q("Dan Pike on Tuesday said that the talks had failed."), [["indirect", "the talks had failed", "Dan Pike"]]);
  assert.equal(q("Dan Pike has vowed to bring back lost fishing jobs, and Ann Cole is promising to help fishing towns move into new trades."), [
    ["indirect", "to bring back lost fishing jobs", "Dan Pike"],
    ["indirect", "to help fishing towns move into new trades", "Ann Cole"],
  ]);
  assert.equal(q("Dan Pike posted a series of messages early Friday saying that Ann Cole had shown bad judgment."), [["indirect", "Ann Cole had shown bad judgment", "Dan Pike"]]);
});

test("a relative clause after a name's apposition speaks for the name ('Ann Cole, now the council leader, who said')", () => {
  assert.equal(q("Dan Pike has had a cold relationship with Ann Cole, now the council leader, who in 2010 said the harbor board was broken."), [["indirect", "the harbor board was broken", "Ann Cole"]]);
  // Without a name before the apposition the phrase itself speaks.
  assert.equal(q("The plan was drafted by the council, the harbor board, which said the pier was safe.").map((r) => r[2]), ["harbor board"]);
});

test.run();
