// `npm run eval:tone [-- DIR] [--grid]`: agreement of toneToward with BASIL's annotators (Fan et al.
// 2019), who judged each article's feeling toward its main entities (author_feeling_<Entity>: neg, neu,
// pos). Default DIR: ../shared/dev-data/basil-dev (annotations.jsonl and the corpus/ folder, same ids).
// For every (article, entity) pair it prints Spearman's rho with neg=-1/neu=0/pos=1 (95% interval from
// resampling stories), and the accuracy and macro-F1 of a three-way decision whose two thresholds are
// chosen on half of the stories and tested on the other half (and the other way round; the two test
// halves are pooled), against the majority class and the mean score of every sentence naming the target.
// Pairs whose entity is never matched score null: neutral for the decision, 0 for Spearman.
// --grid also prints the variants the defaults were chosen among; --phrases how the lexicon scores the
// phrases annotators marked as biased toward a target (sign of the improved score by bias kind and polarity).
import * as fs from "fs";
import * as path from "path";
import { loadCorpus } from "../src/corpus/load";
import { ParsedArticle } from "../src/corpus/types";
import { scoreSentiment } from "../src/sentiment/score";
import { findTargetMentions, toneTarget } from "../src/sentiment/tone-target";
import { ToneTowardOptions, toneToward } from "../src/sentiment/tone-toward";
import { spearman } from "../src/stats/correlation";
import { seededRandom } from "../src/stats/random";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? path.resolve(__dirname, "../../shared/dev-data/basil-dev");
const annotationsFile = path.join(dir, "annotations.jsonl");
if (!fs.existsSync(annotationsFile) || !fs.existsSync(path.join(dir, "corpus"))) {
  console.log(`skipped: ${dir} has no annotations.jsonl and corpus/ (the BASIL development half, see ../shared/dev-data/README.md)`);
  process.exit(0);
}

const LABELS = ["neg", "neu", "pos"] as const;
type Label = (typeof LABELS)[number];
const VALUE: Record<Label, number> = { neg: -1, neu: 0, pos: 1 };

/**
 * Aliases for BASIL's entity names, as a caller would write them: underscores become spaces, and groups,
 * programmes and institutions get the short forms news text uses (acronyms, plurals). Written from general
 * knowledge of US politics, not from the articles. Any other entity is looked for as written.
 */
const ALIASES: Record<string, string[]> = {
  Lois_lerner: ["Lois Lerner"],
  Republican_Lawmakers: ["Republican lawmakers", "Republicans", "GOP"],
  Republican_lawmakers: ["Republican lawmakers", "Republicans", "GOP"],
  Republicans: ["Republicans", "GOP"],
  Democratic_Lawmakers: ["Democratic lawmakers", "Democrats"],
  Democratic_lawmakers: ["Democratic lawmakers", "Democrats"],
  House_Democrats: ["House Democrats", "Democrats"],
  House_Republicans: ["House Republicans", "Republicans", "GOP"],
  Senate_Republicans: ["Senate Republicans", "Republicans", "GOP"],
  Alabama_Republicans: ["Alabama Republicans", "Republicans", "GOP"],
  GOP_committee_members: ["Republicans", "GOP"],
  Democrats_presidential_candidates: ["Democratic candidates", "Democrats"],
  Obama_administration: ["Obama administration", "administration"],
  "Obama's_administration": ["Obama administration", "administration"],
  "U.S._Congress": ["Congress"],
  supreme_court: ["Supreme Court", "justices"],
  State_Department: ["State Department"],
  State_Department_officials: ["State Department"],
  Internal_Revenue_Service: ["Internal Revenue Service", "IRS"],
  National_Rifle_Association: ["National Rifle Association", "NRA"],
  National_Security_Agency_programs: ["National Security Agency", "NSA"],
  Religious_Freedom_Restoration_Act: ["Religious Freedom Restoration Act", "RFRA"],
  social_security: ["Social Security"],
  fiscal_conservatives: ["fiscal conservatives", "conservatives"],
  internet_companies: ["internet companies", "tech companies"],
  joint_tax_rule_for_homosexual_couples: ["same-sex couples", "gay couples"],
  White_House_officials_and_lawmakers: ["White House", "lawmakers"],
  Benghazi_attacks: ["Benghazi"],
  Tea_Party: ["Tea Party"],
};

interface Pair {
  article: ParsedArticle;
  story: string;
  entity: string;
  aliases: string[];
  label: Label;
}

interface AnnotationRow {
  id: string;
  story: string;
  article: Record<string, string>;
  phrases?: Array<{ txt: string; bias: string; polarity: string; quote: string }>;
}

