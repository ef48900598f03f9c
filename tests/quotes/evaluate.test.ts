import * as fs from "fs";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus } from "../../src/corpus/load";
import { extractQuotes } from "../../src/quotes/extract";
import { GoldQuote, findSpans, goldWords, sameSpeaker, unmatchedPredictions, scoreQuotes, speakerAgrees, speakerHead, sumScores, wordSpans, wordsIn } from "../../src/quotes/evaluate";
import { QuoteRecord } from "../../src/quotes/types";
import { basilGold, basilSpeaker, locatePhrase } from "../../scripts/basil-to-gold";
import { isSpeechCue, polnearGold } from "../../scripts/polnear-to-gold";
import { REPO, SEEDS, tempDir } from "../helpers";

const text = "one two three four five six seven eight nine ten";
//            0   4   8     14   19   24  28    34    40   45
const pred = (start: number, end: number, speaker: string | null = "A", speakerText: string | null = speaker): QuoteRecord => ({
  articleId: "x", outlet: "X", kind: "direct", text: text.slice(start, end), start, end, cue: "say", speaker, speakerText, speakerId: null, side: "unknown", sentence: 0,
});

/** A PolNeAR-shaped folder in the temporary folder: text/DOC.txt and attributions/DOC_ann1.ann. */
function polnearDir(prefix: string, doc: string, txt: string, ann: string): string {
  const dir = tempDir(prefix);
  fs.mkdirSync(path.join(dir, "attributions"));
  fs.mkdirSync(path.join(dir, "text"));
  fs.writeFileSync(path.join(dir, "text", `${doc}.txt`), txt);
  fs.writeFileSync(path.join(dir, "attributions", `${doc}_ann1.ann`), ann);
  return dir;
}

test("scoreQuotes matches by word overlap |A∩B| / max(|A|,|B|) at the threshold", () => {
  const gold: GoldQuote[] = [{ start: 0, end: 18, speaker: "A" }]; // one..four (4 words)
  // predicted two..four: 3 shared / max(4,3) = 0.75 -> matches at 0.3, not at 0.8
  assert.is(scoreQuotes(text, gold, [pred(4, 18)], 0.3).matched, 1);
  assert.is(scoreQuotes(text, gold, [pred(4, 18)], 0.8).matched, 0);
  const s = scoreQuotes(text, gold, [pred(0, 18), pred(34, 44)], 0.8);
  assert.equal([s.matched, s.precision, s.recall], [1, 0.5, 1]);
  assert.is(s.f1, (2 * 0.5 * 1) / 1.5);
});

test("scoreQuotes with overlap 'gold' counts the share of the gold's words covered, above the threshold (the Gender Gap Tracker's rule)", () => {
  const gold: GoldQuote[] = [{ start: 0, end: 18, speaker: "A" }]; // one..four (4 words)
  // one..ten covers all 4 gold words: 4/4 = 1 under the gold rule, 4/10 = 0.4 symmetric.
  assert.is(scoreQuotes(text, gold, [pred(0, 49)], 0.8, undefined, { overlap: "gold" }).matched, 1);
  assert.is(scoreQuotes(text, gold, [pred(0, 49)], 0.8).matched, 0);
  // "one" alone covers 1/4 = 0.25: no match at 0.3 either way.
  assert.is(scoreQuotes(text, gold, [pred(0, 3)], 0.3, undefined, { overlap: "gold" }).matched, 0);
  // Strictly above: a cover of exactly 0.5 does not pass 0.5 under the gold rule, passes symmetric (2/max(4,2)).
  assert.is(scoreQuotes(text, gold, [pred(0, 7)], 0.5, undefined, { overlap: "gold" }).matched, 0);
  assert.is(scoreQuotes(text, gold, [pred(0, 7)], 0.5).matched, 1);
  // Linked pieces one..two and three..four together cover 4/4; each alone 2/4.
  const a = { ...pred(0, 7), attribution: 0 };
  const b = { ...pred(8, 18), attribution: 0 };
  const linked = scoreQuotes(text, gold, [a, b], 0.8, undefined, { overlap: "gold", linked: true });
  assert.equal([linked.predicted, linked.matched], [1, 1]);
  // One to one: of two predictions covering the gold, the better takes it and the other is unmatched.
  const two = scoreQuotes(text, gold, [pred(0, 13), pred(0, 18)], 0.3, undefined, { overlap: "gold" });
  assert.equal([two.matched, two.precision], [1, 0.5]);
});

