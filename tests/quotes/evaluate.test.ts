import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus } from "../../src/corpus/load";
import { extractQuotes } from "../../src/quotes/extract";
import { GoldQuote, sameSpeaker, scoreQuotes, sumScores } from "../../src/quotes/evaluate";
import { QuoteRecord } from "../../src/quotes/types";
import { REPO, SEEDS, tempDir } from "../helpers";

const text = "one two three four five six seven eight nine ten";
//            0   4   8     14   19   24  28    34    40   45
const pred = (start: number, end: number, speaker: string | null = "A"): QuoteRecord => ({
  articleId: "x", outlet: "X", kind: "direct", text: text.slice(start, end), start, end, cue: "say", speaker, speakerText: speaker, speakerId: null, side: "unknown", sentence: 0,
});

test("scoreQuotes matches by word overlap |A∩B| / max(|A|,|B|) at the threshold", () => {
  const gold: GoldQuote[] = [{ start: 0, end: 18, speaker: "A" }]; // one..four (4 words)
  // predicted two..four: 3 shared / max(4,3) = 0.75 -> matches at 0.3, not at 0.8
  assert.is(scoreQuotes(text, gold, [pred(4, 18)], 0.3).matched, 1);
  assert.is(scoreQuotes(text, gold, [pred(4, 18)], 0.8).matched, 0);
  const s = scoreQuotes(text, gold, [pred(0, 18), pred(34, 44)], 0.8);
  assert.equal([s.matched, s.precision, s.recall], [1, 0.5, 1]);
  assert.is(s.f1, (2 * 0.5 * 1) / 1.5);
});

test("scoreQuotes checks speakers on matched pairs: same name, surname, or the words as written", () => {
  const gold: GoldQuote[] = [{ start: 0, end: 18, speaker: "Hillary Clinton", side: "us" }];
  assert.is(scoreQuotes(text, gold, [pred(0, 18, "Clinton")], 0.3).speakerCorrect, 1);
  assert.is(scoreQuotes(text, gold, [pred(0, 18, "Trump")], 0.3).speakerCorrect, 0);
  const he = { ...pred(0, 18, "Joe Biden"), speakerText: "He" };
  assert.is(scoreQuotes(text, [{ start: 0, end: 18, speaker: "he" }], [he], 0.3).speakerCorrect, 1);
  assert.is(scoreQuotes(text, gold, [pred(0, 18)], 0.3).sideCorrect, 0);
  assert.ok(sameSpeaker("Mr Blinken", "Antony Blinken"));
  assert.not.ok(sameSpeaker("Joe Biden", "Hunter Biden".replace("Biden", "Smith")));
});

test("scoreQuotes with nothing to find and nothing found is perfect; sumScores micro-averages", () => {
  const empty = scoreQuotes(text, [], [], 0.3);
  assert.equal([empty.precision, empty.recall], [1, 1]);
  const a = scoreQuotes(text, [{ start: 0, end: 18, speaker: null }], [pred(0, 18)], 0.3);
  const b = scoreQuotes(text, [{ start: 19, end: 33, speaker: null }], [], 0.3);
  const sum = sumScores([a, b]);
  assert.equal([sum.gold, sum.predicted, sum.matched, sum.precision, sum.recall], [2, 1, 1, 1, 0.5]);
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

const POLNEAR = path.resolve(REPO, "../shared/dev-data/polnear-dev");
const havePolnear = fs.existsSync(POLNEAR);
if (!havePolnear) console.log(`PolNeAR check skipped: ${POLNEAR} not found`);
(havePolnear ? test : test.skip)("on unseen PolNeAR news, the converter and evaluator run end to end and F1 stays >= 0.55 (regression floor)", () => {
  const out = tempDir("polnear-gold-");
  const tsx = path.join(REPO, "node_modules/.bin/tsx");
  execFileSync(tsx, [path.join(REPO, "scripts/polnear-to-gold.ts"), POLNEAR, out], { stdio: "pipe" });
  const report = execFileSync(tsx, [path.join(REPO, "scripts/eval-quotes.ts"), out], { encoding: "utf8" });
  const f1 = Number(/overlap 0\.3: .*F1 ([0-9.]+)/.exec(report)?.[1]);
  assert.ok(f1 >= 0.55, report);
});

test.run();