const phraseSigns = new Map<string, { n: number; neg: number; zero: number; pos: number }>();
const corpus = loadCorpus(path.join(dir, "corpus"));
const byId = new Map(corpus.articles.map((a) => [a.id, a]));
const pairs: Pair[] = [];
let missing = 0;
for (const [i, line] of fs.readFileSync(annotationsFile, "utf8").split("\n").entries()) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as AnnotationRow;
  for (const ph of row.phrases ?? []) {
    if (ph.polarity !== "neg" && ph.polarity !== "pos") continue;
    const key = `${ph.bias === "lex" ? "loaded wording" : "informational"}, ${ph.quote === "yes" ? "quoted" : "narration"}, ${ph.polarity}`;
    const c = phraseSigns.get(key) ?? { n: 0, neg: 0, zero: 0, pos: 0 };
    const score = scoreSentiment(ph.txt).score;
    c.n++;
    c[score < 0 ? "neg" : score > 0 ? "pos" : "zero"]++;
    phraseSigns.set(key, c);
  }
  const article = byId.get(row.id);
  if (!article) {
    missing++;
    console.warn(`${annotationsFile}: line ${i + 1}: article "${row.id}" is not in the corpus; its pairs are left out`);
    continue;
  }
  for (const [key, value] of Object.entries(row.article)) {
    if (!key.startsWith("author_feeling_") || key === "author_feeling_main_event") continue;
    if (!(LABELS as readonly string[]).includes(value)) {
      console.warn(`${annotationsFile}: line ${i + 1}: ${key} is ${JSON.stringify(value)}, expected neg, neu or pos; left out`);
      continue;
    }
    const entity = key.slice("author_feeling_".length);
    pairs.push({ article, story: row.story, entity, aliases: ALIASES[entity] ?? [entity], label: value as Label });
  }
}

// Stories in id order, alternately in half A and half B.
const stories = Array.from(new Set(pairs.map((p) => p.story))).sort();
const half = new Map(stories.map((s, i) => [s, i % 2]));

type Scorer = (p: Pair) => number | null;

/** The baseline: mean improved score of every sentence naming the target (same matching as toneToward). */
const baseline: Scorer = (p) => {
  const sentences = new Set(findTargetMentions(p.article, toneTarget(p.aliases)).map((m) => m.sentence));
  if (sentences.size === 0) return null;
  let sum = 0;
  for (const i of sentences) sum += scoreSentiment(p.article.sentences[i].text).score;
  return sum / sentences.size;
};
const tone = (options: ToneTowardOptions): Scorer => (p) => toneToward(p.article, p.aliases, options).mean;

function macroF1(gold: readonly Label[], pred: readonly Label[]): number {
  let total = 0;
  for (const c of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp++;
      else if (pred[i] === c) fp++;
      else if (g === c) fn++;
    });
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / LABELS.length;
}

const decide = (x: number | null, lo: number, hi: number): Label => (x === null ? "neu" : x < lo ? "neg" : x > hi ? "pos" : "neu");

/** The thresholds lo <= hi that give the best macro-F1 on the training pairs (cut points between their scores). */
function fitThresholds(xs: readonly (number | null)[], gold: readonly Label[]): [number, number] {
  const values = Array.from(new Set(xs.filter((x): x is number => x !== null))).sort((a, b) => a - b);
  const cuts = [-Infinity, ...values.slice(1).map((v, i) => (v + values[i]) / 2), Infinity];
  let best: [number, number] = [-Infinity, Infinity];
  let bestF1 = -1;
  for (let i = 0; i < cuts.length; i++) {
    for (let j = i; j < cuts.length; j++) {
      const f1 = macroF1(gold, xs.map((x) => decide(x, cuts[i], cuts[j])));
      if (f1 > bestF1) [bestF1, best] = [f1, [cuts[i], cuts[j]]];
    }
  }
  return best;
}

interface Row {
  name: string;
  covered: number;
  rho: number;
  low: number;
  high: number;
  accuracy: number;
  f1: number;
}

/** Indices of the pairs of each story, in story order: the unit that is resampled. */
const members = stories.map((s) => pairs.map((_, i) => i).filter((i) => pairs[i].story === s));
const gold = pairs.map((p) => p.label);
const y = gold.map((g) => VALUE[g]);

/**
 * 95% percentile interval of a statistic of the pairs, resampling whole stories (1,000 resamples, seed 1:
 * every call draws the same resamples, so two calls are paired).
 */