test("scoreQuotes with clauses scores a partial quote on its reported clause's words, linked fragments of one clause as one", () => {
  // Gold: the clause three..eight (6 words); the fragment five..six (2 words) sits in it: 2/6 below 0.5.
  const gold: GoldQuote[] = [{ start: 8, end: 39, speaker: "A" }];
  const fragment: QuoteRecord = { ...pred(19, 27), kind: "partial", clauseStart: 8, clauseEnd: 39, clause: text.slice(8, 39) };
  assert.is(scoreQuotes(text, gold, [fragment], 0.5).matched, 0);
  assert.is(scoreQuotes(text, gold, [fragment], 0.5, undefined, { clauses: true }).matched, 1);
  assert.is(scoreQuotes(text, gold, [fragment], 0.8, undefined, { clauses: true, overlap: "gold" }).matched, 1);
  // Two fragments of the clause: linked, one prediction and a match; apart, the second is unmatched.
  const second: QuoteRecord = { ...fragment, start: 28, end: 33, text: "seven" };
  const both = scoreQuotes(text, gold, [{ ...fragment, attribution: 0 }, { ...second, attribution: 0 }], 0.5, undefined, { clauses: true, linked: true });
  assert.equal([both.predicted, both.matched], [1, 1]);
  assert.equal([scoreQuotes(text, gold, [fragment, second], 0.5, undefined, { clauses: true }).predicted, scoreQuotes(text, gold, [fragment, second], 0.5, undefined, { clauses: true }).matched], [2, 1]);
});

test("scoreQuotes with outside: an unmatched prediction on an annotated attribution left out of the compared gold leaves the predicted count", () => {
  const gold: GoldQuote[] = [{ start: 0, end: 18, speaker: "A" }]; // one..four
  const outside: GoldQuote[] = [{ start: 24, end: 38, speaker: "B" }]; // six..eight, a belief say
  const predicted = [pred(0, 18), pred(24, 38), pred(40, 49)]; // the gold, the belief, nine..ten (nothing)
  const plain = scoreQuotes(text, gold, predicted, 0.5);
  assert.equal([plain.predicted, plain.matched, plain.precision], [3, 1, 1 / 3]);
  const s = scoreQuotes(text, gold, predicted, 0.5, undefined, { outside });
  assert.equal([s.predicted, s.matched, s.precision, s.recall], [2, 1, 0.5, 1]);
  // One to one: two predictions on one outside attribution, only one leaves the count.
  assert.is(scoreQuotes(text, gold, [pred(0, 18), pred(24, 38), pred(24, 38)], 0.5, undefined, { outside }).predicted, 2);
  // A prediction matched to the compared gold is never taken by an outside attribution.
  assert.is(scoreQuotes(text, gold, [pred(0, 18)], 0.5, undefined, { outside: [{ start: 0, end: 18, speaker: "B" }] }).predicted, 1);
});

test("isSpeechCue reads a PolNeAR cue's verb after auxiliaries and adverbs (any -ly adverb, now, long, further, went on to), in any inflection, the speech verbs issue 13 names (charge, pledge, indicate) and directives and proposals (demand, threaten, propose) included; beliefs, evidence and noun-phrase verbs are no speech", () => {
  for (const c of ["said", "has said", "also said", "said:", "said Monday", "is warning", "argues", "testified", "according to", "put it", "pointed out", "Tells", "didn't deny", "was stressing", "replied", "urges", "had told",
    "now says", "has long said", "further asserted", "successfully argued", "went on to explain", "charges", "pledged", "indicated", "is demanding", "threatened", "proposes"]) assert.ok(isSpeechCue(c), c);
  for (const c of ["thinks", "believes", "truly believed", "wants", "shows", "found", "cited", "agreed", "criticized", "has sharply criticized", ":", "\u2015", "", "has", "plans", "only"]) assert.not.ok(isSpeechCue(c), c);
});

test("scoreQuotes with linked: pieces the extractor gave one attribution number count as one prediction, the union of their words; without it, each piece counts", () => {
  // Gold: one content in two pieces, one..three and six..eight (PolNeAR's '"A," he said. "B."').
  const gold: GoldQuote[] = [{ start: 0, end: 38, speaker: "Ann Cole", pieces: [[0, 13], [24, 38]] }];
  const a = { ...pred(0, 13, "Ann Cole"), attribution: 0 };
  const b = { ...pred(24, 38, "Ann Cole"), attribution: 0 };
  const plain = scoreQuotes(text, gold, [a, b], 0.8);
  assert.equal([plain.predicted, plain.matched], [2, 0]); // each piece overlaps 3/6 only
  const linked = scoreQuotes(text, gold, [a, b], 0.8, undefined, { linked: true });
  assert.equal([linked.predicted, linked.matched, linked.precision, linked.speakerCorrect], [1, 1, 1, 1]);
  // Pieces without an attribution number, or with different ones, stay apart.
  assert.is(scoreQuotes(text, gold, [pred(0, 13), pred(24, 38)], 0.3, undefined, { linked: true }).predicted, 2);
  assert.is(scoreQuotes(text, gold, [a, { ...b, attribution: 1 }], 0.3, undefined, { linked: true }).predicted, 2);
});

test("words are runs of letters and digits, and a span holds every word it touches: a gold span that includes the opening mark keeps its first word", () => {
  const t = 'He said "one two" now';
  //         0  3    8 9   13 16 18
  const words = wordSpans(t);
  assert.equal(words, [[0, 2], [3, 7], [9, 12], [13, 16], [18, 21]]);
  assert.equal([...wordsIn(words, 8, 17)], [2, 3]); // '"one two" ' with the marks
  assert.equal([...wordsIn(words, 9, 16)], [2, 3]); // inside the marks
  assert.equal([...wordsIn(words, 10, 16)], [2, 3]); // one character late: "one" is touched, so kept
  assert.equal([...wordsIn(words, 16, 18)], []); // the closing mark and a space: no word
  assert.equal([...wordsIn([], 0, 5)], []);
  // Gold with the mark and a prediction without it are the same two words: overlap 1, so a match at 0.8.
  const q: QuoteRecord = { ...pred(9, 16), text: "one two" };
  assert.is(scoreQuotes(t, [{ start: 8, end: 17, speaker: null }], [q], 0.8).matched, 1);
});

test("speakerHead takes the first capitalised run that is a name, drops titles, skips modifiers, and tells pronouns and common nouns apart", () => {
  const head = (s: string) => { const h = speakerHead(s); return `${h.kind}:${h.words.join(" ")}`; };
  assert.is(head("Sen. Maria Okafor"), "named:maria okafor");
  assert.is(head("Retired Lt. Gen. Tom Rask"), "named:tom rask");
  assert.is(head("Former Governor Ellen Voss of Idaho"), "named:ellen voss");
  assert.is(head("Secretary of State Ana Ruiz"), "named:ana ruiz");
  assert.is(head("Republican mayoral hopeful Dan Pike"), "named:dan pike");
  assert.is(head("Dan Pike's campaign manager Lou Chen"), "named:lou chen");
  assert.is(head("Lou Chen, a lawyer for the city,"), "named:lou chen");
  assert.is(head("Mayor Ann Cole (D-Ohio)"), "named:ann cole");
  assert.is(head("The Harbor Gazette"), "named:harbor gazette");
  assert.is(head("Tom Rask Jr."), "named:tom rask jr");
  assert.is(head("He"), "pronoun:he");
  assert.is(head("who"), "pronoun:who");
  assert.is(head("Local fishermen in the bay"), "common:local fishermen bay");
  assert.is(head("Democratic lawmakers"), "common:democratic lawmakers");
  assert.is(head("the mayor"), "common:mayor");
  assert.is(head(""), "common:");
});

test("speakerAgrees compares the gold head name's surname with the predicted words, case-insensitively; common nouns by a content word; pronouns only with the same pronoun", () => {
  assert.ok(speakerAgrees("Republican mayoral hopeful Dan Pike", "Dan Pike"));
  assert.ok(speakerAgrees("Sen. Maria Okafor", "OKAFOR"));
  assert.ok(speakerAgrees("Mayor Ann Cole", "Ms. Cole's office"));
  assert.not.ok(speakerAgrees("Dan Pike's campaign manager Lou Chen", "Dan Pike"));
  assert.ok(speakerAgrees("Tom Rask Jr.", "Tom Rask Jr."));
  assert.not.ok(speakerAgrees("Tom Rask Jr.", "Tom Rask"));
  assert.ok(speakerAgrees("Democratic lawmakers", "House Democrats"));
  assert.ok(speakerAgrees("Local fishermen in the bay", "fishermen"));
  assert.not.ok(speakerAgrees("Local fishermen in the bay", "the mayor"));
  assert.ok(speakerAgrees("he", "He"));
  assert.not.ok(speakerAgrees("he", "Dan Pike"));
  assert.not.ok(speakerAgrees("Dan Pike", ""));
});