function storyInterval(statistic: (idx: readonly number[]) => number): [number, number] {
  const rand = seededRandom(1);
  const values: number[] = [];
  for (let b = 0; b < 1000; b++) {
    const idx = stories.flatMap(() => members[Math.floor(rand() * stories.length)]);
    const v = statistic(idx);
    if (Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  return values.length ? [values[Math.floor(0.025 * values.length)], values[Math.ceil(0.975 * values.length) - 1]] : [NaN, NaN];
}

const rhoOf = (num: readonly number[]) => (idx: readonly number[]) => spearman(idx.map((i) => num[i]), idx.map((i) => y[i]));

function evaluate(name: string, xs: readonly (number | null)[] | null): Row {
  const pred: Label[] = new Array(pairs.length);
  for (const test of [0, 1]) {
    const train = pairs.map((_, i) => i).filter((i) => half.get(pairs[i].story) !== test);
    const [lo, hi] = xs ? fitThresholds(train.map((i) => xs[i]), train.map((i) => gold[i])) : [-Infinity, Infinity];
    pairs.forEach((p, i) => {
      if (half.get(p.story) === test) pred[i] = decide(xs ? xs[i] : null, lo, hi);
    });
  }
  const num = xs ? xs.map((x) => x ?? 0) : null;
  const [low, high] = num ? storyInterval(rhoOf(num)) : [NaN, NaN];
  return {
    name,
    covered: xs ? xs.filter((x) => x !== null).length : 0,
    rho: num ? spearman(num, y) : NaN,
    low,
    high,
    accuracy: pred.filter((p, i) => p === gold[i]).length / pairs.length,
    f1: macroF1(gold, pred),
  };
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "-");

function print(rows: readonly Row[]): void {
  console.log("| method | pairs matched | Spearman rho [95%] | accuracy | macro-F1 |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.name} | ${r.covered}/${pairs.length} | ${f(r.rho)} [${f(r.low)}, ${f(r.high)}] | ${f(r.accuracy)} | ${f(r.f1)} |`);
}

const counts = LABELS.map((l) => `${l} ${pairs.filter((p) => p.label === l).length}`).join(", ");
console.log(`${pairs.length} (article, entity) pairs from ${stories.length} stories (${counts})${missing ? `; ${missing} annotated articles missing` : ""}`);
console.log("thresholds fitted on half of the stories (alternate story ids), tested on the other half, both ways, pooled\n");
const results = pairs.map((p) => toneToward(p.article, p.aliases));
const base = pairs.map(baseline);
print([
  evaluate("majority class (neu)", null),
  evaluate("baseline: mean score of sentences naming the target", base),
  evaluate("toneToward (defaults)", results.map((r) => r.mean)),
  evaluate("toneToward, includeOwn", pairs.map(tone({ includeOwn: true }))),
  // Not a tone: how much the article dwells on the target, for comparison.
  evaluate("attention: minus the sentences naming the target", results.map((r) => (r.about.n > 0 ? -r.about.n : null))),
]);
const withAbout = results.filter((r) => r.about.n > 0).length;
const withOwn = results.filter((r) => r.own.n > 0).length;
const asWritten = pairs.filter((p) => findTargetMentions(p.article, toneTarget(p.entity)).length > 0).length;
console.log(`\ncoverage: ${withAbout}/${pairs.length} pairs with at least one sentence about the target (${asWritten} with the entity names as written, without the alias table), ${withOwn} with its own quotes`);
const [dLow, dHigh] = storyInterval((idx) => rhoOf(results.map((r) => r.mean ?? 0))(idx) - rhoOf(base.map((x) => x ?? 0))(idx));
const diff = spearman(results.map((r) => r.mean ?? 0), y) - spearman(base.map((x) => x ?? 0), y);
console.log(`rho(toneToward) - rho(baseline) = ${f(diff)} [${f(dLow)}, ${f(dHigh)}] (paired, resampling stories)`);

if (args.includes("--grid")) {
  console.log("\nvariants (dev figures; the defaults were chosen among these):\n");
  const grid: Array<[string, ToneTowardOptions]> = [
    ["no decay (halfLife Infinity)", { halfLife: Infinity }],
    ["halfLife 1", { halfLife: 1 }],
    ["halfLife 2", { halfLife: 2 }],
    ["halfLife 8", { halfLife: 8 }],
    ["window 10", { window: 10 }],
    ["scale sum", { scale: "sum" }],
    ["scale sum, no decay", { scale: "sum", halfLife: Infinity }],
    ["pronounWeight 0.5", { pronounWeight: 0.5 }],
    ["pronounWeight 1", { pronounWeight: 1 }],
    ["strategy plain", { strategy: "plain" }],
    ["othersQuotes false (narration only)", { othersQuotes: false }],
  ];
  print(grid.map(([name, o]) => evaluate(name, pairs.map(tone(o)))));
}

if (args.includes("--phrases")) {
  console.log("\nannotated bias phrases toward a target: how the improved lexicon scores them\n");
  console.log("| phrase kind, voice, polarity | phrases | scored negative | zero | positive |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const [key, c] of Array.from(phraseSigns).sort()) console.log(`| ${key} | ${c.n} | ${c.neg} | ${c.zero} | ${c.pos} |`);
}