test("sameSpeaker checks the canonical name and the words as written, so either may agree", () => {
  const q = { ...pred(0, 3), speaker: "Ann Cole", speakerText: "the mayor" };
  assert.ok(sameSpeaker("Mayor Ann Cole", q));
  assert.ok(sameSpeaker("the mayor", q));
  assert.not.ok(sameSpeaker("Dan Pike", q));
  assert.not.ok(sameSpeaker("Dan Pike", { ...q, speaker: null, speakerText: null }));
});

test("scoreQuotes counts pronoun-sourced gold apart from speaker accuracy, and recall per gold kind", () => {
  const gold: GoldQuote[] = [
    { start: 0, end: 7, kind: "direct", speaker: "Mayor Ann Cole" }, // one two
    { start: 8, end: 18, kind: "indirect", speaker: "she" }, // three four
    { start: 19, end: 27, kind: "indirect", speaker: "local fishermen" }, // five six
    { start: 28, end: 39, kind: "indirect", speaker: null }, // seven eight: not found
  ];
  const s = scoreQuotes(text, gold, [pred(0, 7, "Ann Cole"), pred(8, 18, "Ann Cole", "she"), pred(19, 27, "Dan Pike")], 0.8);
  assert.equal([s.matched, s.speakerChecked, s.speakerCorrect, s.namedChecked, s.namedCorrect], [3, 2, 1, 1, 1]);
  assert.equal([s.pronounGold, s.pronounMatched, s.pronounResolved], [1, 1, 1]);
  assert.equal(s.byKind, { direct: { gold: 1, matched: 1 }, indirect: { gold: 3, matched: 2 } });
  assert.is(s.speakerAccuracy, 0.5);
});

test("scoreQuotes with nothing to find and nothing found is perfect; sumScores micro-averages, per kind too", () => {
  const empty = scoreQuotes(text, [], [], 0.3);
  assert.equal([empty.precision, empty.recall, empty.byKind], [1, 1, {}]);
  assert.ok(Number.isNaN(empty.speakerAccuracy));
  const a = scoreQuotes(text, [{ start: 0, end: 18, kind: "direct", speaker: null }], [pred(0, 18)], 0.3);
  const b = scoreQuotes(text, [{ start: 19, end: 33, kind: "direct", speaker: null }], [], 0.3);
  const sum = sumScores([a, b]);
  assert.equal([sum.gold, sum.predicted, sum.matched, sum.precision, sum.recall], [2, 1, 1, 1, 0.5]);
  assert.equal(sum.byKind, { direct: { gold: 2, matched: 1 } });
  assert.equal([sumScores([]).gold, sumScores([]).f1], [0, 0]);
});

test("findSpans finds a gold phrase when one predicted quote covers the threshold's share of its words, and checks the speaker of the best cover", () => {
  const gold: GoldQuote[] = [{ start: 8, end: 18, speaker: "Ann Cole" }, { start: 40, end: 48, speaker: "Dan Pike" }]; // three four; nine ten
  // one..five covers all of "three four"; "nine ten" is half covered by eight..nine.
  const p = [pred(0, 23, "Lou Chen"), pred(4, 18, "Ann Cole"), pred(34, 44, "Dan Pike")];
  assert.equal(findSpans(text, gold, p, 0.3), { gold: 2, found: 2, speakerChecked: 2, speakerCorrect: 1 });
  assert.equal(findSpans(text, gold, p, 0.8), { gold: 2, found: 1, speakerChecked: 1, speakerCorrect: 0 });
  assert.equal(findSpans(text, gold, [], 0.3), { gold: 2, found: 0, speakerChecked: 0, speakerCorrect: 0 });
  assert.equal(findSpans(text, [], p, 0.3), { gold: 0, found: 0, speakerChecked: 0, speakerCorrect: 0 });
});

test("BASIL speakers: other_* are unnamed, names of many are groups (common nouns lowered), the rest named", () => {
  assert.equal(basilSpeaker("other_pro"), { name: "other pro", speakerClass: "other" });
  assert.equal(basilSpeaker("Ann_Cole"), { name: "Ann Cole", speakerClass: "named" });
  assert.equal(basilSpeaker("Harbor_Gazette"), { name: "Harbor Gazette", speakerClass: "named" });
  assert.equal(basilSpeaker("Democratic_Lawmakers"), { name: "Democratic lawmakers", speakerClass: "group" });
  assert.equal(basilSpeaker("city_officials"), { name: "city officials", speakerClass: "group" });
});

test("locatePhrase finds a sentence's phrase in the article with curly or straight marks and any spaces, preferring the occurrence at the hinted sentence offset", () => {
  const article = "The pier opens. Cole said it was \u201Cbig\u201D news.\nCole said the pier was big   news for all.";
  //               0    4         16           29   33 37        45            59   64  68     74
  assert.equal(locatePhrase(article, 'was "big" news', 13), [29, 43]);
  // "pier" twice: the hint (offset within its sentence) picks the occurrence whose sentence starts there.
  assert.equal(locatePhrase(article, "pier", 14), [59, 63]);
  assert.equal(locatePhrase(article, "pier", 4), [4, 8]);
  assert.equal(locatePhrase(article, "pier", 99), [4, 8]); // no sentence fits: the first
  assert.equal(locatePhrase(article, "big news", 23), [68, 78]);
  assert.is(locatePhrase(article, "not there", 0), null);
  assert.is(locatePhrase(article, "  ", 0), null);
});

test("the PolNeAR converter keeps quoted contents (double, curly or doubled-apostrophe marks) and speech-cue contents, and drops beliefs", () => {
  const txt = "Ann Cole said ''the pier is safe.'' Dan Pike thinks it is not. Lou Chen told reporters the pier was old.";
  //           0        9    14                   36       45     52         63       72              87
  const ann = [
    "T1\tSource 0 8\tAnn Cole", "T2\tCue 9 13\tsaid", "T3\tContent 14 35\t''the pier is safe.''", "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1",
    "T4\tSource 36 44\tDan Pike", "T5\tCue 45 51\tthinks", "T6\tContent 52 62\tit is not.", "E2\tAttribution:T9 Content:T6 Cue:T5 Source:T4",
    "T7\tSource 63 71\tLou Chen", "T8\tCue 72 76\ttold", "T10\tContent 87 103\tthe pier was old", "E3\tAttribution:T9 Content:T10 Cue:T8 Source:T7",
  ].join("\n");
  const dir = polnearDir("polnear-mini-", "town_2016-01-02_pier", txt, ann);
  fs.writeFileSync(path.join(dir, "attributions", "town_2016-01-02_pier_ann2.ann"), ""); // a second annotator: ignored
  const gold = polnearGold(dir);
  assert.is(gold.length, 1);
  assert.equal(gold[0].quotes.map((q) => [q.kind, q.speaker, txt.slice(q.start, q.end)]), [
    ["direct", "Ann Cole", "''the pier is safe.''"],
    ["indirect", "Lou Chen", "the pier was old"],
  ]);
  assert.equal(gold[0].quotes.map((q) => q.pieces), [undefined, undefined]);
});

test("the PolNeAR converter keeps the pieces of a discontinuous content", () => {
  const txt = '"The pier is safe," Ann Cole said. "It opens in May."';
  //           0                   20  24   29    35               53
  const ann = ["T1\tSource 20 28\tAnn Cole", "T2\tCue 29 33\tsaid", "T3\tContent 0 19;35 53\t\"The pier is safe,\" \"It opens in May.\"", "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1"].join("\n");
  const dir = polnearDir("polnear-pieces-", "town_2016-01-03_pier", txt, ann);
  const q = polnearGold(dir)[0].quotes[0];
  assert.equal([q.start, q.end, q.pieces], [0, 53, [[0, 19], [35, 53]]]);
});

test("the PolNeAR converter counts a colon after a named source ('Pence: ...', 'WALLACE: ...') and a content in single curly marks as comparable; a colon without a source is not", () => {
  const txt = "Cole: Pier Will Close. Pike said: soon. \u2018The pier is old.\u2019 was on the sign.";
  //           0   4 6              22   27   32 34    40                58
  const ann = [
    "T1\tSource 0 4\tCole", "T2\tCue 4 5\t:", "T3\tContent 6 21\tPier Will Close", "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1",
    "T4\tCue 32 33\t:", "T5\tContent 34 38\tsoon", "E2\tAttribution:T9 Content:T5 Cue:T4",
    "T6\tContent 40 58\t\u2018The pier is old.\u2019", "E3\tAttribution:T9 Content:T6",
  ].join("\n");
  const dir = polnearDir("polnear-colon-", "town_2016-01-04_pier", txt, ann);
  const g = polnearGold(dir)[0];
  assert.equal(g.quotes.map((q) => [q.kind, q.speaker, txt.slice(q.start, q.end)]), [["indirect", "Cole", "Pier Will Close"], ["direct", null, "\u2018The pier is old.\u2019"]]);
  assert.equal(g.outside.map((q) => [q.cue, txt.slice(q.start, q.end)]), [[":", "soon"]]);
});

test("a discontinuous gold span is scored on its pieces' words, not on the attribution between them", () => {
  // '"one two," he said. "three four five"' as pieces: the gold words are one two three four five only.
  const t = '"one two," he said. "three four five"';
  //          1   5     11 14     21    27   32
  const words = wordSpans(t);
  const gold: GoldQuote = { start: 1, end: 36, speaker: "he", pieces: [[1, 8], [21, 36]] };
  assert.equal([...goldWords(words, gold)], [0, 1, 4, 5, 6]);
  assert.equal([...goldWords(words, { start: 1, end: 36, speaker: null })], [0, 1, 2, 3, 4, 5, 6]);
  // A prediction of the second piece alone: 3 shared / max(5, 3) = 0.6 with pieces, 3/7 = 0.43 without.
  const p = (a: number, b: number): QuoteRecord => ({ articleId: "x", outlet: "X", kind: "direct", text: t.slice(a, b), start: a, end: b, cue: null, speaker: null, speakerText: null, speakerId: null, side: "unknown", sentence: 0 });
  assert.is(scoreQuotes(t, [gold], [p(21, 36)], 0.5).matched, 1);
  assert.is(scoreQuotes(t, [{ start: 1, end: 36, speaker: null }], [p(21, 36)], 0.5).matched, 0);
});

test("unmatchedPredictions sorts unmatched predictions: a second piece of a matched gold, a boundary miss, an attribution outside the subset, the rest", () => {
  // text: one two three four five six seven eight nine ten (offsets in the comment at the top)
  const gold: GoldQuote[] = [{ start: 0, end: 18, speaker: "A" }, { start: 24, end: 49, speaker: "B" }]; // one..four; six..ten
  const outside: GoldQuote[] = [{ start: 19, end: 23, speaker: "C" }]; // five
  const predicted = [pred(0, 13), pred(14, 18), pred(19, 23), pred(24, 27), pred(28, 33)];
  // one two three matches gold 1 (3/4); "four" lies inside it; "five" is the outside attribution; "six"
  // and "seven" each overlap gold 2 by 1/5 < 0.3 but lie inside it: boundary misses.
  assert.equal(unmatchedPredictions(text, gold, outside, predicted, 0.3), { insideMatchedGold: 1, boundary: 2, outsideSubset: 1, unattributed: 0 });
  assert.equal(unmatchedPredictions(text, [], [], [pred(0, 3)], 0.3), { insideMatchedGold: 0, boundary: 0, outsideSubset: 0, unattributed: 1 });
  assert.equal(unmatchedPredictions(text, gold, outside, [], 0.3), { insideMatchedGold: 0, boundary: 0, outsideSubset: 0, unattributed: 0 });
});

test("on the hand-annotated seeds, extraction keeps F1 >= 0.85 at overlap 0.3 and speaker accuracy >= 0.9 (regression floor)", () => {
  const corpus = loadCorpus(SEEDS);
  const dir = path.join(REPO, "tests/fixtures/quotes");
  const parts = corpus.articles.map((a) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, `${a.id}.json`), "utf8"));
    return scoreQuotes(a.text, gold.quotes, extractQuotes(a), 0.3);
  });
  const s = sumScores(parts);
  assert.is(s.gold, 105);
  assert.ok(s.f1 >= 0.85, `F1 ${s.f1}`);
  assert.ok(s.speakerAccuracy >= 0.9, `speaker ${s.speakerAccuracy}`);
});

const tsx = path.join(REPO, "node_modules/.bin/tsx");

test("npm run eval:quotes -- tests/fixtures/quotes keeps the seeds at speaker and side accuracy >= 0.95 (issue 13), parsing each seed with its manifest entry", () => {
  const report = execFileSync(tsx, [path.join(REPO, "scripts/eval-quotes.ts"), path.join(REPO, "tests/fixtures/quotes")], { encoding: "utf8" });
  const m = /overlap 0\.3: [^\n]*\n\s*speaker accuracy ([0-9.]+) [^\n]*side accuracy ([0-9.]+)/.exec(report);
  assert.ok(m, report);
  assert.ok(Number(m![1]) >= 0.95 && Number(m![2]) >= 0.95, report);
  // The seeds scored with the extractor's linked pieces as one prediction keep the same floor.
  const linked = /overlap 0\.3: [^]*?linked pieces as one prediction: [^\n]*speaker ([0-9.]+), side ([0-9.]+)/.exec(report);
  assert.ok(linked && Number(linked[1]) >= 0.95 && Number(linked[2]) >= 0.95, report);
});

test("npm run eval:quotes with no development data says so and exits 0", () => {
  const empty = tempDir("no-dev-data-");
  const run = spawnSync(tsx, [path.join(REPO, "scripts/eval-quotes.ts"), "--dev", empty], { encoding: "utf8" });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /development data not found/);
  const bad = spawnSync(tsx, [path.join(REPO, "scripts/eval-quotes.ts"), "--nope"], { encoding: "utf8" });
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /unknown option --nope/);
});

const DEV = path.resolve(REPO, "../shared/dev-data");
const POLNEAR = path.join(DEV, "polnear-dev");
const BASIL = path.join(DEV, "basil-dev");
const haveDev = fs.existsSync(POLNEAR) && fs.existsSync(BASIL);
if (!haveDev) console.log(`dev-data checks skipped: ${POLNEAR} or ${BASIL} not found`);

(haveDev ? test : test.skip)("BASIL's 345 quoted, attributed bias spans are all located in their articles", () => {
  const gold = basilGold(BASIL);
  assert.is(gold.length, 150);
  assert.is(gold.reduce((t, g) => t + g.quotes.length, 0), 345);
  assert.is(gold.reduce((t, g) => t + g.missing, 0), 0);
  assert.is(gold.reduce((t, g) => t + g.quotes.filter((q) => q.speakerClass === "named").length, 0), 114);
});

(haveDev ? test : test.skip)("on unseen news, eval:quotes scores both dev sets at 0.3 and 0.8, and PolNeAR stays above its regression floors (F1 0.70, 0.84 with linked pieces and clauses under the Gender Gap Tracker's overlap; speaker 0.92; reported recall 0.80); the converter still writes gold files", () => {
  const report = execFileSync(tsx, [path.join(REPO, "scripts/eval-quotes.ts"), "--dev", DEV], { encoding: "utf8" });
  const f1 = Number(/overlap 0\.3: .*F1 ([0-9.]+)/.exec(report)?.[1]);
  assert.ok(f1 >= 0.7, report);
  const clauses = /reported clause: .*F1 ([0-9.]+) .*speaker ([0-9.]+), side n\/a, indirect ([0-9.]+)%/.exec(report);
  assert.ok(clauses, report);
  assert.ok(Number(clauses![1]) >= 0.84 && Number(clauses![2]) >= 0.92 && Number(clauses![3]) >= 80, clauses![0]);
  assert.match(report, /overlap 0\.8: /);
  assert.match(report, /pronoun-sourced gold/);
  assert.match(report, /covered >= 0\.3 by a predicted quote: quotes by named people found/);
  assert.match(report, /covered >= 0\.8 by a predicted quote/);
  const out = tempDir("polnear-gold-");
  execFileSync(tsx, [path.join(REPO, "scripts/polnear-to-gold.ts"), POLNEAR, out], { stdio: "pipe" });
  assert.is(fs.readdirSync(out).length, 84);
});

test.run();
